import rule from '../../../../src/core/rules/navigation/menu-too-deep.js';
import { testRule } from '../../helpers/ruleTester.js';

const nest = (levels: number, marked = false): string => {
  let html = '<a href="/x">Leaf</a>';
  for (let level = levels; level >= 1; level--) {
    const open = level === 4 && marked ? '<⟦ul⟧>' : '<ul>';
    html = `${open}<li><a href="/${level}">L${level}</a>${level < levels ? html : ''}</li></ul>`;
  }
  return html;
};

testRule(rule, {
  html: {
    valid: [
      `<nav>${nest(3)}</nav>`,
      `<div>${nest(6)}</div>`,
      `<nav>${nest(1)}</nav>`,
      '<nav><a href="/">Home</a></nav>',
    ],
    invalid: [
      { code: `<nav>${nest(4, true)}</nav>`, details: [/level 4 of the menu, at most 3/] },
      `<nav><div>${nest(5, true)}</div></nav>`,
      `<div role="navigation">${nest(4, true)}</div>`,
    ],
  },
  jsx: {
    valid: [
      `const N = () => <nav>${nest(2)}</nav>;`,
      `const N = () => <aside>${nest(5)}</aside>;`,
      'const N = () => <nav>{tree}</nav>;',
      `const N = () => <nav>${nest(3)}</nav>;`,
    ],
    invalid: [
      `const N = () => <nav>${nest(4, true)}</nav>;`,
      `const N = () => <nav><div>${nest(4, true)}</div></nav>;`,
      `const N = () => <div role="menubar">${nest(4, true)}</div>;`,
    ],
  },
});
