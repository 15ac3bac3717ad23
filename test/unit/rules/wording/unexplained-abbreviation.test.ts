import rule from '../../../../src/core/rules/wording/unexplained-abbreviation.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p>The <abbr title="annual percentage rate">APR</abbr> is 9%.</p><p>APR applies.</p>',
      '<p>Annual percentage rate (APR) is 9%. The APR is fixed.</p>',
      '<p>Made in the UK. Read the FAQ or download the PDF.</p>',
      '<p>FREE NEXT DAY DELIVERY</p>',
    ],
    invalid: [
      { code: '<p>The ⟦APR⟧ is 9%. APR is fixed.</p>', details: [/“APR”/] },
      '<p>Complete ⟦KYC⟧ checks first.</p>',
      '<p>Each ⟦SKUs⟧ has a code.</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Know your customer (KYC) checks take a day.</p>;',
      'const A = () => <p>{code}</p>;',
      'const A = () => <abbr title="Stock keeping unit">SKU</abbr>;',
      'const A = () => <p>Pay by PIN at the ATM.</p>;',
    ],
    invalid: [
      'const A = () => <p>Your ⟦MFA⟧ code expired.</p>;',
      'const A = () => <p>Check the ⟦ETD⟧ below.</p>;',
      'const A = () => <label>⟦IBAN⟧</label>;',
    ],
  },
});
