import rule from '../../../../src/core/rules/errors/technical-jargon.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  options: { extraPatterns: [{ pattern: '\\bFG-\\d{3}\\b', label: 'our error code' }] },
  html: {
    valid: [
      '<p class="error">We could not load your orders. Refresh the page to try again.</p>',
      '<p>Our null-waste promise</p>',
      '<code>TypeError</code>',
      '<p>Call us on 0800 500 600.</p>',
    ],
    invalid: [
      { code: '<p class="error">⟦Error 500⟧: please try again</p>', details: [/an HTTP status code/] },
      '<div role="alert">Could not save: ⟦TypeError⟧ in checkout</div>',
      '<p class="error">File missing (⟦ENOENT⟧)</p>',
      '<p class="error">Value was ⟦undefined⟧, try again</p>',
      { code: '<p class="error">Payment refused (⟦FG-402⟧)</p>', details: [/our error code/] },
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("We could not save your address. Try again."); }',
      'function A() { console.error("TypeError"); }',
      'const A = () => <p role="alert">{error.message}</p>;',
      'const A = () => <p>Nothing is null here? Just words.</p>;',
    ],
    invalid: [
      'function A() { toast.error("⟦Failed to fetch⟧"); }',
      'function A() { setError(`Request failed with ⟦status code 502⟧`); }',
      'const A = () => <div className="error">⟦SQLSTATE⟧[23000] duplicate entry</div>;',
    ],
  },
});
