import rule from '../../../../src/core/rules/wording/inconsistent-terms.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<a href="/login">Sign in</a><p>Sign in to see your orders.</p>',
      '<p>Your basket is empty.</p><a href="/basket">Basket</a>',
      '<p>Email us</p><label>Email</label>',
      '<p>We sell bags and baskets.</p>',
      // Placeholders, fields and code are not the product's words.
      '<p>Sign in to continue.</p><p>Signed in as {{ login }}.</p>',
      '<p>Sign in to continue.</p><textarea>Log in with the admin account</textarea>',
      '<p>Sign in first.</p><p>if (!session) { redirect(loginUrl); login(user); }</p>',
      // “Login” as a noun names a thing (the last sign-in, a page), not the act, and as a verb it
      // is a slip wording/noun-as-verb reports; “register” a passkey is not signing up.
      '<p>Sign in to continue.</p><p>Last login: today</p><a href="/">Back to login</a>',
      '<p>Sign in to continue.</p><h1>Login to your workspace</h1><p>Please login.</p>',
      '<p>Create an account</p><p>Create an account to save</p><p>Could not register the passkey</p>',
    ],
    invalid: [
      {
        code: '<a href="/login">Sign in</a><p>Sign in to pay.</p><p>⟦Log in⟧ to see orders.</p>',
        details: [/“Log in” here, “sign in” in 2 other places/],
      },
      '<p>Your basket</p><p>Go to basket</p><button>Add to ⟦cart⟧</button>',
      '<p>Email</p><p>⟦E-mail⟧ address</p><label>Email</label>',
      '<p>Create an account</p><p>Create an account to save</p><a href="/r">⟦Register⟧ for free</a>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p>Sign in</p>;',
      'const A = () => <p>{signInText}</p>;',
      'const A = () => <p>Postcode</p>;',
      'const A = () => <><p>Cart</p><p>Your cart</p></>;',
    ],
    invalid: [
      'const A = () => <><p>Your basket</p><p>Basket total</p><button>Add ⟦to your bag⟧</button></>;',
      'const A = () => <><p>Postcode</p><input aria-label="Postcode" /><p>⟦ZIP code⟧</p></>;',
      'function A() { toast("⟦Logged in⟧"); return <a href="/a">Sign in</a>; }; const B = () => <p>Sign in again</p>;',
    ],
  },
});

testRule(rule, {
  catalog: {
    valid: ['{ "signIn": "Sign in" }', '{ "cart": "Cart", "yourCart": "Your cart" }', '{ "postcode": "Postcode" }'],
    invalid: [
      '{ "basket": "Your basket", "total": "Basket total", "add": "Add ⟦to your bag⟧" }',
      '{ "postcode": "Postcode", "label": "Postcode", "zip": "⟦ZIP code⟧" }',
      '{ "in": "Sign in", "again": "Sign in again", "done": "⟦Logged in⟧" }',
    ],
  },
});
