import rule from '../../../../src/core/rules/wording/long-sentence.js';
import { testRule } from '../../helpers/ruleTester.js';

const LONG =
  'If you would like to return an item that you bought from us in the last thirty days you can do that from your account page or by calling our team on the number below';

testRule(rule, {
  html: {
    valid: [
      '<p>Returns are free. Send items back within 30 days.</p>',
      `<code>${LONG}</code>`,
      '<p>One. Two. Three.</p>',
      `<p>${LONG.split(' ').slice(0, 25).join(' ')}.</p>`,
    ],
    invalid: [
      { code: `<p>⟦${LONG}.⟧</p>`, details: [/3\d words, at most 25/] },
      `<p>Returns are free. ⟦${LONG}.⟧ Thanks.</p>`,
      `<p>⟦If you want to return an item <a href="/r">start a return</a> from your account page or by calling our friendly team on the number below any day of the week.⟧</p>`,
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Returns are free.</p>;',
      'const A = () => <p>{text}</p>;',
      `const A = () => <pre>${LONG}</pre>;`,
      'const A = () => <p>Go. Now.</p>;',
    ],
    invalid: [
      `const A = () => <p>⟦${LONG}.⟧</p>;`,
      `const A = () => <p>\n  ⟦${LONG}⟧\n</p>;`,
      `const A = () => <li>Hi. ⟦${LONG}!⟧</li>;`,
    ],
  },
});
