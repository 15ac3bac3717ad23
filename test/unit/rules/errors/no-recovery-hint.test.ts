import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/errors/no-recovery-hint.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Your card was declined. Try another card or call your bank.</p>',
      '<p role="alert">Your session expired. <a href="/login">Sign in again</a></p>',
      '<p class="error">Something went wrong</p>',
      '<p>Delivery is free over £50.</p>',
      // Labels and topics, not messages: a table header, a heading, “error rate”.
      '<table><tr><th>Failed payments</th></tr><tr><td>Payment failed</td></tr></table>',
      '<h3>Clear error messages</h3>',
      '<p>The error rate fell by 5% this week.</p>',
      // Template syntax is a run-time value, not prose.
      '<div class="error-state"><h4>{{ error_message }}</h4></div>',
      '<p class="error">Saving failed: <%= reason %></p>',
      // A page title and a button label name things.
      '<title>Error - Acme shop</title>',
      '<button id="fail">Show a failed upload</button>',
      // One error panel is one message: its next step and its link serve every paragraph.
      '<div class="error-panel"><h1>Sorry, there is a problem with the service</h1><p>Your card has not been charged.</p><p>Try again in a few minutes.</p></div>',
      '<div role="alert"><p>Your card was declined.</p><p>Your basket is saved.</p><a href="/pay">Pay another way</a></div>',
      '<div class="error-panel"><p class="error-text">Your card has not been charged.</p><p>Try again later.</p></div>',
      // A button styled as dangerous is a destructive action, not an error message.
      '<form><button class="danger">Empty trash</button></form>',
      '<a class="btn-danger" href="/account/close">Close account</a>',
      // An explanation, a question and an empty state are not error messages.
      '<p>If the password is wrong, the file will not open.</p>',
      '<p class="result">Right or wrong?</p>',
      '<p>Sorry, we couldn’t find anything.</p>',
      // “please” followed by what to do is a next step, wherever it sits.
      '<p class="error">Unable to sign in. Please head to your team’s own address, then sign in again.</p>',
      // A failed operation alone: trying again is the obvious next step.
      '<p class="error">Save failed.</p>',
      '<h2 class="error">Payment failed</h2>',
      // A message that states the rule a value must follow says what to enter.
      '<span class="field-error">Postcode is required</span>',
      '<span class="field-error">Amount must be higher than 0</span>',
      '<span class="field-error">The date cannot be more than 30 days in the past</span>',
      '<span class="field-error">Name can only contain lowercase letters and numbers</span>',
      '<span class="field-error">Only lowercase letters, digits and dashes allowed</span>',
      '<span class="field-error">This code already exists</span>',
      // An instruction after a comma, a dash or “or” is a next step too.
      '<p class="error">The rule has errors, open it to see them</p>',
      '<p class="error">This address is insecure - use https if you can</p>',
      '<p class="error">The setup is not finished. Finish it now or come back later.</p>',
      '<p class="error">Some workspaces are linked to another dataset. Reassign them first.</p>',
      '<p class="error">Invalid domain. Do not include http or https.</p>',
    ],
    invalid: [
      { code: '<p class="error">⟦Your card was declined.⟧</p>', details: [/says what failed, not what to do/] },
      '<div role="alert">⟦The upload failed because the file is too large.⟧</div>',
      '<p class="error">⟦Your session has expired.⟧</p>',
      '<h2 class="error">⟦This order cannot be cancelled⟧</h2>',
      '<p>⟦The error message could not be sent: the upload failed.⟧</p>',
      // Separate error containers are judged apart: the second one offers nothing.
      '<div class="error">Saved.<a href="/undo">Undo</a></div><div class="error">⟦Your card was declined.⟧</div>',
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("Your card has expired. Use another card."); }',
      'const A = () => <button className="danger-button">{busy ? "Cancelling…" : "Cancel plan"}</button>;',
      'const A = () => <DangerButton>Delete project</DangerButton>;',
      'function A() { toast.error(`Could not save ${name}`); }',
      'const A = () => <p role="alert">{error}</p>;',
      'const A = () => <TextField helperText="Use 8 characters or more" />;',
      // alert() with text that does not read as a failure is not an error message.
      'function A() { alert("Link copied to your clipboard"); }',
      // Developer logs and warnings are never shown to people.
      'function A() { Logger.warn("Failed to load version info", { err }); }',
      'function A() { warning(found, "Could not find the theme"); }',
      // A message that leads in to a run-time value (“…failed:”, response.message).
      'function A() { notification.error("Connection test failed:", response.message); }',
      // Headings and labels, even through a translation component.
      'const A = () => <Heading><Trans>Loading failed</Trans></Heading>;',
      'const A = () => <Text>Error ID</Text>;',
      // i18next-style placeholders are run-time values.
      'function A() { toast.error("{{count}} uploads failed"); }',
      // A failed operation alone: trying again is the obvious next step.
      "function A() { toast.error('We could not reach the bank.'); }",
      'function A() { setError("Couldn’t send the invite"); }',
      'function A() { toast.error("Unable to upload the new logo"); }',
      'function A() { toast.error("Error creating comment"); }',
      'function A() { setError("There was an error loading this course."); }',
      'function A() { toast.error("An error occurred while deleting the survey"); }',
    ],
    invalid: [
      'function A() { setError("⟦Your card was declined⟧"); }',
      "function A() { toast.error('⟦The bank declined the payment.⟧'); }",
      'const A = () => <TextField errorMessage="⟦That username is taken⟧" />;',
      'function A() { alert("⟦Your payment was declined.⟧"); }',
      // A component named for the message it shows is not a label.
      'const A = () => <ErrorLabel>⟦Card declined⟧</ErrorLabel>;',
      // A reason is more than a failed operation.
      'function A() { setError("⟦There was a problem loading the course because it has ended.⟧"); }',
    ],
  },
});

describe('errors/no-recovery-hint why', () => {
  it('should quote the message it found', () => {
    const { findings } = lintWithRule(rule, '<p class="error">Your card was declined.</p>', 'html', {});
    assert.match(findings[0]!.why, /“Your card was declined\.” says what failed/);
  });
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "errors": { "card": "Your card has expired. Use another card." } }',
      '{ "actions": { "save": "Save" } }',
      // i18next placeholders are run-time values; plurals each keep a way out.
      '{ "upload": { "failed_one": "{{count}} upload failed. Try again.", "failed_other": "{{count}} uploads failed. Try again." } }',
      '{ "saveError": { "defaultMessage": "Could not save the draft. Try again in a minute.", "description": "error toast" } }',
      // “problem” names a feature here, and a title key names a label: neither is an error message.
      '{ "appProblems": { "startedAt": { "defaultMessage": "Started at", "description": "Label for when a recurring problem started" } } }',
      '{ "errors": { "listTitle": "Recent deliveries" } }',
      // One word is a status or a title (“Failed”), and a note or key can say it names something.
      '{ "refund": { "failure": { "defaultMessage": "Failure", "description": "Refund status failure" } } }',
      '{ "saveFailedTitle": { "defaultMessage": "Could not save the voucher", "description": "error toast title" } }',
      '{ "iconError": { "defaultMessage": "Error icon", "description": "aria-label for the error icon in a badge" } }',
      // A failure word in help text does not make it an error message.
      '{ "currency": { "defaultMessage": "Prices use this currency. It can’t be changed later.", "description": "helper text" } }',
      '{ "exportFailedDesc": { "defaultMessage": "Sent when a CSV export fails.", "description": "notification setting description" } }',
      '{ "draftOnly": { "defaultMessage": "Only draft orders can be edited", "description": "error message" } }',
    ],
    invalid: [
      // A translator's note that says it is an error message makes it one.
      '{ "billingNotSet": { "defaultMessage": "⟦Billing address is not set⟧", "description": "error message" } }',
      // The note says it is the body of a toast: judged.
      '{ "saveFailedBody": { "defaultMessage": "⟦The code is already used by another voucher.⟧", "description": "error toast description" } }',
      '{ "errors": { "payment": "⟦Your card was declined⟧" } }',
      '{ "uploadFailed": { "defaultMessage": "⟦The file is too large.⟧", "description": "toast" } }',
      '{ "bankError": "⟦The bank is not available.⟧" }',
    ],
  },
});
