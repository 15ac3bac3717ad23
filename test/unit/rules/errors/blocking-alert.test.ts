import rule from '../../../../src/core/rules/errors/blocking-alert.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  jsx: {
    valid: [
      'function A() { if (!confirm("Delete this address?")) return; remove(); }',
      'function A() { alert("Copied to clipboard"); }',
      'function A() { setError("Payment failed"); }',
      'function A() { myAlert(error); }',
    ],
    invalid: [
      { code: 'function A() { ⟦alert⟧(error.message); }', details: [/only known at run time/] },
      'function A() { ⟦window.alert⟧("Payment failed. Try another card."); }',
      'function A() { if (⟦confirm⟧("Upload failed. Try again?")) retry(); }',
      'const A = () => <button onClick={() => ⟦alert⟧("Invalid postcode")}>Check</button>;',
    ],
  },
});
