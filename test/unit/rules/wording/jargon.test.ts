import rule from '../../../../src/core/rules/wording/jargon.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      // Text in a textarea is the field's value, typed by people.
      '<textarea>We utilize the form</textarea>',
      '<p>We use your address to deliver your order.</p>',
      '<code>utilize()</code>',
      '<a href="/utilize-guide">Guide</a>',
      '<p>Ordering is simple.</p>',
      // Placeholders are values, not words; code shown as text is not prose.
      '<p>Press {{ proceed }} to pay.</p>',
      '<p>if (expired) { terminate(session); redirect(loginPage); }</p>',
      // “sign-in details” would not fit: another word says which kind of credentials.
      '<p>Add your payment credentials first.</p>',
      // A kind of authentication is the feature's name: “two-factor sign-in” would not be it.
      '<p>Turn on two-factor authentication for your account.</p>',
      '<p>Recipient action authentication asks for a passkey before signing.</p>',
      // Admin tools deactivate accounts and people, which cannot be “turned off”.
      '<p>Deactivate this customer?</p>',
    ],
    invalid: [
      { code: '<p>We ⟦utilize⟧ cookies.</p>', details: [/“utilize” → “use”/], fixed: '<p>We use cookies.</p>' },
      { code: '<p>⟦In order to⟧ continue, ⟦authenticate⟧.</p>', fixed: '<p>To continue, authenticate.</p>' },
      { code: '<input placeholder="⟦Commence⟧ typing">', fixed: '<input placeholder="Start typing">' },
      '<p>Please read <a href="/terms">this</a> ⟦prior to⟧ ordering.</p>',
      // With an object, “authenticate” is “verify”, not “sign in”.
      { code: '<p>Your bank may ⟦authenticate⟧ your payment.</p>', fixed: '<p>Your bank may verify your payment.</p>' },
      { code: '<p>Enter your ⟦credentials⟧.</p>', fixed: '<p>Enter your sign-in details.</p>' },
      '<p>⟦Authentication⟧ is required to see this page.</p>',
    ],
  },
  jsx: {
    valid: [
      // A translation component's description is a note for translators, never shown.
      'const A = () => <FormattedMessage defaultMessage="Save" description="We utilize this on the form" />;',
      'const A = () => <p>We use cookies.</p>;',
      'const A = () => <p>{utilize}</p>;',
      'const A = () => <pre>leverage</pre>;',
      'const A = () => <Button variant="terminate">End</Button>;',
      'const A = () => <textarea defaultValue="x">We utilize cookies.</textarea>;',
    ],
    invalid: [
      { code: 'const A = () => <p>⟦Leverage⟧ our tools.</p>;', fixed: 'const A = () => <p>Use our tools.</p>;' },
      'const A = () => <button title="⟦Terminate⟧ session">End</button>;',
      'function A() { toast("⟦Subsequently⟧ you will get an email"); }',
      'const A = () => <p>\n  We ⟦facilitate⟧ returns\n  ⟦in order to⟧ help.\n</p>;',
      {
        code: 'const A = () => <p>Something failed while ⟦authenticating⟧ your request.</p>;',
        fixed: 'const A = () => <p>Something failed while verifying your request.</p>;',
      },
    ],
  },
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "cookies": "We use cookies." }',
      '{ "save": { "defaultMessage": "Save", "description": "We utilize this on the form" } }',
      '{ "Leverage our tools": "Leverage our tools" }',
    ],
    invalid: [
      { code: '{ "tools": "⟦Leverage⟧ our tools." }', fixed: '{ "tools": "Use our tools." }' },
      '{ "email": { "defaultMessage": "⟦Subsequently⟧ you will get an email", "description": "notice" } }',
      '{ "returns": { "help": "We ⟦facilitate⟧ returns ⟦in order to⟧ help." } }',
    ],
  },
});
