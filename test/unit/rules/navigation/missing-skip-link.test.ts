import rule from '../../../../src/core/rules/navigation/missing-skip-link.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<html><body><a href="#main">Skip to content</a><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main id="main"></main></body></html>',
      '<html><body><main><h1>x</h1></main><nav><a href="/">Home</a></nav></body></html>',
      '<html><body><nav aria-label="Breadcrumb"><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main></main></body></html>',
      '<html><body><main></main></body></html>',
      // A short menu (a few chapter links) is quick to tab past.
      '<html><body><nav><ol><li><a href="one.html">Chapter 1</a></li><li>Chapter 2</li><li><a href="three.html">Chapter 3</a></li><li><a href="four.html">Chapter 4</a></li></ol></nav><section><h1>Chapter 2</h1></section></body></html>',
    ],
    invalid: [
      {
        code: '<html><body><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav><main></main></body></html>',
        details: [/no same-page link/],
      },
      '<!doctype html><body><header><a href="#">Logo</a><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav></header><main></main></body>',
      '<html><body><⟦div⟧ role="navigation"><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></div></body></html>',
    ],
  },
  jsx: {
    valid: [
      'const P = () => <html><body><a href="#content">Skip to content</a><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main id="content" /></body></html>;',
      'const P = () => <html><body><main /><nav /></body></html>;',
      'const C = () => <><nav /><main /></>;',
      'const P = () => <html><body><p>no nav</p></body></html>;',
      'const P = () => <html><body><nav><a href="/a">A</a><a href="/b">B</a><a href="/c">C</a><a href="/d">D</a></nav><main /></body></html>;',
    ],
    invalid: [
      'const P = () => <html><body><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav><main /></body></html>;',
      'const P = () => <html><body><header><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav></header><main /></body></html>;',
      'const P = () => <html><body><a href="/">Logo</a><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav></body></html>;',
    ],
  },
});
