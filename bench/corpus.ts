/**
 * A deterministic corpus of realistic front-end files for the bench: HTML pages and JSX/TSX
 * components (forms, checkouts, navigation, product grids, dashboards), in mixed sizes, built
 * from a seeded generator so every run measures the same bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** A seeded generator (mulberry32): the same corpus on every machine. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HTML_BLOCKS = [
  (i: number) =>
    `<section class="products">\n  <h2>Featured ${i}</h2>\n  <ul>\n    <li><a href="/p/${i}">Oak table ${i}</a></li>\n    <li><a href="/p/${i + 1}">Read more</a></li>\n  </ul>\n</section>`,
  (i: number) =>
    `<form action="/orders/${i}" method="post">\n  <label for="card${i}">Card number</label>\n  <input id="card${i}" name="card" aria-invalid="true">\n  <p class="field-error">Enter a card number</p>\n  <button type="submit">Pay now</button>\n</form>`,
  (i: number) =>
    `<div class="alert alert-danger" role="alert">Something went wrong. Please try again.</div>\n<p>We utilize your data in order to improve item ${i}.</p>`,
  (i: number) =>
    `<nav aria-label="Main">\n  <ul>\n    <li><a href="/">Home</a></li>\n    <li><a href="/shop/${i}">Shop</a></li>\n    <li><a href="#" onclick="openMenu()">More</a></li>\n  </ul>\n</nav>`,
  (i: number) =>
    `<article>\n  <h3>Order ${i}</h3>\n  <p>Your parcel left our workshop on ${1 + (i % 28)} November and should arrive in 3 days.</p>\n  <img src="/img/${i}.jpg" alt="Parcel ${i}">\n</article>`,
  (i: number) =>
    `<table>\n  <thead><tr><th>Item</th><th>Price</th></tr></thead>\n  <tbody><tr><td>Linen throw ${i}</td><td>£${40 + (i % 20)}</td></tr></tbody>\n</table>`,
];

const JSX_BLOCKS = [
  (i: number) =>
    `      <section className="products">\n        <h2>Featured {category${i % 3}}</h2>\n        <ul>\n          {items.map((item) => (\n            <li key={item.id}><a href={item.url}>{item.name}</a></li>\n          ))}\n        </ul>\n      </section>`,
  (i: number) =>
    `      <form onSubmit={handleSubmit${i % 2}}>\n        <label htmlFor="card${i}">Card number</label>\n        <input id="card${i}" name="card" aria-invalid={!!error} />\n        {error && <p className="field-error">{error}</p>}\n        <button type="submit" onClick={async () => { await pay(${i}); }}>Pay now</button>\n      </form>`,
  (i: number) =>
    `      <div role="alert">Something went wrong</div>\n      <p>We utilize your data in order to improve item ${i}.</p>`,
  (i: number) =>
    `      <nav aria-label="Main">\n        <a href="/">Home</a>\n        <a href="#" onClick={() => setOpen(!open)}>Menu</a>\n        <Link href="/account/${i}">Your account</Link>\n      </nav>`,
  (i: number) =>
    `      <article>\n        <h3>Order {order.id}</h3>\n        <p>Your parcel ${i} left our workshop and should arrive in 3 days.</p>\n        <img src={order.image} alt={order.alt} />\n        <button disabled={saving} onClick={() => setSaving(true)}>Save</button>\n      </article>`,
  (i: number) =>
    `      <table>\n        <tbody>\n          {rows.map((row) => <tr key={row.id}><td>{row.name}</td><td>£{row.price + ${i}}</td></tr>)}\n        </tbody>\n      </table>`,
];

/** Target line counts: most files are small, some large, a few very large. */
function sizeFor(rand: () => number): number {
  const r = rand();
  if (r < 0.6) return 20 + Math.floor(rand() * 60);
  if (r < 0.9) return 150 + Math.floor(rand() * 250);
  if (r < 0.98) return 800 + Math.floor(rand() * 400);
  return 2500 + Math.floor(rand() * 1000);
}

export function htmlFile(lines: number, rand: () => number, id: number): string {
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const block = HTML_BLOCKS[Math.floor(rand() * HTML_BLOCKS.length)]!(id * 1000 + i);
    body.push(block);
    count += block.split('\n').length;
  }
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Page ${id} – Fernhill Goods</title>\n</head>\n<body>\n<main>\n<h1>Page ${id}</h1>\n${body.join('\n')}\n</main>\n</body>\n</html>\n`;
}

export function jsxFile(lines: number, rand: () => number, id: number, typed: boolean): string {
  const body: string[] = [];
  let count = 0;
  for (let i = 0; count < lines - 30; i++) {
    const block = JSX_BLOCKS[Math.floor(rand() * JSX_BLOCKS.length)]!(id * 1000 + i);
    body.push(block);
    count += block.split('\n').length;
  }
  const props = typed ? '{ items, rows, order }: Props' : '{ items, rows, order }';
  return `import { useState } from 'react';
import { Link } from './Link';
${typed ? 'interface Props { items: Array<{ id: string; url: string; name: string }>; rows: Array<{ id: string; name: string; price: number }>; order: { id: string; image: string; alt: string } }\n' : ''}
export function Screen${id}(${props}) {
  const [error, setError] = useState${typed ? '<string | null>' : ''}(null);
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const category0 = 'Chairs';
  const category1 = 'Tables';
  const category2 = 'Lamps';
  async function handleSubmit0(event${typed ? ': React.FormEvent' : ''}) {
    event.preventDefault();
    try {
      await fetch('/api/orders', { method: 'POST' });
    } catch {
      setError('Invalid input');
    }
  }
  async function handleSubmit1(event${typed ? ': React.FormEvent' : ''}) {
    event.preventDefault();
    setSaving(true);
    await fetch('/api/save');
    setSaving(false);
  }
  async function pay(amount${typed ? ': number' : ''}) {
    await fetch('/api/pay?amount=' + amount);
  }
  return (
    <div className="screen">
      <h1>Screen ${id}</h1>
${body.join('\n')}
    </div>
  );
}
`;
}

export interface CorpusFile {
  readonly path: string;
  readonly kind: 'html' | 'jsx';
}

/** Writes `count` files into `dir` (replacing what was there) and returns them. */
export function writeCorpus(dir: string, count: number, seed = 42): CorpusFile[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const rand = random(seed);
  const files: CorpusFile[] = [];
  for (let id = 0; id < count; id++) {
    const lines = sizeFor(rand);
    const roll = rand();
    const kind = roll < 0.5 ? 'html' : 'jsx';
    const extension = kind === 'html' ? 'html' : roll < 0.75 ? 'tsx' : 'jsx';
    const text = kind === 'html' ? htmlFile(lines, rand, id) : jsxFile(lines, rand, id, extension === 'tsx');
    const file = path.join(dir, `file${String(id).padStart(4, '0')}.${extension}`);
    writeFileSync(file, text);
    files.push({ path: file, kind });
  }
  return files;
}

export function listCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => ({
      path: path.join(dir, name),
      kind: name.endsWith('.html') ? ('html' as const) : ('jsx' as const),
    }));
}
