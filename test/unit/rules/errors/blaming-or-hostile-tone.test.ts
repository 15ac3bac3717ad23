import rule from '../../../../src/core/rules/errors/blaming-or-hostile-tone.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Enter a date in the format 31/12/2026</p>',
      '<p class="error">Invalid input</p>',
      '<p>Wrong size? Returns are free.</p>',
      '<p class="error">Your password needs 8 characters or more</p>',
    ],
    invalid: [
      { code: '<p class="error">⟦Illegal⟧ characters in name</p>', details: [/not allowed/] },
      '<p class="error">You entered the ⟦wrong⟧ password</p>',
      '<div role="alert">⟦PAYMENT NOT ACCEPTED⟧ by your bank</div>',
      '<p class="error">⟦You failed to⟧ enter a code⟦!!!⟧</p>',
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("Enter an email address like name@example.com"); }',
      'const A = () => <p>Forbidden City tours</p>;',
      'const A = () => <p role="alert">{message}</p>;',
      'function A() { toast.error("Something went wrong"); }',
    ],
    invalid: [
      'function A() { setError("⟦Invalid⟧ email address"); }',
      'function A() { toast.error("Access ⟦forbidden⟧: ask your admin"); }',
      'const A = () => <span className="error-text">⟦Fatal⟧ error while saving your basket</span>;',
    ],
  },
});
