/**
 * Lints a small page and a small component once, off any path a person waits on, so that the
 * first lint they do wait for finds the parsers and the rules already compiled: V8 compiles a
 * function the first time it runs, and a first lint ran 100–400 ms where the next took 10. The
 * extension calls it right after activation; the `live` bench measures what it saves.
 */
import { configFromObject } from './config/config.js';
import { lint } from './engine.js';
import type { SourceLanguage } from './model.js';
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

/**
 * Typing rehearsed in a large document just opened (issue 16). `warmUp` compiles the code a
 * keystroke runs, but V8 optimises a function only once it has run enough, and on a 14,000-line
 * file the paths a keystroke takes (moving the statements after the edit, the incremental parse
 * of long statement lists, messages followed to catalogs) had not: its first ten or so keystrokes
 * took 35–70 ms against ~20 ms once warm. The same keystrokes typed beforehand in another large
 * file did not help, as the code a document's edits take depends on what it holds; typed in the
 * document itself they did. The editor runs this while the person reads what they opened.
 *
 * The rehearsal types spaces at the start of the document's middle line, one lint each, and takes
 * them back: its last text is the document's own, so the tree kept for the document (ParseCache)
 * is the document's again when it ends. Its reports are thrown away.
 */
export const REHEARSAL_MIN_LINES = 2000;
const REHEARSAL_SPACES = 8;

/** How many lints a rehearsal of `text` runs: none for a short document or one with no JSX model (HTML, JSON). */
export function rehearsalLength(text: string, language: SourceLanguage): number {
  if (language === 'html' || language === 'json') return 0;
  let lines = 1;
  for (let i = text.indexOf('\n'); i >= 0 && lines < REHEARSAL_MIN_LINES; i = text.indexOf('\n', i + 1)) lines++;
  return lines < REHEARSAL_MIN_LINES ? 0 : 2 * REHEARSAL_SPACES;
}

/** The text of a rehearsal's lint number `step` (0-based); the last is `text` itself. */
export function rehearsalText(text: string, step: number): string {
  const spaces = step < REHEARSAL_SPACES ? step + 1 : 2 * REHEARSAL_SPACES - 1 - step;
  if (spaces <= 0) return text;
  const at = text.lastIndexOf('\n', text.length >> 1) + 1;
  return text.slice(0, at) + ' '.repeat(spaces) + text.slice(at);
}
