import rule from '../../../../src/core/rules/wording/shouting.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p>Free delivery on orders over £50</p>',
      '<p>Made in the UK by NHS staff</p>',
      '<p title="FREE NEXT DAY DELIVERY">x</p>',
      '<code>SELECT ALL FROM TABLE</code>',
      // A query typed into a field is not the page's words.
      '<textarea>SELECT NAME FROM USERS WHERE AGE > 30</textarea>',
      // One long token (an alphabet, a key) is not shouting.
      '<p>Codes use these letters: ABCDEFGHJKLMNPQRSTUVWXYZ</p>',
      // Values filled in at run time are not words.
      '<p>Ref {{ ORDER_REF }} {{ BATCH_CODE }} {{ SITE_ID }}</p>',
    ],
    invalid: [
      { code: '<p>⟦FREE NEXT DAY DELIVERY⟧ this week</p>', details: [/“FREE NEXT DAY DELIVERY”/] },
      '<h2>⟦LAST CHANCE TO BUY⟧</h2>',
      '<p>Order now: ⟦ONLY THREE LEFT⟧</p>',
      // One finding per block, however many runs of capitals it has.
      {
        code: '<p>⟦SALE NOW ON. EVERYTHING MUST GO. LAST DAYS OF THE SALE⟧</p>',
        details: [/“SALE NOW ON” and 2 more runs of capitals/],
      },
      // Capitals beyond A–Z are whole words, not cut where the accent starts.
      '<p>⟦CAFÉ OPEN ALL DAY⟧</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Sale ends soon</p>;',
      'const A = () => <p>{title}</p>;',
      'const A = () => <p>OK UK</p>;',
      'const A = () => <p className="UPPER CASE CLASS">x</p>;',
      // Two branches that each say “NO LIMIT” are not one run of four words.
      'const A = ({ size, count }) => <div>{size ? <>{size} MB</> : <><Icon /> NO LIMIT</>}{count ? <div>{count}</div> : <><Icon /> NO LIMIT</>}</div>;',
    ],
    invalid: [
      'const A = () => <p>⟦SALE ENDS TONIGHT⟧</p>;',
      'const A = () => <button>⟦ADD TO BASKET NOW⟧</button>;',
      'const A = () => <div>Hurry, ⟦DO NOT MISS OUT⟧!</div>;',
      'const A = () => <p>⟦LAST CHANCE <b>TO BUY</b>. SALE ENDS TONIGHT⟧</p>;',
    ],
  },
});

testRule(rule, {
  catalog: {
    valid: ['{ "sale": "Sale ends soon" }', '{ "countries": "OK UK" }', '{ "SALE_BANNER": "Sale ends soon" }'],
    invalid: [
      '{ "sale": "⟦SALE ENDS TONIGHT⟧" }',
      '{ "cta": { "defaultMessage": "⟦ADD TO BASKET NOW⟧" } }',
      '{ "promo": { "hurry": "Hurry, ⟦DO NOT MISS OUT⟧!" } }',
    ],
  },
});
