import rule from '../../../../src/core/rules/navigation/page-h1.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<!doctype html><html><body><main><h1>Checkout</h1></main></body></html>',
      '<h2>A fragment needs no h1</h2>',
      '<!doctype html><body><h1>Basket</h1><h2>Items</h2></body>',
      '<html><body><main><h1>A</h1><section><h2>B</h2></section></main></body></html>',
      // A standalone demo starting at h2, and one with a few chapter links: named by the title.
      '<!doctype html><html><body><h2>Pick a colour</h2><canvas></canvas></body></html>',
      '<!doctype html><html><body><nav><a href="1.html">One</a><a href="2.html">Two</a></nav><p>Text</p></body></html>',
      // A standalone slider whose slides each have an h1, one shown at a time.
      '<!doctype html><html><body><div class="slides"><div><h1>Nature flower</h1></div><div><h1>Bluuue Sky</h1></div></div></body></html>',
    ],
    invalid: [
      {
        code: '<!doctype html><html><body><header><a href="/">Shop</a><a href="/basket">Basket</a></header><⟦main⟧><h2>Checkout</h2></main></body></html>',
        details: [/no <h1>/],
      },
      '<html><body><header><a href="/">Shop</a><a href="/basket">Basket</a></header><main><h1>A</h1><⟦h1⟧>B</h1></main></body></html>',
      {
        code: '<html><⟦body⟧><footer><a href="/help">Help</a><a href="/terms">Terms</a><a href="/privacy">Privacy</a></footer><h2>Orders</h2><p>No main heading</p></body></html>',
        details: [/outline starts at <h2>/],
      },
      '<html><⟦body⟧><nav><a href="/">Home</a><a href="/shop">Shop</a><a href="/help">Help</a><a href="/deals">Deals</a><a href="/blog">Blog</a><a href="/about">About</a></nav><p>No heading</p></body></html>',
    ],
  },
  jsx: {
    valid: [
      'const P = () => <html><body><main><h1>{product.name}</h1></main></body></html>;',
      'const P = () => <html><body><Hero /></body></html>;',
      'const P = () => <html><body><main>{a ? <h1>A</h1> : <h1>B</h1>}</main></body></html>;',
      'const C = () => <div><p>component</p></div>;',
    ],
    invalid: [
      'const P = () => <html><body><header><a href="/">Shop</a><a href="/basket">Basket</a></header><⟦main⟧><h2>Shop</h2></main></body></html>;',
      'const P = () => <html><body><header><a href="/">Shop</a><a href="/basket">Basket</a></header><main><h1>A</h1><⟦h1⟧>B</h1></main></body></html>;',
      'const P = () => <html><⟦body⟧><header><a href="/">Shop</a><a href="/basket">Basket</a></header><div>Hi</div></body></html>;',
    ],
  },
});
