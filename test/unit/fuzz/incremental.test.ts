/**
 * Incremental parsing (ParseCache): after any sequence of edits, a document parsed through the
 * cache is the document a fresh parse of the same text gives, and so is its report. The edits are
 * what typing does to a component: characters and pieces of JSX inserted, spans deleted or
 * replaced, half-typed tags and braces included, on the repository's own components and on a
 * file of several components that take messages, handlers and components from each other (the
 * models of statements an edit did not touch are reused: statementModels.ts).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { defaultConfig, lint, ParseCache, parseDocument, type UiDocument } from '../../../src/core/index.js';
import type { MessageReference } from '../../../src/core/catalog/reference.js';
import type { JsxParseOptions } from '../../../src/core/parse/jsx.js';
import { changeBetween } from '../../../src/core/parse/parseCache.js';
import { fuzzParameters } from './fuzz.js';

const ROOT = path.join(__dirname, '..', '..', '..');
const COMPONENTS = [
  'sample/src/components/CheckoutForm.tsx',
  'sample/src/components/AccountSettings.tsx',
  'test/fixtures/score-pairs/34-team-invite-async-save/broken.tsx',
  'test/fixtures/incremental/Orders.tsx',
].map((file) => readFileSync(path.join(ROOT, file), 'utf8'));

/** What typing inserts: single characters, and pieces that open, close or break JSX and code. */
const PIECES = [
  'a',
  ' ',
  '\n',
  '<',
  '>',
  '/',
  '{',
  '}',
  '"',
  "'",
  '`',
  '(',
  ')',
  ';',
  '//',
  '/*',
  '*/',
  '<div>',
  '</div>',
  '<button onClick={() => save()}>Pay now</button>',
  '<img src="a.png" />',
  'aria-label="Close"',
  '{error && <p>Error</p>}',
  'const x = 1;',
  '&amp;',
  'Submit',
];

const editArbitrary = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat({ max: 40 }),
  insert: fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })),
});

type Edit = { at: number; remove: number; insert: string };

/** Messages imported from another module resolve (as catalog/resolve.ts would find them). */
function sharedMessages(reference: MessageReference) {
  if (reference.kind !== 'module' || reference.exportName !== 'sharedMessages') return undefined;
  const key = reference.path.join('.');
  return { fileName: '/app/shared.messages.ts', range: { start: 40, end: 44 }, key, words: `Shared ${key}` };
}

const OPTIONS: JsxParseOptions = { designSystems: ['mui'], messages: sharedMessages };

function applied(text: string, { at, remove, insert }: Edit): string {
  const start = Math.min(text.length, Math.floor(at * text.length));
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

/** The model as data: every field, parents left out (they make cycles). */
function modelOf(document: UiDocument): string {
  return JSON.stringify(document, (key, value: unknown) => (key === 'parent' ? undefined : value));
}

describe('fuzz: incremental parsing', () => {
  it('gives the document and the report a fresh parse gives, after any sequence of edits', () => {
    const config = defaultConfig();
    fc.assert(
      fc.property(
        fc.nat({ max: COMPONENTS.length - 1 }),
        fc.array(editArbitrary, { minLength: 1, maxLength: 8 }),
        (which, edits) => {
          const cache = new ParseCache();
          const fileName = 'Component.tsx';
          let text = COMPONENTS[which]!;
          parseDocument(text, 'tsx', fileName, { ...OPTIONS, cache });
          for (const edit of edits) {
            text = applied(text, edit);
            const incremental = parseDocument(text, 'tsx', fileName, { ...OPTIONS, cache });
            const fresh = parseDocument(text, 'tsx', fileName, OPTIONS);
            assert.equal(incremental.ok, fresh.ok);
            if (incremental.ok && fresh.ok) assert.equal(modelOf(incremental.document), modelOf(fresh.document));
          }
          // And the report, through lint's option, after one more edit.
          const last = applied(text, { at: 0.5, remove: 0, insert: '<b>Save</b>' });
          lint(text, 'tsx', config, { fileName, parseCache: cache });
          assert.deepEqual(
            lint(last, 'tsx', config, { fileName, parseCache: cache }),
            lint(last, 'tsx', config, { fileName }),
          );
        },
      ),
      fuzzParameters(),
    );
  });
});

describe('ParseCache', () => {
  it('finds the one span an edit replaced', () => {
    const change = changeBetween('<p>Save</p>', '<p>Save now</p>');
    assert.deepEqual(change, { span: { start: 7, length: 0 }, newLength: 4 });
    // A repeated letter: the span is as short as can be, never past either text.
    assert.deepEqual(changeBetween('aaa', 'aa'), { span: { start: 2, length: 1 }, newLength: 0 });
    assert.deepEqual(changeBetween('abc', 'abc'), { span: { start: 3, length: 0 }, newLength: 0 });
    assert.deepEqual(changeBetween('', 'x'), { span: { start: 0, length: 0 }, newLength: 1 });
  });

  it('keeps the trees of the documents parsed last, up to its capacity, and forgets one asked to', () => {
    const cache = new ParseCache(2);
    for (const name of ['a.tsx', 'b.tsx', 'c.tsx']) parseDocument('<p>Hi</p>', 'tsx', name, { cache });
    assert.equal(cache.size, 2);
    cache.forget('c.tsx');
    assert.equal(cache.size, 1);
  });

  it('reuses the unchanged parts of the tree after an edit (it is the incremental parser)', () => {
    const cache = new ParseCache();
    const before = 'const A = () => <p>One</p>;\nconst B = () => <p>Two</p>;\n';
    const first = cache.sourceFile('x.tsx', before, 4 /* TSX */);
    const kept = first.statements[1];
    const second = cache.sourceFile('x.tsx', before.replace('One', 'Uno'), 4);
    assert.notEqual(second, first);
    assert.equal(second.statements[1], kept, 'the statement the edit did not touch is the same node');
  });
});
