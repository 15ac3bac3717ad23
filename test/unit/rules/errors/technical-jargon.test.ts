import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/errors/technical-jargon.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  options: { extraPatterns: [{ pattern: '\\bFG-\\d{3}\\b', label: 'our error code' }] },
  html: {
    valid: [
      '<p class="error">We could not load your orders. Refresh the page to try again.</p>',
      '<p>Our null-waste promise</p>',
      '<code>TypeError</code>',
      '<p>Call us on 0800 500 600.</p>',
      // Template syntax is a value filled in at run time, not words people read.
      '<p class="error">Could not save {{ item or undefined }}</p>',
      '<div class="alert-danger">{% if user is null %}Sign in first{% endif %}</div>',
    ],
    invalid: [
      { code: '<p class="error">⟦Error 500⟧: please try again</p>', details: [/an HTTP status code/] },
      '<div role="alert">Could not save: ⟦TypeError⟧ in checkout</div>',
      '<p class="error">File missing (⟦ENOENT⟧)</p>',
      '<p class="error">Value was ⟦undefined⟧, try again</p>',
      { code: '<p class="error">Payment refused (⟦FG-402⟧)</p>', details: [/our error code/] },
    ],
  },
  jsx: {
    valid: [
      'function A() { setError("We could not save your address. Try again."); }',
      'function A() { console.error("TypeError"); }',
      'const A = () => <p role="alert">{error.message}</p>;',
      'const A = () => <p>Nothing is null here? Just words.</p>;',
      // Developer logs, whatever their casing, are not shown to people.
      'function A() { Logger.error("Failed to fetch orders", err); }',
      // “Failed to fetch” followed by words is plain English, not the browser's message.
      'function A() { toast.error("Failed to fetch your orders. Try again."); }',
      // A caught error that is logged, or turned into a message for people, is fine.
      'const A = () => <button onClick={async () => { try { await save(); } catch (err) { console.error(err.message); } }}>Save</button>;',
      'const A = () => <button onClick={async () => { try { await save(); } catch (err) { setError(messageFor(err)); } }}>Save</button>;',
      // Its message: API clients and server actions write it for people.
      'const A = () => <button onClick={async () => { try { await save(); } catch (err) { toast.error(err instanceof Error ? err.message : "Could not save"); } }}>Save</button>;',
      'const A = () => <button onClick={async () => { try { await save(); } catch (err) { toast.error(err instanceof Error ? err.message : String(err)); } }}>Save</button>;',
      // A stack shown on purpose, in a details block.
      'const A = () => <details><summary>Details</summary><pre>{error.stack}</pre></details>;',
    ],
    invalid: [
      'function A() { toast.error("⟦Failed to fetch⟧"); }',
      'function A() { setError(`Request failed with ⟦status code 502⟧`); }',
      'const A = () => <div className="error">⟦SQLSTATE⟧[23000] duplicate entry</div>;',
      {
        code: 'function Form() { async function send() { try { await api.send(); } catch (err) { setError(`${⟦err.stack⟧}`); } } return <button onClick={send}>Send</button>; }',
        details: [/“err\.stack” is the error's own text/],
      },
      'const A = () => <button onClick={() => api.save().catch((e) => toast.error(⟦String(e)⟧))}>Save</button>;',
      'const A = () => <form onSubmit={async () => { try { await pay(); } catch (error) { setStatus(ok ? "" : ⟦error.toString()⟧); } }} />;',
      'const A = () => <p className="error">{⟦error.stack⟧}</p>;',
      'const A = () => <span>{⟦String(err)⟧}</span>;',
    ],
  },
});

describe('errors/technical-jargon why', () => {
  it('should quote the text it found', () => {
    const { findings } = lintWithRule(rule, '<p class="error">Could not save (ENOENT)</p>', 'html', {});
    assert.match(findings[0]!.why, /“ENOENT” in “Could not save \(ENOENT\)”/);
  });
});

testRule(rule, {
  catalog: {
    valid: [
      '{ "errors": { "save": "We could not save your address. Try again." } }',
      '{ "errors": { "fetch": "Failed to fetch your orders. Try again." } }',
      '{ "help": "Null values are left out of the export" }',
    ],
    invalid: [
      '{ "errors": { "network": "⟦Failed to fetch⟧" } }',
      '{ "errors": { "server": "Request failed with ⟦status code 502⟧" } }',
      '{ "dbError": { "defaultMessage": "⟦SQLSTATE⟧[23000] duplicate entry", "description": "error" } }',
    ],
  },
});
