import rule from '../../../../src/core/rules/wording/unexplained-abbreviation.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p>The <abbr title="annual percentage rate">APR</abbr> is 9%.</p><p>APR applies.</p>',
      '<p>Annual percentage rate (APR) is 9%. The APR is fixed.</p>',
      '<p>The APR (annual percentage rate) is 9%.</p><p>Ask about the LTV\n(loan-to-value ratio).</p>',
      '<p>Made in the UK. Read the FAQ or download the PDF.</p>',
      // Names of formats and protocols, used as names on screens.
      '<p>Export as CSV or JSON. Your API keys and SSL certificates are below; CPU usage is 4%.</p>',
      '<p>FREE NEXT DAY DELIVERY</p>',
      // <acronym title> and <abbr> explain the term for the whole page.
      '<p><acronym title="Know your customer">KYC</acronym> checks take a day.</p><p>Start KYC now.</p>',
      '<p>Stock codes (<abbr>SKU</abbr>s) are on the label. Each SKU is unique.</p>',
      // Identifiers, placeholders and plain words in capitals are not abbreviations.
      '<p>Files are copied to ASSET_PATH on the server.</p>',
      '<p>Your code is {{ VOUCHER }} or <%= CODE %>.</p>',
      '<p>Pay by card OR by bank transfer.</p>',
      '<p>STATUS: waiting for payment</p>',
      '<p>Opens at 9 AM and closes at 5 PM.</p>',
      // The page's subject, named in its title.
      '<title>KYC checks</title><p>KYC takes a day.</p>',
      // “&” in an abbreviation must not break the rule.
      '<p>Research and development (R&D) is in Leeds. R&D is hiring.</p>',
      // Date and time formats are not abbreviations.
      '<label for="expiry">Expiry date (MM/YY)</label><p>Born on DD-MM-YYYY, at HH:MM.</p>',
      '<p>Garden furniture, BBQs and plants.</p>',
    ],
    invalid: [
      { code: '<p>The ⟦APR⟧ is 9%. APR is fixed.</p>', details: [/“APR”/] },
      '<p>Complete ⟦KYC⟧ checks first.</p>',
      '<p>Each ⟦SKUs⟧ has a code.</p>',
      { code: '<p>Meet our ⟦R&D⟧ team.</p>', details: [/“R&D”/] },
      // Known entries do not hide other codes with the same letters.
      '<p>Ask your ⟦PM⟧ for access.</p>',
      '<p>Use a new ⟦IV⟧ for every message.</p>',
      // The same letters outside a format still count.
      '<p>Ask the ⟦DD⟧ team.</p>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Know your customer (KYC) checks take a day.</p>;',
      'const A = () => <p>{code}</p>;',
      'const A = () => <abbr title="Stock keeping unit">SKU</abbr>;',
      'const A = () => <p>Pay by PIN at the ATM.</p>;',
      'const A = () => <p>This instance of Graph<em>i</em>QL uses your keys.</p>;',
      'const A = () => <><h1>MFA settings</h1><p>Turn on MFA for every admin.</p></>;',
    ],
    invalid: [
      'const A = () => <p>Your ⟦MFA⟧ code expired.</p>;',
      'const A = () => <p>Check the ⟦ETD⟧ below.</p>;',
      'const A = () => <label>⟦IBAN⟧</label>;',
      'const A = () => <p>Open the <a href="/crm">⟦CRM⟧</a> to see leads.</p>;',
    ],
  },
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "kyc": "Know your customer (KYC) checks take a day." }',
      '{ "pin": "Pay by PIN at the ATM." }',
      '{ "code": "{code}" }',
    ],
    invalid: [
      '{ "mfa": "Your ⟦MFA⟧ code expired." }',
      '{ "etd": { "defaultMessage": "Check the ⟦ETD⟧ below." } }',
      '{ "fields": { "iban": "⟦IBAN⟧" } }',
    ],
  },
});
