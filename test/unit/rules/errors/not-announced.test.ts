import rule from '../../../../src/core/rules/errors/not-announced.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error" role="alert">Enter a postcode</p>',
      '<div aria-live="assertive"><p class="error">Enter a postcode</p></div>',
      '<input aria-describedby="pc-error"><p id="pc-error" class="error">Enter a postcode</p>',
      '<div class="form-group has-error"><input></div>',
      '<span class="error-icon" aria-hidden="true">!</span>',
    ],
    invalid: [
      {
        code: '<⟦p⟧ class="error">Enter a postcode</p>',
        details: [/<p> looks like an error message but is not announced/],
        fixed: '<p role="alert" class="error">Enter a postcode</p>',
      },
      '<⟦div⟧ class="alert alert-danger">Your card was declined</div>',
      '<⟦span⟧ id="email-error">Enter an email</span>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => err && <p className="error" role="alert">{err}</p>;',
      'const A = () => <><input aria-describedby={errId} /><p id={errId} className="error">{err}</p></>;',
      'const A = () => <ErrorText>{err}</ErrorText>;',
      'const A = () => <p className="error-text" {...props}>{err}</p>;',
    ],
    invalid: [
      'const A = () => err && <⟦p⟧ className="error">{err}</p>;',
      'const A = () => <⟦div⟧ data-testid="form-errors"><ul><li>{first}</li></ul></div>;',
      'const A = () => <⟦span⟧ className="text-danger">Try again</span>;',
    ],
  },
});
