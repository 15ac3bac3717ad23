import rule from '../../../../src/core/rules/wording/vague-action-label.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<button>Save address</button>',
      '<input type="submit" value="Pay £42">',
      '<button aria-label="Close dialog">OK</button>',
      '<a href="/x">OK</a>',
    ],
    invalid: [
      { code: '<button>⟦Submit⟧</button>', details: [/“Submit”/] },
      '<⟦input⟧ type="submit">',
      '<⟦input⟧ type="button" value="OK">',
      '<div role="button" tabindex="0">⟦Click⟧</div>',
      '<dialog><p>Delete it?</p><button>⟦OK⟧</button><button>Cancel</button></dialog>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button>Place order</button>;',
      'const A = () => <button>{label}</button>;',
      'const A = () => <Button>Submit</Button>;',
      'const A = () => <button aria-label="Delete address">Yes</button>;',
    ],
    invalid: [
      'const A = () => <button type="submit">⟦Submit⟧</button>;',
      'const A = () => <button>\n  ⟦Yes⟧\n</button>;',
      'const A = () => <button onClick={go}>⟦Go⟧</button>;',
    ],
  },
});
