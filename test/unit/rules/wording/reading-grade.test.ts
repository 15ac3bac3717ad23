import rule from '../../../../src/core/rules/wording/reading-grade.js';
import { testRule } from '../../helpers/ruleTester.js';

const HARD =
  'Notwithstanding the aforementioned considerations, subsequent reimbursement eligibility determinations necessitate comprehensive documentation demonstrating unequivocal compliance with applicable contractual obligations and organisational procurement requirements. Consequently, reimbursement processing necessitates considerable administrative verification.';
const EASY =
  'You can send it back within 30 days. We pay for the post. Pack it well and add the slip from the box. We will refund you in five days.';
// Template tags and placeholders: read as words they would be very hard.
const TEMPLATE =
  '{% if membership.automatic_renewal_notification %}Your membership renews on {{ membership.renewal_anniversary_date }}.{% endif %} {% for invoice in membership.outstanding_invoice_collection %}Invoice {{ invoice.identification_reference }} is due.{% endfor %} Thanks for staying.';
const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit. Vestibulum pellentesque vulputate condimentum, ultricies dignissim elementum. Suspendisse ullamcorper fringilla malesuada, pellentesque hendrerit accumsan elementum. Curabitur facilisis tincidunt consequat, vehicula placerat interdum.';
const SCRIPT =
  'const remainingBalance = invoices.filter((invoice) => !invoice.settled).reduce((total, invoice) => total + invoice.outstandingAmount, 0); document.querySelector("#balance").textContent = remainingBalance.toLocaleString(); if (remainingBalance > 0) { notifyAccountHolder(remainingBalance); }';
// A page about its subject: the subject's words are not hard words to the people reading it.
const SUBJECT =
  '<h1>Multifactor authentication</h1><p>Multifactor authentication adds a second step whenever you sign in to your account. With multifactor authentication, a code is sent to your registered telephone. Authentication codes expire after ten minutes. Enable multifactor authentication in your account settings.</p>';

testRule(rule, {
  html: {
    valid: [
      `<p>${EASY}</p>`,
      '<p>Short and very complicated terminology everywhere.</p>',
      `<code>${HARD}</code>`,
      `<p>${EASY} ${EASY}</p>`,
      `<p>${TEMPLATE}</p>`,
      `<p>${LOREM}</p>`,
      `<textarea>${SCRIPT}</textarea>`,
      `<p>${SCRIPT}</p>`,
      SUBJECT,
      // Grade 9.8 is ninth-grade text: within a target of 9.
      '<p>Your parcel is on its way with our delivery partner today. It should arrive tomorrow between nine and five, and the courier will message you with a one-hour window before they arrive at your registered address.</p>',
      // One sentence alone: its grade is mostly its length, which is wording/long-sentence's to judge.
      '<p>The delivery partner will telephone you before arriving this afternoon, so please make sure somebody is available to receive the package and sign the electronic confirmation.</p>',
      // A sentence over 30 words is wording/long-sentence's finding; the rest is easy.
      '<p>Returns are free and easy. If you would like to return an item that you purchased from our online store during the previous thirty days, you can arrange a collection from your account page or by telephoning our customer service representatives.</p>',
    ],
    invalid: [
      { code: `<p>⟦${HARD}⟧</p>`, details: [/grade \d+\.\d, target 9/] },
      `<li>⟦${HARD} ${EASY}⟧</li>`,
      `<dialog><p>⟦${HARD}⟧</p></dialog>`,
      // Placeholders are blanked out, the words around them still count.
      `<p>⟦{{ customer.first_name }}, ${HARD}⟧</p>`,
    ],
  },
  jsx: {
    valid: [
      `const A = () => <p>${EASY}</p>;`,
      `const A = () => <p>{longText}</p>;`,
      `const A = () => <pre>${HARD}</pre>;`,
      `const A = () => <p>Hi there.</p>;`,
      `const A = () => <p>${LOREM}</p>;`,
    ],
    invalid: [
      `const A = () => <p>⟦${HARD}⟧</p>;`,
      `const A = () => <section><p>⟦${HARD}⟧</p></section>;`,
      `const A = () => <li>⟦${HARD}⟧</li>;`,
    ],
  },
});

testRule(rule, {
  catalog: {
    valid: [`{ "intro": "${EASY}" }`, '{ "hi": "Hi there." }', `{ "filler": "${LOREM}" }`],
    invalid: [
      `{ "intro": "⟦${HARD}⟧" }`,
      `{ "intro": { "defaultMessage": "⟦${HARD}⟧", "description": "page intro" } }`,
      `{ "help": { "body": "⟦${HARD}⟧" } }`,
    ],
  },
});
