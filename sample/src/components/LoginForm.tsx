import { useState } from 'react';
import { signIn } from '../api/session';

// Good: a specific, kind error, linked to the field and announced.
export function LoginForm() {
  const [error, setError] = useState('');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await signIn(new FormData(event.currentTarget));
    setPending(false);
    if (!result.ok) setError('That email and password do not match. Check them, or reset your password.');
  }

  return (
    <form onSubmit={onSubmit}>
      <h1>Sign in</h1>
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="email" aria-invalid={!!error} aria-describedby="login-error" />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" />
      {error && (
        <p id="login-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        Sign in
      </button>
      <a href="/reset-password">Reset your password</a>
    </form>
  );
}
