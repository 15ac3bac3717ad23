import rule from '../../../../src/core/rules/navigation/menu-too-long.js';
import { testRule } from '../../helpers/ruleTester.js';

const items = (n: number, jsx = false) =>
  Array.from({ length: n }, (_, i) => `<li${jsx ? ` key="${i}"` : ''}><a href="/${i}">Item ${i}</a></li>`).join('');

testRule(rule, {
  html: {
    valid: [
      `<nav><ul>${items(9)}</ul></nav>`,
      `<ul>${items(15)}</ul>`,
      `<nav><ul><li><a href="/">Shop</a><ul>${items(9)}</ul></li></ul></nav>`,
      '<nav><a href="/">A</a><a href="/b">B</a></nav>',
    ],
    invalid: [
      { code: `<nav><⟦ul⟧>${items(10)}</ul></nav>`, details: [/10 items, at most 9/] },
      `<nav><ul><li><a href="/">Shop</a><⟦ul⟧>${items(12)}</ul></li></ul></nav>`,
      `<div role="menu"><⟦ul⟧>${items(11)}</ul></div>`,
    ],
  },
  jsx: {
    valid: [
      `const N = () => <nav><ul>${items(5, true)}</ul></nav>;`,
      'const N = () => <nav><ul>{links.map((l) => <li key={l.href}><a href={l.href}>{l.label}</a></li>)}</ul></nav>;',
      `const N = () => <footer><ul>${items(20, true)}</ul></footer>;`,
      'const N = () => <nav />;',
    ],
    invalid: [
      `const N = () => <nav><⟦ul⟧>${items(10, true)}</ul></nav>;`,
      `const N = () => <nav><div><⟦ol⟧>${items(14, true)}</ol></div></nav>;`,
      `const N = () => <⟦nav⟧>${Array.from({ length: 10 }, (_, i) => `<a href="/${i}">L${i}</a>`).join('')}</nav>;`,
    ],
  },
});
