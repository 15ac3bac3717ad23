import rule from '../../../../src/core/rules/navigation/missing-skip-link.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<html><body><a href="#main">Skip to content</a><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main id="main"></main></body></html>',
      '<html><body><main><h1>x</h1></main><nav><a href="/">Home</a></nav></body></html>',
      '<html><body><nav aria-label="Breadcrumb"><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main></main></body></html>',
      '<html><body><main></main></body></html>',
    ],
    invalid: [
      {
        code: '<html><body><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main></main></body></html>',
        details: [/no same-page link/],
      },
      '<!doctype html><body><header><a href="#">Logo</a><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav></header><main></main></body>',
      '<html><body><⟦div⟧ role="navigation"><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></div></body></html>',
    ],
  },
  jsx: {
    valid: [
      'const P = () => <html><body><a href="#content">Skip to content</a><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main id="content" /></body></html>;',
      'const P = () => <html><body><main /><nav /></body></html>;',
      'const C = () => <><nav /><main /></>;',
      'const P = () => <html><body><p>no nav</p></body></html>;',
    ],
    invalid: [
      'const P = () => <html><body><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav><main /></body></html>;',
      'const P = () => <html><body><header><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav></header><main /></body></html>;',
      'const P = () => <html><body><a href="/">Logo</a><⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a></nav></body></html>;',
    ],
  },
});
