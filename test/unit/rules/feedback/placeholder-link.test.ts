import rule from '../../../../src/core/rules/feedback/placeholder-link.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/basket">Basket</a>',
      '<a href="#reviews">Reviews</a>',
      '<a>Placeholder with no behaviour</a>',
      '<button type="button" onclick="openChat()">Chat with us</button>',
      // A server template fills the href in; its inner quotes must not read as an empty href.
      '<a href="{{ url_for("account.reset", next=page) }}">Reset your password</a>',
      '<a href="{% url \'help\' %}">Help</a>',
      // A mock-up: several filler links that do nothing are scaffolding, not controls.
      '<nav><a href="#">Home</a> <a href="#">Recipes</a> <a href="#">Shop</a> <a href="#">Contact</a></nav>',
      '<ul><li><a href="#">Story one</a></li><li><a href="#">Story two</a></li><li><a href="#">Story three</a></li><li><a href="#">Story four</a></li></ul>',
      // A one-widget demo page: no link on it goes anywhere yet.
      '<!doctype html><html><body><nav><ul><li><a href="#">Home</a></li><li><a href="#">About</a></li><li><a href="#">Contact</a></li></ul></nav><div class="slider"></div></body></html>',
      '<!doctype html><html><body><section><h1>Playstation 5</h1><a href="#" class="btn">Buy Now</a></section></body></html>',
      // Hidden from everyone: an off-screen anchor a script clicks.
      '<a href="#" aria-hidden="true" tabindex="-1" onclick="download()"></a>',
      // Its click navigates: a link whose address is in script (a 404 page's “Go back”).
      '<a href="#" onclick="history.go(-1); return false;">Go back</a>',
      '<a href="#" onclick="document.location = \'/docs/\' + version">Latest docs</a>',
      '<a href="#" onClick="document.location.pathname = docPageRoot">Documentation home</a>',
    ],
    invalid: [
      { code: '<a ⟦href="#"⟧>Basket</a>', details: [/goes nowhere/] },
      '<a ⟦href="javascript:void(0)"⟧ onclick="openChat()">Chat</a>',
      '<a ⟦href=""⟧>Home</a>',
      // Filler links around it do not excuse a link used as a button.
      '<p><a href="#">One</a> <a href="#">Two</a> <a href="#">Three</a> <a href="#">Four</a> <a ⟦href="#"⟧ onclick="share()">Share</a></p>',
      // A page with real destinations: its dead link is one of them, missing.
      '<!doctype html><html><body><a href="/shop">Shop</a> <a ⟦href="#"⟧>Register</a></body></html>',
      // On a demo page, a link used as a button is still one.
      '<!doctype html><html><body><a ⟦href="#"⟧ onclick="toggle()">Menu</a></body></html>',
      // Three dead links are not yet a mock-up.
      '<p><a ⟦href="#"⟧>Terms</a>, <a ⟦href="#"⟧>Privacy</a> and <a ⟦href="#"⟧>Cookies</a></p>',
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
      'const B = () => <a href="#" onClick={(e) => { e.preventDefault(); window.history.back(); }}>Go back</a>;',
      'const B = ({ router }) => { const open = () => router.push("/cart"); return <a href="#" onClick={open}>Cart</a>; };',
      // A styled backdrop that closes the menu: an empty hit area, not a link.
      'const A = () => <a className="backdrop" onClick={close} />;',
      'const A = () => <a href="/orders">Orders</a>;',
      'const A = () => <a href={url}>Orders</a>;',
      'const A = () => <a {...props}>Orders</a>;',
      'const A = () => <a href="#main">Skip to content</a>;',
      'const A = () => <a ref={anchor} aria-hidden={true} tabIndex={-1} onClick={onRowClick} />;',
      'const A = () => <footer><a href="#">Blog</a><a href="#">Jobs</a><a href="#">Press</a><a href="#">Legal</a></footer>;',
    ],
    invalid: [
      {
        code: 'const A = () => <a ⟦href="#"⟧ onClick={open}>Chat</a>;',
        fixed: 'const A = () => <button type="button" onClick={open}>Chat</button>;',
      },
      'const A = () => <a ⟦href={"#"}⟧>Orders</a>;',
      'const A = () => <⟦a⟧ onClick={() => setOpen(true)}>Menu</a>;',
      'const A = () => <a ⟦href="javascript:;"⟧>Print</a>;',
      // Filler links counted per tree: three components with one each are three findings.
      'const A = () => <a ⟦href="#"⟧>A</a>;\nconst B = () => <a ⟦href="#"⟧>B</a>;\nconst C = () => <a ⟦href="#"⟧>C</a>;\nconst D = () => <a ⟦href="#"⟧>D</a>;',
      'const A = () => <⟦a⟧ className="rename" onClick={beginRename}>Rename</a>;',
    ],
  },
});
