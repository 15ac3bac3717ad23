/**
 * Lints a small page and a small component once, off any path a person waits on, so that the
 * first lint they do wait for finds the parsers and the rules already compiled: V8 compiles a
 * function the first time it runs, and a first lint ran 100–400 ms where the next took 10. The
 * extension calls it right after activation; the `live` bench measures what it saves.
 */
import { configFromObject } from './config/config.js';
import { lint } from './engine.js';
import { ParseCache } from './parse/parseCache.js';

const PAGE = `<!doctype html>
<html lang="en"><head><title>Orders</title></head>
<body><header><nav><a href="/">Home</a> <a href="/orders" aria-current="page">Orders</a></nav></header>
<main><h1>Your orders</h1>
<form><label for="q">Search</label> <input id="q" name="q"> <button type="submit">Search</button></form>
<table><tr><th>Order</th><th>Total</th></tr><tr><td>#12</td><td>$4.00</td></tr></table>
<h3>Details</h3><p>Please utilize the EOD report. DO NOT REFRESH THIS PAGE.</p>
<p class="error">Something went wrong. Please try again.</p><img src="a.png"></main></body></html>
`;

const COMPONENT = `import { useState } from 'react';
export function Checkout({ onPay }: { onPay: () => Promise<void> }) {
  const [error, setError] = useState<string>();
  // Pays and shows what happened.
  const pay = async () => {
    try { await onPay(); } catch { setError('Payment failed'); }
  };
  return (
    <form onSubmit={(event) => { event.preventDefault(); void pay(); }}>
      <h2>Pay</h2>
      <label htmlFor="card">Card number</label>
      <input id="card" placeholder="Card number" />
      {error && <p role="alert">{error}. Check the card and try again.</p>}
      <button type="submit">Pay now</button>
      <a href="#" onClick={() => history.back()}>Click here</a>
      <img src="/logo.png" />
    </form>
  );
}
`;

/**
 * What warmUp lints, with every rule on (the opt-in ones too, as a config may turn them on): a
 * page and a component with a few problems each, so rules of every area run to a finding.
 */
export const WARM_UP_SAMPLES = [
  { text: PAGE, language: 'html', fileName: 'warm-up.html' },
  { text: COMPONENT, language: 'tsx', fileName: 'warm-up.tsx' },
] as const;

export function warmUp(): void {
  const config = configFromObject({ extends: 'touchpoint:all' });
  for (const { text, language, fileName } of WARM_UP_SAMPLES) lint(text, language, config, { fileName });
  // And typing into the component, as in an editor: the incremental parse and the reuse of the
  // statements an edit did not touch (statementModels.ts) are compiled before the first keystroke.
  const parseCache = new ParseCache();
  const component = WARM_UP_SAMPLES[1];
  const typed = component.text.indexOf('Pay now');
  for (let length = 0; length <= TYPED.length; length++) {
    const text = component.text.slice(0, typed) + TYPED.slice(0, length) + component.text.slice(typed);
    lint(text, component.language, config, { fileName: component.fileName, parseCache });
  }
}

const TYPED = 'Confirm and ';
