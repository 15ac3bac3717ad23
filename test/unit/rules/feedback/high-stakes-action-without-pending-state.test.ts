import rule from '../../../../src/core/rules/feedback/high-stakes-action-without-pending-state.js';
import { testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  config: { components: { Button: 'button' } },
  html: {
    valid: [
      '<form><button type="submit" data-disable-with="Paying…">Pay now</button></form>',
      '<form><output aria-live="polite"></output><button>Place order</button></form>',
      '<button aria-busy="false">Confirm payment</button>',
      '<button>Add to basket</button>',
      '<form data-turbo-confirm="Pay £20 now?"><button>Pay now</button></form>',
      '<input type="submit" value="Save draft">',
      '<a href="/pay">Pay now</a>',
      // A file name is not an action, even when the file is checkout.html.
      '<button type="button">checkout.html:25:10</button>',
      '<button type="button">src/pay.tsx</button>',
    ],
    invalid: [
      { code: '<form><⟦button⟧ type="submit">Pay now</button></form>', details: [/“Pay now”/] },
      '<form><⟦input⟧ type="submit" value="Place order"></form>',
      '<div><⟦button⟧ type="button" onclick="transfer()">Transfer £50</button></div>',
      '<div role="status"></div><form><⟦button⟧>Delete account</button></form>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button disabled={isPaying} onClick={pay}>Pay now</button>;',
      'function A() { const [s, setSubmitting] = useState(false); async function go() { setSubmitting(true); await pay(); } return <button onClick={go}>Pay now</button>; }',
      'function A() { return <form onSubmit={async (e) => { setIsPaying(true); await pay(); }}><button>Buy now</button></form>; }',
      'const A = () => <Button loading={busy}>Place order</Button>;',
      'const A = () => <button onClick={save}>{label}</button>;',
      'const A = () => <button onClick={() => setOpen(true)}>Open menu</button>;',
      'const A = () => <button onClick={() => { if (window.confirm("Close your account?")) void closeAccount(); }}>Close account</button>;',
    ],
    invalid: [
      'const A = () => <⟦button⟧ onClick={async () => { await pay(); }}>Pay now</button>;',
      'function A() { async function handlePay() { await pay(); } return <⟦button⟧ onClick={handlePay}>Pay £20</button>; }',
      'const A = () => <⟦Button⟧ onClick={onOrder}>Place order</Button>;',
      'const A = () => <form onSubmit={submit}><⟦button⟧ type="submit">Confirm order</button></form>;',
    ],
  },
});
