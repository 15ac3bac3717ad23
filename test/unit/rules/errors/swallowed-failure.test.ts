import assert from 'node:assert/strict';
import rule from '../../../../src/core/rules/errors/swallowed-failure.js';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  jsx: {
    valid: [
      // A comment says the silence is on purpose.
      'function Save() { async function save() { try { await api.save(); } catch { /* the next autosave retries */ } } return <button onClick={save}>Save</button>; }',
      // The catch tells the person.
      'function Save() { async function save() { try { await api.save(); } catch { setError("Could not save. Try again."); } } return <button onClick={save}>Save</button>; }',
      // A rejected confirmation means the person said no.
      'const A = () => <button onClick={() => confirmDelete().then(remove).catch(() => {})}>Delete</button>;',
      // Nothing awaited can fail out of sight.
      'const A = () => <button onClick={() => { try { localStorage.setItem("tab", "2"); } catch {} }}>Keep tab</button>;',
      // The handler comes from elsewhere: what it does is not visible here.
      'const A = ({ onSave }) => <button onClick={onSave}>Save</button>;',
      // Not a person's action.
      'const A = () => <img src="a.png" alt="" onLoad={() => track().catch(() => {})} />;',
    ],
    invalid: [
      {
        code: 'function Save() { async function save() { try { await api.save(); } ⟦catch { }⟧ } return <button onClick={save}>Save</button>; }',
        details: [/the failure of “Save” is caught and dropped/],
      },
      'const A = () => <button onClick={() => api.remove(id).⟦catch(() => {})⟧}>Remove</button>;',
      'const A = () => <form onSubmit={async (e) => { try { await send(e); } ⟦catch (err) {}⟧ }}><button>Send</button></form>;',
      'const A = () => <Button onClick={() => fetch("/api/pay").⟦catch(noop)⟧}>Pay</Button>;',
    ],
  },
});

describe('errors/swallowed-failure why', () => {
  it('should name the action whose failure is dropped', () => {
    const { findings } = lintWithRule(
      rule,
      'const A = () => <button onClick={() => api.archive(id).catch(() => undefined)}>Archive</button>;',
      'tsx',
      {},
    );
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.why, /If “Archive” fails, nothing tells the person/);
  });
});
