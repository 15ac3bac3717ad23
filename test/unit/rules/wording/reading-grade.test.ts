import rule from '../../../../src/core/rules/wording/reading-grade.js';
import { testRule } from '../../helpers/ruleTester.js';

const HARD =
  'Notwithstanding the aforementioned considerations, subsequent reimbursement eligibility determinations necessitate comprehensive documentation demonstrating unequivocal compliance with applicable contractual obligations and organisational procurement requirements. Consequently, reimbursement processing necessitates considerable administrative verification.';
const EASY =
  'You can send it back within 30 days. We pay for the post. Pack it well and add the slip from the box. We will refund you in five days.';

testRule(rule, {
  html: {
    valid: [
      `<p>${EASY}</p>`,
      '<p>Short and very complicated terminology everywhere.</p>',
      `<code>${HARD}</code>`,
      `<p>${EASY} ${EASY}</p>`,
    ],
    invalid: [
      { code: `<p>⟦${HARD}⟧</p>`, details: [/grade \d+\.\d, target 9/] },
      `<li>⟦${HARD} ${EASY}⟧</li>`,
      `<dialog><p>⟦${HARD}⟧</p></dialog>`,
    ],
  },
  jsx: {
    valid: [
      `const A = () => <p>${EASY}</p>;`,
      `const A = () => <p>{longText}</p>;`,
      `const A = () => <pre>${HARD}</pre>;`,
      `const A = () => <p>Hi there.</p>;`,
    ],
    invalid: [
      `const A = () => <p>⟦${HARD}⟧</p>;`,
      `const A = () => <section><p>⟦${HARD}⟧</p></section>;`,
      `const A = () => <li>⟦${HARD}⟧</li>;`,
    ],
  },
});
