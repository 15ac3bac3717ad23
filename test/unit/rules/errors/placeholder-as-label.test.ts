import rule from '../../../../src/core/rules/errors/placeholder-as-label.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<label for="e">Email</label><input id="e" placeholder="name@example.com">',
      '<label>Email <input placeholder="name@example.com"></label>',
      '<input aria-label="Search" placeholder="Search products">',
      '<input type="submit" placeholder="x">',
      // Search fields: what people type is the purpose, so the vanishing hint costs nothing.
      '<input type="search" placeholder="Search the shop">',
      '<form role="search"><input name="q" placeholder="Find a recipe"></form>',
    ],
    invalid: [
      {
        code: '<input id="email" ⟦placeholder="Email address"⟧>',
        details: [/“Email address” is the only label/],
        fixed: '<label for="email">Email address</label><input id="email" placeholder="Email address">',
      },
      '<textarea ⟦placeholder="Your message"⟧></textarea>',
      '<label for="other">Name</label><input id="mine" ⟦placeholder="Name"⟧>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <><label htmlFor="q">Search</label><input id="q" placeholder="Oak table" /></>;',
      'const A = () => <><label htmlFor={id}>Search</label><input id={id} placeholder="Oak table" /></>;',
      'const A = () => <TextField label="Email" placeholder="name@example.com" />;',
      'const A = () => <input {...field} placeholder="Email" />;',
      'const A = () => <div><SearchIcon /><input type="text" data-test-id="search-input" placeholder={placeholder} /></div>;',
      'function ProductSearch({ hint }) { return <input value={q} placeholder={hint} />; }',
    ],
    invalid: [
      {
        code: 'const A = () => <input id="q" ⟦placeholder="Search"⟧ />;',
        fixed: 'const A = () => <label htmlFor="q">Search</label><input id="q" placeholder="Search" />;',
      },
      'const A = () => <textarea ⟦placeholder={t("message")}⟧ />;',
      'const A = () => <form><input name="email" ⟦placeholder="Email"⟧ /><button>Join</button></form>;',
    ],
  },
});
