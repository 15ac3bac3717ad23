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
      // An error page or section with its own heading is read as the page loads.
      '<main><div id="error"><h1>Page not found</h1><p>Check the address and try again.</p></div></main>',
      // A button or badge coloured as an error is not a message.
      '<p>Unsupported commands are <small class="btn btn-error">grey</small>.</p>',
      // `invalid` marking a value, with no error words, is a state, not a message.
      '<td><div class="cell-invalid">12/34/5678</div></td>',
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
      'const A = () => <div className="json-cell-invalid">{"" + text}</div>;',
      'const A = () => <span className="badge badge-danger">Overdue</span>;',
      // An icon alone has nothing to read out; its message is elsewhere (a tooltip, a heading).
      'const A = () => failed && <div className="script-error-icon"><IconAlertCircle size={16} /></div>;',
    ],
    invalid: [
      'const A = () => err && <⟦p⟧ className="error">{err}</p>;',
      // A component that may render words is not an icon.
      'const A = () => failed && <⟦div⟧ className="error"><IconAlert /><ErrorText code={code} /></div>;',
      'const A = () => <⟦div⟧ data-testid="form-errors"><ul><li>{first}</li></ul></div>;',
      'const A = () => <⟦span⟧ className="text-danger">Try again</span>;',
      // A section with a heading that appears under a condition still needs announcing.
      'const A = () => <div>{failed && <⟦section⟧ className="error-panel"><h3>Could not load the report</h3></section>}</div>;',
      // `invalid` with text that reads as an error is a message.
      'const A = () => bad && <⟦p⟧ className="invalid-feedback">That postcode is invalid</p>;',
    ],
  },
});
