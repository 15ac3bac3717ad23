import rule from '../../../../src/core/rules/errors/vague-message.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Your card was declined. Try another card or contact your bank.</p>',
      '<p role="alert">Error: the postcode must have 5 to 7 characters</p>',
      '<h2>Error handling in our API</h2>',
      '<p>Everything is saved.</p>',
      '<span title="Upload failed because the file is larger than 10 MB">!</span>',
    ],
    invalid: [
      '<p class="error">⟦Something went wrong.⟧</p>',
      {
        code: '<div role="alert">⟦Oops! Something went wrong. Please try again.⟧</div>',
        details: [/does not say what happened/],
      },
      '<p>⟦An error occurred⟧</p>',
      '<input aria-describedby="x"><span title="⟦Invalid input⟧">?</span>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p role="alert">We could not save your address because the postcode is missing.</p>;',
      'const A = () => <p role="alert">{error}</p>;',
      'function A() { setError(`Upload failed: ${file.name} is over 10 MB`); }',
      'function A() { toast.success("Saved"); }',
      'const A = () => <TextField helperText="Use at least 8 characters" />;',
    ],
    invalid: [
      'function A() { toast.error("⟦Oops! Something went wrong.⟧"); }',
      "function A() { setError('⟦Invalid input⟧'); }",
      'const A = () => <div className="alert-error">⟦Failed⟧</div>;',
      'const A = () => <TextField errorMessage="⟦Unknown error⟧" />;',
      'const A = () => <p>{ok ? "Saved" : "⟦An error occurred⟧"}</p>;',
    ],
  },
});
