import rule from '../../../../src/core/rules/errors/input-purpose-unclear.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<input type="email" name="email">',
      '<input name="phone" autocomplete="tel">',
      '<input name="card" inputmode="numeric">',
      '<input name="first-name">',
      // A label only known at run time may ask for something else (a user name): trusted.
      '<label for="login">{{ username_prompt or "Email" }}</label><input type="text" id="login" name="email">',
    ],
    invalid: [
      {
        code: '<input ⟦type="text"⟧ name="email">',
        details: [/an email address: use type="email"/],
        fixed: '<input type="email" name="email">',
      },
      {
        code: '<label for="p">Phone number</label><⟦input⟧ id="p">',
        fixed: '<label for="p">Phone number</label><input type="tel" id="p">',
      },
      {
        code: '<label>Card number <⟦input⟧ name="cc"></label>',
        fixed: '<label>Card number <input inputmode="numeric" name="cc"></label>',
      },
    ],
  },
  jsx: {
    valid: [
      'const A = () => <input type="tel" name="mobile" />;',
      'const A = () => <input type={kind} name="email" />;',
      'const A = () => <input name="postcode" autoComplete="postal-code" />;',
      'const A = () => <input name="nickname" />;',
      'const A = () => <label>{loginLabel}<input name="email" /></label>;',
    ],
    invalid: [
      'const A = () => <⟦input⟧ name="emailAddress" />;',
      {
        code: 'const A = () => <⟦input⟧ placeholder="Postcode" />;',
        // Autofill, not a keyboard: a postcode's keyboard is the text one already.
        details: [/a postcode: use autocomplete="postal-code"/],
        fixed: 'const A = () => <input autoComplete="postal-code" placeholder="Postcode" />;',
      },
      {
        code: 'const A = () => <⟦input⟧ name="cardsIssued" aria-label="How many cards" />;',
        details: [/a whole number: use inputmode="numeric"/],
      },
      'const A = () => <input ⟦type="text"⟧ aria-label="Date of birth" />;',
    ],
  },
});

// Library fields: their inner input's attributes are set through a prop of their own.
testRule(rule, {
  config: { designSystems: ['mui'] },
  jsx: {
    valid: [
      'import { TextField } from "@mui/material";\nexport const A = () => <TextField label="ZIP / Postal code" name="postalCode" InputProps={{ autoComplete: "postal-code" }} />;',
      'import { TextField } from "@mui/material";\nexport const A = () => <TextField label="Phone" name="phone" inputProps={{ inputMode: "tel" }} />;',
    ],
    invalid: [
      'import { TextField } from "@mui/material";\nexport const A = () => <⟦TextField⟧ label="Phone" name="phone" />;',
    ],
  },
});
