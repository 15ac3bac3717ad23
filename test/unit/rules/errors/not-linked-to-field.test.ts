import rule from '../../../../src/core/rules/errors/not-linked-to-field.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<input id="e" aria-invalid="true" aria-describedby="e-error"><p id="e-error" class="error">Enter an email address</p>',
      '<input aria-invalid="true" aria-errormessage="m"><p id="m" role="alert">Enter a date</p>',
      '<input aria-invalid="false">',
      '<label>Email <input type="email"><span class="error">Enter an email</span></label>',
      '<div class="alert-danger">We are closed on Monday</div>',
      // A page-level message above a form is about the page, not the form's one field.
      '<div class="card"><div class="alert alert-danger" role="alert">Your link has expired</div><form><div class="row"><input type="password" name="password"></div></form></div>',
    ],
    invalid: [
      { code: '<input id="email" ⟦aria-invalid="true"⟧>', details: [/points to no message/] },
      {
        code: '<div><input id="email"><⟦p⟧ class="field-error">Enter an email address</p></div>',
        details: [/is not referenced by its field/],
        fixed:
          '<div><input id="email" aria-describedby="email-error"><p id="email-error" class="field-error">Enter an email address</p></div>',
      },
      {
        code: '<div><input id="zip" aria-describedby="zip-hint"><span id="zip-hint">5 digits</span><⟦span⟧ id="zip-err" role="alert">Enter a ZIP code</span></div>',
        fixed:
          '<div><input id="zip" aria-describedby="zip-hint zip-err"><span id="zip-hint">5 digits</span><span id="zip-err" role="alert">Enter a ZIP code</span></div>',
      },
      '<div class="field"><label for="p">Phone</label><div><input id="p" type="tel"></div><⟦small⟧ class="error-text">Enter a phone number</small></div>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <><input aria-invalid={!!err} aria-describedby="err" /><p id="err" role="alert">{err}</p></>;',
      'const A = () => <input aria-invalid={!!err} aria-describedby={errId} />;',
      'const A = () => <input aria-invalid={!!err} {...field} />;',
      'const A = () => <div><input aria-invalid={false} /></div>;',
      'const A = () => <div><input /><input /><p className="error">Fix the dates</p></div>;',
      // Messages rendered once per item are a list, not one field's message.
      'const A = () => <div><input name="tags" />{errors.map((e) => <p className="error">{e}</p>)}</div>;',
    ],
    invalid: [
      'const A = () => <input ⟦aria-invalid={!!error}⟧ />;',
      'const A = () => <div><input name="email" />{error && <⟦p⟧ className="error">{error}</p>}</div>;',
      'const A = () => <div><select id="size"><option>S</option></select><⟦span⟧ role="alert">Choose a size</span></div>;',
      'const A = () => <div className="field"><textarea id="msg" /><⟦p⟧ data-testid="msg-error">Write a message</p></div>;',
    ],
  },
});
