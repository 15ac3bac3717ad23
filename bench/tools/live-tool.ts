/**
 * The live bench's measuring process (bench/live.ts): the engine bundle is loaded as the CLI
 * loads its bundles (through V8's code cache, src/launch/codeCache.ts), then
 *   first <file>:   the first lint of the file after start-up (one figure);
 *   typing <file>:  after one lint of the file, a person typing: at five places in it (a word
 *                   of JSX text, an attribute value, a comment, code, the end), twelve
 *                   keystrokes each, the file linted after every keystroke; every time.
 * Lints as the extension does while typing: the file's own config (its .touchpointrc.json or
 * the recommended rules, with the design systems its package.json names), no whole-page run,
 * the document's syntax tree kept between lints (a ParseCache) so each parse after a keystroke
 * is incremental, and messages named in it followed to their catalogs (a MessageResolver kept
 * between lints, as the extension keeps one).
 * Prints one JSON line: { ms: number[], rehearsalMs?: number }.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { runBundle } from '../../src/launch/codeCache.js';

type Engine = typeof import('../../src/core/index.js');

/**
 * The places a person might type in a component, in order: offsets into the text. Each is looked
 * for from a third of the way in (from the start if not found there); a kind the file lacks is
 * left out.
 */
function editSites(text: string): number[] {
  const sites: number[] = [];
  const find = (pattern: RegExp) => {
    pattern.lastIndex = Math.floor(text.length / 3);
    const match = pattern.exec(text) ?? ((pattern.lastIndex = 0), pattern.exec(text));
    if (match) sites.push(match.index + match[0].length);
  };
  find(/>\s*[A-Za-z][a-z]+/g); // JSX text (often on a line of its own)
  find(/="[^"]/g); // an attribute value
  find(/\/\/ ?/g); // a comment
  find(/\bconst [a-z]/g); // code
  sites.push(text.length);
  // Typed in turn, each keystroke moving the sites after it: so from the first to the last.
  return sites.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const [mode, file, bundle] = process.argv.slice(2) as [string, string, string];
  const engine = runBundle(bundle, false) as Engine;
  const text = readFileSync(file, 'utf8');
  const language = engine.languageForFile(file)!;
  const config = await new engine.ConfigLoader().forFile(file);
  const parseCache = new engine.ParseCache();
  const messages = new engine.MessageResolver();
  const lintOnce = (source: string) => {
    const started = performance.now();
    engine.lint(source, language, config, { fileName: file, parseCache, messages });
    return performance.now() - started;
  };
  if (mode === 'first' || mode === 'first-warmed') {
    if (mode === 'first-warmed') engine.warmUp();
    process.stdout.write(`${JSON.stringify({ ms: [lintOnce(text)] })}\n`);
    return;
  }
  // As the extension does: the engine warmed up at activation, the file linted when opened, and
  // typing rehearsed in it if it is large (while the person reads it; its time is printed apart).
  engine.warmUp();
  lintOnce(text);
  const rehearsal = engine.rehearsalLength(text, language);
  const rehearsalStarted = performance.now();
  for (let step = 0; step < rehearsal; step++) lintOnce(engine.rehearsalText(text, step));
  const rehearsalMs = performance.now() - rehearsalStarted;
  const ms: number[] = [];
  let current = text;
  let shift = 0;
  for (const site of editSites(text)) {
    let at = site + shift;
    for (const char of 'hello world!') {
      current = current.slice(0, at) + char + current.slice(at);
      at++;
      shift++;
      ms.push(lintOnce(current));
    }
  }
  process.stdout.write(`${JSON.stringify({ ms, rehearsalMs })}\n`);
}

void main();
