import rule from '../../../../src/core/rules/navigation/no-current-location.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<nav><a href="/" aria-current="page">Home</a><a href="/shop">Shop</a></nav>',
      '<nav><a href="/">Home</a></nav>',
      '<div><a href="/">Home</a><a href="/shop">Shop</a></div>',
      '<nav><ul><li><a href="/">Home</a></li><li><a href="/shop" aria-current="page">Shop</a></li></ul></nav>',
      '<nav><a href="/">Home</a><a href="/shop">Shop</a></nav>',
      '<nav aria-label="Footer"><a href="/case">Case</a><a href="/terms">Terms</a></nav>',
      '<nav aria-label="Breadcrumb"><a href="/">Home</a><a href="/case">Case</a></nav>',
    ],
    invalid: [
      { code: '<⟦nav⟧><a href="/">Home</a><a href="/case">Case studies</a></nav>', details: [/none of its 2 links/] },
      '<⟦nav⟧ aria-label="Main"><ul><li><a href="/">Home</a></li><li><a href="/case.html" class="active">Case</a></li></ul></nav>',
      '<⟦div⟧ role="navigation"><a href="/a">A</a><a href="/case/">B</a></div>',
    ],
  },
  jsx: {
    valid: [
      'const N = () => <nav><NavLink to="/">Home</NavLink><NavLink to="/shop">Shop</NavLink></nav>;',
      'const N = () => <nav>{links.map((l) => <a key={l.href} href={l.href} aria-current={l.href === path ? "page" : undefined}>{l.label}</a>)}</nav>;',
      'const N = () => <nav><a href="/" className={isActive("/") ? "active" : ""}>Home</a><a href="/shop">Shop</a></nav>;',
      'const N = () => <nav><a href="/">Home</a></nav>;',
      'const N = () => <nav aria-label="Footer"><a href="/help">Help</a><a href="/terms">Terms</a></nav>;',
      // A pager of previous / next links: nothing on it is the current page (a storefront's).
      'const P = () => <nav><Link href={prevPageUrl}>{t("previous")}</Link><Link href={nextPageUrl}>{t("next")}</Link></nav>;',
      'const P = () => <nav><a href="?page=1" rel="prev">Older posts</a><a href="?page=3">Newer posts</a></nav>;',
    ],
    invalid: [
      'const N = () => <⟦nav⟧><a href="/">Home</a><a href="/shop">Shop</a></nav>;',
      'const N = () => <⟦nav⟧><ul><li><Link href="/">Home</Link></li><li><Link href="/a">About</Link></li></ul></nav>;',
      'const N = () => <⟦nav⟧ aria-label="Account"><a href="/orders">Orders</a><a href="/settings">Settings</a></nav>;',
      // A numbered pager has a current page to mark.
      'const P = () => <⟦nav⟧><a href="?page=1">Previous</a><a href="?page=1">1</a><a href="?page=2">2</a><a href="?page=3">Next</a></nav>;',
    ],
  },
});
