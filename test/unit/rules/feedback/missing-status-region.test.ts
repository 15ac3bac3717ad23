import rule from '../../../../src/core/rules/feedback/missing-status-region.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<form><output name="result"></output><button>Send</button></form>',
      '<div role="status"></div><form><button>Send</button></form>',
      '<p aria-live="polite"></p><form><button>Send</button></form>',
      '<p>No forms here</p>',
      '<form action="/subscribe" method="post"><button>Join</button></form>',
    ],
    invalid: [
      {
        code: '<⟦form⟧ id="subscribe"><button>Join</button></form>',
        fixed: '<form id="subscribe">\n<p role="status" aria-live="polite"></p><button>Join</button></form>',
      },
      '<main><h1>Contact</h1><⟦form⟧ data-remote="true" action="/contact"><textarea></textarea><button>Send</button></form></main>',
      '<⟦form⟧ id="a"></form><form id="b"></form>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <form onSubmit={save}><p role="status">{msg}</p><button>Save</button></form>;',
      'function A() { async function save() { await api(); toast("Saved"); } return <form onSubmit={save}><button>Save</button></form>; }',
      'const A = () => <><Toaster /><form><button>Save</button></form></>;',
      'const A = () => <button onClick={() => setOpen(true)}>Open</button>;',
    ],
    invalid: [
      'const A = () => <⟦form⟧ onSubmit={save}><button>Save</button></form>;',
      'const A = () => <⟦button⟧ onClick={async () => { await like(); }}>Like</button>;',
      'function A() { return <section><h2>Newsletter</h2><⟦form⟧><input type="email" /><button>Join</button></form></section>; }',
    ],
  },
});
