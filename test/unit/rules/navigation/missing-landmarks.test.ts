import rule from '../../../../src/core/rules/navigation/missing-landmarks.js';
import { testRule } from '../../helpers/ruleTester.js';

const LINKS = '<li><a href="/a">A</a></li><li><a href="/b">B</a></li><li><a href="/c">C</a></li>';

testRule(rule, {
  html: {
    valid: [
      `<html><body><nav><ul>${LINKS}</ul></nav><main><h1>x</h1></main></body></html>`,
      `<html><body><div role="main"><footer><ul>${LINKS}</ul></footer></div></body></html>`,
      `<ul>${LINKS}</ul>`,
      '<html><body><main><ul><li>One</li><li>Two</li><li>Three</li></ul></main></body></html>',
      // A standalone page (one demo): nothing to jump past.
      '<!doctype html><html><body><h1>Colour picker</h1><canvas id="c"></canvas><script src="x.js"></script></body></html>',
      // An index page: the list of links is the content, not a menu.
      `<!doctype html><html><body><ul>${LINKS}</ul></body></html>`,
      // Links to try, inside the content, and a page with a few chapter links.
      `<!doctype html><html><body><h1>URL demo</h1><p>Try these:</p><ul>${LINKS}</ul></body></html>`,
      '<!doctype html><html><body><nav><a href="1.html">One</a><a href="2.html">Two</a></nav><section><h1>Two</h1></section></body></html>',
    ],
    invalid: [
      {
        code: '<html><⟦body⟧><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav><h1>Shop</h1></body></html>',
        details: [/no <main>/],
      },
      `<html><body><div class="menu"><⟦ul⟧>${LINKS}</ul></div><main></main></body></html>`,
      `<!doctype html><⟦body⟧><div class="menu"><⟦ol⟧>${LINKS}</ol></div><h1>Welcome</h1><p>Hello</p></body>`,
    ],
  },
  jsx: {
    valid: [
      'const P = () => <html><body><main /></body></html>;',
      'const P = () => <html><body><Layout /></body></html>;',
      `const C = () => <ul>${LINKS}</ul>;`,
      `const P = () => <html><body><nav><ul>${LINKS}</ul></nav><main /></body></html>;`,
    ],
    invalid: [
      'const P = () => <html><⟦body⟧><header><a href="/">Shop</a><a href="/basket">Basket</a></header><div /></body></html>;',
      `const P = () => <html><body><main /><div className="sidebar"><⟦ul⟧>${LINKS}</ul></div></body></html>;`,
      `const P = () => <html><body><section className="sidebar"><⟦ul⟧>${LINKS}</ul></section><main /></body></html>;`,
    ],
  },
});
