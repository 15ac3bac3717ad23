import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/errors/blaming-or-hostile-tone.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<p class="error">Enter a date in the format 31/12/2026</p>',
      '<p class="error">Invalid input</p>',
      '<p>Wrong size? Returns are free.</p>',
      '<p class="error">Your password needs 8 characters or more</p>',
      // Template syntax is a value filled in at run time, not words people read.
      '<p class="error">{{ "Invalid" if bad else "" }} Check the date</p>',
    ],
    invalid: [
      {
        code: '<p class="error">⟦Illegal⟧ characters in name</p>',
        details: [/not allowed about the characters in name/],
      },
      {
        code: '<p class="error">You entered the ⟦wrong⟧ password</p>',
        details: [/“That password does not match”/],
      },
      '<div role="alert">⟦PAYMENT NOT ACCEPTED⟧ by your bank</div>',
      {
        code: '<p class="error">⟦You failed to⟧ enter a code⟦!!!⟧</p>',
        details: [/tell people what to do: “Enter a code”/, /sounds alarmed/],
      },
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("Enter an email address like name@example.com"); }',
      'const A = () => <p>Forbidden City tours</p>;',
      'const A = () => <p role="alert">{message}</p>;',
      'function A() { toast.error("Something went wrong"); }',
      // “went wrong” blames no one; nor does a fault named in a thing, not the person.
      'function A() { toast.error("Something went wrong while saving your draft. Try again."); }',
      'function A() { setError("Invalid email address"); }',
      'function A() { setError("Value is invalid"); }',
      'function A() { toast.error("The manifest has an invalid format. Check the docs."); }',
      // The person's own choice, described: not a refusal.
      'function A() { toast.error("Nothing changed: you denied the request, so the app was told so."); }',
      // The stock status of a refused request blames no one.
      'function A() { toast.error("Microphone access denied"); }',
      'function A() { setError("Permission denied. Ask the owner of this space for access."); }',
      // Developer logs and warnings are not shown to people.
      'function A() { Logger.warn("Invalid position range for the anchor"); }',
      'function A() { invariant(store, "Fatal: no store"); }',
      // alert() with text that does not read as a failure is not an error message.
      'function A() { alert("Welcome back!! Your basket is saved"); }',
    ],
    invalid: [
      {
        code: 'function A() { setError("You entered an ⟦invalid⟧ email address"); }',
        details: [/say what is wrong with the email address and how to fix it/],
      },
      {
        code: 'function A() { setError("Your username and password are ⟦wrong⟧"); }',
        details: [/“That username and password does not match”/],
      },
      {
        code: 'function A() { setError("Your email is ⟦invalid⟧"); }',
        details: [/what is wrong with your email/],
      },
      {
        code: 'function A() { toast.error("Access ⟦forbidden⟧: ask your admin"); }',
        details: [/“You do not have access to this”/],
      },
      'const A = () => <span className="error-text">⟦Fatal⟧ error while saving your basket</span>;',
      'function A() { toast.error("Your card was ⟦denied⟧"); }',
    ],
  },
});

describe('errors/blaming-or-hostile-tone suggestions', () => {
  it('should build the suggestion and why from the message, not from an unrelated example', () => {
    const { findings } = lintWithRule(
      rule,
      'function A() { toast.error("You chose an invalid position range for comment anchor"); }',
      'tsx',
      {},
    );
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.detail ?? '', /the position range for comment anchor/);
    assert.doesNotMatch(findings[0]!.detail ?? '', /date|12\/31/);
    assert.match(
      findings[0]!.why,
      /“invalid” makes “You chose an invalid position range for comment anchor” sound like/,
    );
  });
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "errors": { "url": "Invalid URL" } }',
      '{ "errors": { "generic": "Something went wrong while saving. Try again." } }',
      '{ "sizeHint": "Wrong size? Returns are free." }',
      '{ "errors": { "token": "Invalid or expired token. Please check your token in the link." } }',
      // The “your” is in the instruction after the comma or colon, not in what is wrong.
      '{ "errors": { "fileName": "Invalid file name, please rename your file and try again" } }',
      '{ "errors": { "targeting": "Invalid targeting: please check your audience filters" } }',
      // “Incorrect” states a fact without a judgement: the stock sign-in message stays.
      '{ "loginError": { "defaultMessage": "Your username and/or password are incorrect. Please try again.", "description": "error" } }',
      // “Aborted” says the person stopped it: a status, not an alarm.
      '{ "errors": { "requestAborted": "Request aborted" } }',
    ],
    invalid: [
      '{ "errors": { "password": "You entered the ⟦wrong⟧ password" } }',
      '{ "errors": { "name": "⟦Illegal⟧ characters in name" } }',
      '{ "errors": { "email": "Your email is ⟦invalid⟧" } }',
    ],
  },
});
