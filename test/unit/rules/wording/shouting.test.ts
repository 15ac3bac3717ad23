import rule from '../../../../src/core/rules/wording/shouting.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p>Free delivery on orders over £50</p>',
      '<p>Made in the UK by NHS staff</p>',
      '<p title="FREE NEXT DAY DELIVERY">x</p>',
      '<code>SELECT ALL FROM TABLE</code>',
    ],
    invalid: [
      { code: '<p>⟦FREE NEXT DAY DELIVERY⟧ this week</p>', details: [/“FREE NEXT DAY DELIVERY”/] },
      '<h2>⟦LAST CHANCE TO BUY⟧</h2>',
      '<p>Order now: ⟦ONLY THREE LEFT⟧</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Sale ends soon</p>;',
      'const A = () => <p>{title}</p>;',
      'const A = () => <p>OK UK</p>;',
      'const A = () => <p className="UPPER CASE CLASS">x</p>;',
    ],
    invalid: [
      'const A = () => <p>⟦SALE ENDS TONIGHT⟧</p>;',
      'const A = () => <button>⟦ADD TO BASKET NOW⟧</button>;',
      'const A = () => <div>Hurry, ⟦DO NOT MISS OUT⟧!</div>;',
    ],
  },
});
