import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/wording/noun-as-verb.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      // The nouns are right.
      '<p>Last login: 3 May</p>',
      '<a href="/login">Back to login</a>',
      '<h2>Finish the setup</h2>',
      '<p>Login details are sent by email.</p>',
      // A one-word button label says too little to tell a noun from a verb.
      '<button>Login</button>',
      // The verbs written as verbs, and words in paths and code.
      '<p>Please log in to continue.</p>',
      '<p>Open <code>login to shell</code> or /login to start.</p>',
    ],
    invalid: [
      { code: '<h1>⟦Login⟧ to your workspace</h1>', details: [/“Login” → “Log in”/] },
      '<p>Your session has expired. Please ⟦login⟧ to continue.</p>',
      '<p>Choose a workspace or ⟦login⟧ to continue.</p>',
      '<p>⟦Setup⟧ your account in two minutes.</p>',
      '<p>We were unable to ⟦backup⟧ the file.</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>{t("Last login")}</p>;',
      'const A = () => <Link to="/login">Back to login</Link>;',
      'const A = () => <Button>Login</Button>;',
    ],
    invalid: [
      'const A = () => <Button>⟦Login⟧ to Redash</Button>;',
      'const A = () => <p>Please ⟦signup⟧ with your work email.</p>;',
      'const A = () => <input aria-label="Search" placeholder="x" title="⟦Lookup⟧ the order by its number" />;',
    ],
  },
  catalog: {
    valid: [
      '{ "lastLogin": "Last login" }',
      '{ "setupTitle": "Workspace setup" }',
      '{ "signIn": "Sign in to continue" }',
    ],
    invalid: [
      '{ "shared": "{{ teamName }} shares documents here, please ⟦login⟧ to continue." }',
      '{ "switcher": { "defaultMessage": "⟦Login⟧ to workspace", "description": "link" } }',
      '{ "onboarding": "⟦Setup⟧ your workspace by giving it a name." }',
    ],
  },
});

describe('wording/noun-as-verb fix', () => {
  it('should write the verb, keeping the capital', () => {
    const { findings } = lintWithRule(rule, '<p>Please login. Login to your team.</p>', 'html', {});
    assert.deepEqual(
      findings.map((finding) => finding.fix?.edits[0]?.newText),
      ['log in', 'Log in'],
    );
  });
});
