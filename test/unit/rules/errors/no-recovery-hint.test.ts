import rule from '../../../../src/core/rules/errors/no-recovery-hint.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Your card was declined. Try another card or call your bank.</p>',
      '<p role="alert">Your session expired. <a href="/login">Sign in again</a></p>',
      '<p class="error">Something went wrong</p>',
      '<p>Delivery is free over £50.</p>',
      // Labels and topics, not messages: a table header, a heading, “error rate”.
      '<table><tr><th>Failed payments</th></tr><tr><td>Payment failed</td></tr></table>',
      '<h3>Clear error messages</h3>',
      '<p>The error rate fell by 5% this week.</p>',
    ],
    invalid: [
      { code: '<p class="error">⟦Your card was declined.⟧</p>', details: [/says what failed, not what to do/] },
      '<div role="alert">⟦The upload failed because the file is too large.⟧</div>',
      '<span class="field-error">⟦Postcode is required⟧</span>',
      '<h2 class="error">⟦Payment failed⟧</h2>',
      '<p>⟦The error message could not be sent: the upload failed.⟧</p>',
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("Your card has expired. Use another card."); }',
      'function A() { toast.error(`Could not save ${name}`); }',
      'const A = () => <p role="alert">{error}</p>;',
      'const A = () => <TextField helperText="Use 8 characters or more" />;',
    ],
    invalid: [
      'function A() { setError("⟦Payment failed⟧"); }',
      "function A() { toast.error('⟦We could not reach the bank.⟧'); }",
      'const A = () => <TextField errorMessage="⟦That username is taken⟧" />;',
    ],
  },
});
