import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/errors/vague-message.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Your card was declined. Try another card or contact your bank.</p>',
      '<p role="alert">Error: the postcode must have 5 to 7 characters</p>',
      '<h2>Error handling in our API</h2>',
      '<p>Everything is saved.</p>',
      '<span title="Upload failed because the file is larger than 10 MB">!</span>',
      // Template syntax is a run-time value: the specifics arrive with it.
      '<p class="error">Error: {{ reason }}</p>',
      '<p class="error">Failed <%= details %></p>',
    ],
    invalid: [
      '<p class="error">⟦Something went wrong.⟧</p>',
      {
        code: '<div role="alert">⟦Oops! Something went wrong. Please try again.⟧</div>',
        details: [/does not say what happened/],
      },
      '<p>⟦An error occurred⟧</p>',
      '<input aria-describedby="x"><span title="⟦Invalid input⟧">?</span>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <p role="alert">We could not save your address because the postcode is missing.</p>;',
      'const A = () => <p role="alert">{error}</p>;',
      'function A() { setError(`Upload failed: ${file.name} is over 10 MB`); }',
      'function A() { toast.success("Saved"); }',
      'const A = () => <TextField helperText="Use at least 8 characters" />;',
      // Developer logs and warnings are never shown to people.
      'function A() { Logger.error("Request failed", err); }',
      'function A() { this.logger.warn("Something went wrong"); }',
      'function A() { warning(ok, "Invalid input"); }',
      'function A() { invariant(store, "Something went wrong"); }',
      'function A() { throw new Error("An error occurred"); }',
      // A button's label names its state; it is not a message.
      'const A = () => <button onClick={clear}>{failed ? "Failed" : "Clear data"}</button>;',
      // i18next-style placeholders are run-time values.
      'function A() { toast.error("Error: {{reason}}"); }',
      // A title over a body that says what happened (React Native's alert, a dialog helper).
      'function A() { Alert.alert("Error", error.message || "Could not refresh the saved copies."); }',
      'function A() { showAlert("Something went wrong", reason); }',
    ],
    invalid: [
      'function A() { toast.error("⟦Oops! Something went wrong.⟧"); }',
      "function A() { setError('⟦Invalid input⟧'); }",
      'const A = () => <div className="alert-error">⟦Failed⟧</div>;',
      'const A = () => <TextField errorMessage="⟦Unknown error⟧" />;',
      'const A = () => <p>{ok ? "Saved" : "⟦An error occurred⟧"}</p>;',
      // alert() text that reads as a failure is an error message.
      'function A() { alert("⟦Something went wrong⟧"); }',
      // Options after the words are no body.
      'function A() { toast.error("⟦Something went wrong⟧", { duration: 4000 }); }',
    ],
  },
});

describe('errors/vague-message why', () => {
  it('should quote the message it found, not another example', () => {
    const { findings } = lintWithRule(rule, 'function A() { setError("Request failed"); }', 'tsx', {});
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.why, /“Request failed”/);
    assert.doesNotMatch(findings[0]!.why, /Something went wrong/);
  });
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "errors": { "postcode": "We could not save your address because the postcode is missing." } }',
      '{ "saved": "Saved" }',
      '{ "errors": { "reason": "Error: {{reason}}" } }',
      '{ "title": { "defaultMessage": "Error rates", "description": "chart title" } }',
      // One word is a status, a badge or a title over the message, not the message.
      '{ "statuses": { "failure": { "defaultMessage": "Failure", "description": "Transaction status - failure" } } }',
      '{ "common": { "error": "Error" } }',
      '{ "errorBadge": { "defaultMessage": "Has errors", "description": "Badge shown when the channel has errors" } }',
    ],
    invalid: [
      // Helper text under a field is the message itself.
      '{ "invalidValue": { "defaultMessage": "⟦Invalid value⟧", "description": "value input helper text" } }',
      '{ "errors": { "generic": "⟦Oops! Something went wrong.⟧" } }',
      '{ "invalid": { "defaultMessage": "⟦Invalid input⟧", "description": "error message" } }',
      '{ "toast": { "failed": "⟦An error occurred⟧" } }',
    ],
  },
});
