import rule from '../../../../src/core/rules/feedback/high-stakes-action-without-pending-state.js';
import assert from 'node:assert/strict';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

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
      // A dialog form's buttons only close the dialog.
      '<dialog open><form method="dialog"><p>Keep these changes?</p><button>Confirm</button></form></dialog>',
      '<form><button formmethod="dialog">Confirm</button></form>',
      // Checkout opens the next step (a page or the payment sheet); the commitment is made there.
      '<div><button id="go-checkout">Checkout</button></div>',
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
      // The app's own loading buttons show the pending state themselves.
      'const A = () => <LoadingButton onClick={pay}>Pay now</LoadingButton>;',
      'const A = () => <Button isLoading={paying} onClick={pay}>Pay now</Button>;',
      'const A = () => <Button transitionState={state} onClick={order}>Place order</Button>;',
      // A button that opens the checkout page commits nothing itself.
      'const A = () => <button onClick={() => { logUpgradeClick(); location.replace(checkoutUrl); }}>Upgrade now</button>;',
      'const A = () => <Button confirmButtonState={state} onClick={book}>Book now</Button>;',
    ],
    invalid: [
      // Paying, then moving on: the second click lands while the first payment runs.
      'const A = () => <⟦button⟧ onClick={async () => { await pay(); router.push("/thanks"); }}>Pay now</button>;',
      'const A = () => <⟦button⟧ onClick={async () => { await pay(); }}>Pay now</button>;',
      'function A() { async function handlePay() { await pay(); } return <⟦button⟧ onClick={handlePay}>Pay £20</button>; }',
      'const A = () => <⟦Button⟧ onClick={onOrder}>Place order</Button>;',
      'const A = () => <form onSubmit={submit}><⟦button⟧ type="submit">Confirm order</button></form>;',
    ],
  },
});

describe('feedback/high-stakes-action-without-pending-state: why, in the button’s own words', () => {
  const whyOf = (code: string, language: 'html' | 'tsx' = 'html'): string | undefined =>
    lintWithRule(rule, code, language, { config: { components: { Button: 'button' } } }).findings[0]?.why;

  it('should say a payment may be charged twice', () => {
    assert.equal(
      whyOf('<form><button>Pay £20</button></form>'),
      '“Pay £20” can be clicked twice before anything changes, and the second click may charge twice.',
    );
  });

  it('should say a deletion may fail or delete twice, not quote a payment', () => {
    const why = whyOf('<form><button>Delete account</button></form>');
    assert.equal(
      why,
      '“Delete account” can be clicked twice before anything changes, and the second click may fail or delete twice.',
    );
    assert.doesNotMatch(why ?? '', /pay|charge/i);
  });

  it('should say an order may be placed twice', () => {
    assert.match(
      whyOf('const A = () => <Button onClick={onOrder}>Place order</Button>;', 'tsx') ?? '',
      /“Place order”.*place the order twice/,
    );
  });

  it('should say a booking may be made twice', () => {
    assert.match(
      whyOf('<form><input type="submit" value="Book the room"></form>') ?? '',
      /“Book the room”.*book twice/,
    );
  });
});
