import rule from '../../../../src/core/rules/feedback/async-handler-without-feedback.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  jsx: {
    valid: [
      'const A = () => <button onClick={async () => { setSaving(true); await save(); setSaving(false); }}>Save</button>;',
      'const A = () => <button onClick={async () => { await save(); toast.success("Saved"); }}>Save</button>;',
      'const A = () => <button onClick={onSave}>Save</button>;',
      // A spinner while the request runs is a pending state.
      'const A = () => <a href="#" onClick={() => { setShowSpinner(true); send().then(() => setShowSpinner(false)); }}>Resend</a>;',
      'const A = () => <button onClick={() => setOpen(true)}>Menu</button>;',
      'function A() { async function go() { await save(); router.push("/done"); } return <button onClick={go}>Save</button>; }',
      'const A = () => <button disabled={saving} onClick={async () => { await save(); }}>Save</button>;',
      // The app's own toasts, snackbars and notifications.
      'const A = () => <button onClick={async () => { await archive(id); showToast("Archived"); }}>Archive</button>;',
      'const A = () => <button onClick={async () => { await archive(id); enqueueSnackbar("Archived"); }}>Archive</button>;',
      'const A = () => <button onClick={async () => { try { await archive(id); } catch (e) { notification.error({ message: "No" }); } }}>Archive</button>;',
      'const A = () => <button onClick={async () => { await archive(id); notify({ text: "Archived" }); }}>Archive</button>;',
      'const A = () => <button onClick={async () => { await archive(id); goToList(); }}>Archive</button>;',
      // Loading buttons and dialogs await the promise they get back and show progress themselves.
      'const A = () => <LoadingButton onClick={async () => { await archive(id); }}>Archive</LoadingButton>;',
      'const A = () => <StatefulButton onClick={() => archive(id)}>Archive</StatefulButton>;',
      'const A = () => <IconButton onClick={async () => { await archive(id); }} aria-label="Archive" />;',
      'const A = () => <ConfirmDialog onSubmit={async () => { await archive(id); }} />;',
      'const A = () => <Button isLoading={busy} onClick={async () => { await archive(id); }}>Archive</Button>;',
      'const A = () => <Button pending={busy} onClick={async () => { await archive(id); }}>Archive</Button>;',
      // The implementation of a loading button is not a finding either.
      'export function SpinButton({ onClick, loading, children }) { return <button aria-busy={loading} onClick={async (e) => { await onClick(e); }}>{children}</button>; }',
      // The form's own controls show progress, or come from elsewhere.
      'const A = () => <form onSubmit={async (e) => { e.preventDefault(); await send(); }}><input disabled={sending} /><button>Send</button></form>;',
      'const A = () => <form onSubmit={async (e) => { e.preventDefault(); await send(); }}>{children}</form>;',
      'const A = () => <form onSubmit={async (e) => { e.preventDefault(); await send(); }}><input /><SaveBar state={barState} /></form>;',
      // The parent passed the work in, and reports its result.
      'function A({ onSubmit }) { async function submit(e) { e.preventDefault(); await onSubmit(values); } return <form onSubmit={submit}><button>Send</button></form>; }',
      // A flag named for the work under way swaps in a spinner.
      'const A = () => <button onClick={async () => { setIsDeleting(true); await remove(id); }}>Delete</button>;',
      'const A = () => <button onClick={async () => { setRemoving(true); await removeAddress(id); }}>Remove</button>;',
      // A "Copied" state, and the system's folder picker, are the feedback.
      'const A = () => <button onClick={async () => { await navigator.clipboard.writeText(url); setCopied(true); }}>Copy</button>;',
      'const A = () => <button onClick={async () => { const path = await dispatch(browseDirectory()); setLocation(path); }}>Browse</button>;',
      // A collection's delete is not a request.
      'const A = () => <button onClick={() => { searchParams.delete("q"); selectedIds.delete(id); }}>Clear</button>;',
    ],
    invalid: [
      'const A = () => <button ⟦onClick⟧={() => { api.delete(`/items/${id}`); }}>Delete</button>;',
      // A mode a person is in is not work under way.
      'const A = () => <button ⟦onClick⟧={async () => { setEditing(true); await load(id); }}>Edit</button>;',
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
      // Logging to the console is not feedback.
      'const A = () => <button ⟦onClick⟧={async () => { try { await save(); } catch (e) { console.error(e); } }}>Save</button>;',
      // A mapped design-system button is the button itself.
      'const A = () => <Button ⟦onClick⟧={async () => { await archive(id); }}>Archive</Button>;',
    ],
  },
  config: { components: { Button: 'button' } },
});
