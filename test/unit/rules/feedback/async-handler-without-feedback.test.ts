import rule from '../../../../src/core/rules/feedback/async-handler-without-feedback.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  jsx: {
    valid: [
      'const A = () => <button onClick={async () => { setSaving(true); await save(); setSaving(false); }}>Save</button>;',
      'const A = () => <button onClick={async () => { await save(); toast.success("Saved"); }}>Save</button>;',
      'const A = () => <button onClick={onSave}>Save</button>;',
      'const A = () => <button onClick={() => setOpen(true)}>Menu</button>;',
      'function A() { async function go() { await save(); router.push("/done"); } return <button onClick={go}>Save</button>; }',
      'const A = () => <button disabled={saving} onClick={async () => { await save(); }}>Save</button>;',
    ],
    invalid: [
      {
        code: 'const A = () => <button ⟦onClick⟧={async () => { await save(); }}>Save</button>;',
        details: [/the handler waits for work/],
      },
      {
        code: 'function A() { async function handleSave() { await api.post("/x"); } return <button ⟦onClick⟧={handleSave}>Save</button>; }',
        details: [/handleSave/],
      },
      'function A() { const submit = (e) => { e.preventDefault(); fetch("/subscribe"); }; return <form ⟦onSubmit⟧={submit}><button>Join</button></form>; }',
      'const A = () => <div role="button" tabIndex={0} ⟦onClick⟧={() => fetch("/like").then(() => {})}>Like</div>;',
    ],
  },
});
