export function Terms() {
  return (
    <section>
      <h2>Terms</h2>
      <p>We utilize cookies to facilitate sign-in.</p>
    </section>
  );
}
