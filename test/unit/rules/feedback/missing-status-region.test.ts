import rule from '../../../../src/core/rules/feedback/missing-status-region.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<form><output name="result"></output><button>Send</button></form><p id="result"></p>',
      '<div role="status"></div><form><button>Send</button></form><p class="result"></p>',
      '<p aria-live="polite"></p><form><button>Send</button></form><p id="message"></p>',
      '<p>No forms here</p><p id="result"></p>',
      '<form action="/subscribe" method="post"><button>Join</button></form><p id="status"></p>',
      // No place for the result in sight: the result may be a new page, a sound or a scroll.
      '<form id="subscribe"><button>Join</button></form>',
      '<main><h1>Contact</h1><form data-remote="true" action="/contact"><textarea></textarea><button>Send</button></form></main>',
      '<form id="a"></form><form id="b"></form>',
      // A dialog form closes its dialog; posting reloads the page.
      '<dialog><form method="dialog"><button>Close</button></form></dialog><p id="result"></p>',
      '<form method="post"><button>Log in</button></form><p class="message"></p>',
      // Errors are errors/not-announced's; a list of results should not be read out whole.
      '<form><input name="n"><button>Go</button></form><p class="error-message"></p>',
      '<form><input name="q"><button>Search</button></form><div id="results"><ul><li>…</li></ul></div>',
      // Long fixed text is prose, not a place a result is written into.
      '<form><input name="n"><button>Go</button></form><p class="notice">This page stores your choices in your browser so they are still here when you come back tomorrow.</p>',
    ],
    invalid: [
      {
        code: '<form><input id="n" type="number" aria-label="Number"><button>Square it</button></form><⟦p⟧ id="result"></p>',
        details: [/<p id="result"> shows the result, but screen readers are not told/],
        fixed:
          '<form><input id="n" type="number" aria-label="Number"><button>Square it</button></form><p role="status" id="result"></p>',
      },
      '<form><input id="a" aria-label="A"><input id="b" aria-label="B"></form><⟦div⟧ class="sum-output">Sum: 0</div>',
      '<div><⟦span⟧ id="sendMsg">Nothing sent yet</span></div><form data-remote="true" action="/notes"><textarea aria-label="Note"></textarea><button>Send</button></form>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <form onSubmit={save}><p role="status">{msg}</p><button>Save</button></form>;',
      'function A() { async function save() { await api(); toast("Saved"); } return <form onSubmit={save}><button>Save</button><p className="result">{result}</p></form>; }',
      'const A = () => <><Toaster /><form><button>Save</button></form><p className="result">{result}</p></>;',
      'const A = () => <button onClick={() => setOpen(true)}>Open</button>;',
      // A component alone cannot show where the app announces results (its shell, a notifier).
      'const A = () => <form onSubmit={save}><button>Save</button></form>;',
      'const A = () => <button onClick={async () => { await like(); }}>Like</button>;',
      'function A() { return <section><h2>Newsletter</h2><form><input type="email" /><button>Join</button></form></section>; }',
      // The implementation of a loading button: its label is read with the button.
      'export function SpinButton({ onClick, busy, children }) { return <button aria-busy={busy} onClick={async (e) => { await onClick(e); }}><span className="btn-status">{busy ? "Working" : children}</span></button>; }',
      // A status badge per row is data, not the result of the action.
      'function A() { async function reload() { await refetch(); } return <><button onClick={reload}>Reload</button>{orders.map((o) => <span className="status">{o.status}</span>)}</>; }',
      // The message is shown by a component that announces it.
      'function A() { async function save() { setMessage(await api.save()); } return <><button onClick={save}>Save</button><Alert><p>{message}</p></Alert></>; }',
    ],
    invalid: [
      {
        code: 'function A() { const [message, setMessage] = useState(""); async function save() { await api.save(); setMessage("Saved"); } return <form onSubmit={save}><button>Save</button><⟦p⟧>{message}</p></form>; }',
        fixed:
          'function A() { const [message, setMessage] = useState(""); async function save() { await api.save(); setMessage("Saved"); } return <form onSubmit={save}><button>Save</button><p role="status">{message}</p></form>; }',
      },
      'function A() { async function run() { setQueryResult(await query(sql)); } return <><button onClick={run}>Run</button><⟦pre⟧>{queryResult}</pre></>; }',
      'const A = () => <><button onClick={async () => setTotal(await price(cart))}>Update total</button><⟦strong⟧ className="total-status">{total}</strong></>;',
      // Three states of one status: one finding, and no fix that would not be heard.
      {
        code: 'function A() { async function save() { await store.save(); } let badge = <⟦span⟧ className="sync-status">Synced</span>; if (busy) badge = <span className="sync-status">Syncing</span>; return <><button onClick={save}>Sync</button>{badge}</>; }',
        details: [/keep one element with role="status" on the page/],
      },
    ],
  },
});
