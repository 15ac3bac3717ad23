import rule from '../../../../src/core/rules/navigation/same-text-different-target.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/returns">Returns</a><a href="/returns/">Returns</a>',
      '<a href="/a">Read more</a><a href="/b">Read more</a>',
      '<a href="/returns">Returns policy</a><a href="/returns/start">Start a return</a>',
      '<a href="/">Home</a><a href="/index.html">Home</a>',
      // A sidebar's sections, each titled: the section says which “Introduction” it is.
      '<nav><ul><div>Lists</div><li><a href="/lists">Introduction</a></li></ul><ul><div>Forms</div><li><a href="/forms">Introduction</a></li></ul></nav>',
      '<nav><h3>Lists</h3><ul><li><a href="/lists">Introduction</a></li></ul><h3>Forms</h3><ul><li><a href="/forms">Introduction</a></li></ul></nav>',
    ],
    invalid: [
      {
        code: '<a href="/returns">Returns</a><a href="/returns/new">⟦Returns⟧</a>',
        details: [/also links to \/returns/],
      },
      '<nav><a href="/help">Help</a></nav><footer><a href="/support">⟦Help⟧</a></footer>',
      '<a href="/a">Contact us</a><a href="/b">⟦Contact us⟧</a><a href="/c">⟦Contact us⟧</a>',
      // The same title, or one list untitled: nothing tells them apart.
      '<nav><ul><div>Lists</div><li><a href="/lists">Introduction</a></li></ul><ul><div>Lists</div><li><a href="/forms">⟦Introduction⟧</a></li></ul></nav>',
      '<nav><ul><div>Lists</div><li><a href="/lists">Introduction</a></li></ul><ul><li><a href="/forms">⟦Introduction⟧</a></li></ul></nav>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <><a href="/help">Help</a><a href="/help">Help</a></>;',
      'const A = () => <><a href={a}>Help</a><a href={b}>Help</a></>;',
      'const A = () => items.map((i) => <a key={i.id} href={i.url}>{i.name}</a>);',
      'const A = () => <><a href="/a">Learn more</a><a href="/b">Learn more</a></>;',
    ],
    invalid: [
      'const A = () => <><a href="/help">Help</a><a href="/faq">⟦Help⟧</a></>;',
      'const A = () => <><Link href="/orders">Orders</Link><a href="/account/orders">⟦Orders⟧</a></>;',
      'const A = () => <><a href="/x" aria-label="Delivery">Ship</a><a href="/y">⟦Delivery⟧</a></>;',
    ],
  },
  config: { components: { Link: 'a' } },
});
