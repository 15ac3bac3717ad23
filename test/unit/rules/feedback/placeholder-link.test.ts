import rule from '../../../../src/core/rules/feedback/placeholder-link.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/basket">Basket</a>',
      '<a href="#reviews">Reviews</a>',
      '<a>Placeholder with no behaviour</a>',
      '<button type="button" onclick="openChat()">Chat with us</button>',
    ],
    invalid: [
      { code: '<a ⟦href="#"⟧>Basket</a>', details: [/goes nowhere/] },
      '<a ⟦href="javascript:void(0)"⟧ onclick="openChat()">Chat</a>',
      '<a ⟦href=""⟧>Home</a>',
      {
        code: '<⟦a⟧ onclick="openChat()">Chat</a>',
        details: [/no href/],
        fixed: '<button type="button" onclick="openChat()">Chat</button>',
      },
      {
        code: '<a ⟦href="#"⟧ role="button" onclick="go()">Go</a>',
        fixed: '<button type="button" onclick="go()">Go</button>',
      },
    ],
  },
  jsx: {
    valid: [
      'const A = () => <a href="/orders">Orders</a>;',
      'const A = () => <a href={url}>Orders</a>;',
      'const A = () => <a {...props}>Orders</a>;',
      'const A = () => <a href="#main">Skip to content</a>;',
    ],
    invalid: [
      {
        code: 'const A = () => <a ⟦href="#"⟧ onClick={open}>Chat</a>;',
        fixed: 'const A = () => <button type="button" onClick={open}>Chat</button>;',
      },
      'const A = () => <a ⟦href={"#"}⟧>Orders</a>;',
      'const A = () => <⟦a⟧ onClick={() => setOpen(true)}>Menu</a>;',
      'const A = () => <a ⟦href="javascript:;"⟧>Print</a>;',
    ],
  },
});
