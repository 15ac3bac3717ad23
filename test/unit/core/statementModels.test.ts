/**
 * Live editing reuses the model of each top-level statement an edit did not touch
 * (parse/statementModels.ts). The fuzz suite (fuzz/incremental.test.ts) holds every reused model
 * equal to a fresh parse's; these say that the reuse happens at all, and that what a kept
 * statement takes from elsewhere (a handler defined in another statement, a message's words in a
 * catalog) is asked again.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig, lint, ParseCache, parseDocument, type UiDocument } from '../../../src/core/index.js';
import { isElement } from '../../../src/core/model.js';
import type { MessageReference } from '../../../src/core/catalog/reference.js';
import { changeBetween } from '../../../src/core/parse/parseCache.js';
import { statementModels } from '../../../src/core/parse/statementModels.js';
import { fuzzParameters } from '../fuzz/fuzz.js';

const FILE = `import { messages } from './messages';
function pay() {
  return fetch('/pay');
}
export const Checkout = ({ intl }) => (
  <form>
    <button onClick={pay}>{intl.formatMessage(messages.pay)}</button>
  </form>
);
export const Footer = () => <p>Thanks</p>;
`;

function parsed(text: string, cache: ParseCache, words = 'Pay now'): UiDocument {
  const messages = (reference: MessageReference) =>
    reference.kind === 'module'
      ? { fileName: '/app/messages.json', range: { start: 5, end: 12 }, key: 'pay', words }
      : undefined;
  const outcome = parseDocument(text, 'tsx', 'Checkout.tsx', { cache, messages });
  assert.ok(outcome.ok);
  return outcome.document;
}

const button = (document: UiDocument) => document.elements.find((element) => element.tag === 'button')!;

/** The kept models of a document's top-level statements, as the cache's current tree holds them. */
function keptModels(cache: ParseCache, text: string) {
  const tree = cache.sourceFile('Checkout.tsx', text, 4 /* TSX */);
  return tree.statements.map((statement) => statementModels.get(statement));
}

describe('statement models (live editing)', () => {
  it('builds again only the statement an edit touched; the others keep their model', () => {
    const cache = new ParseCache();
    const first = parsed(FILE, cache);
    const before = keptModels(cache, FILE);
    assert.ok(before.every((model) => model !== undefined));
    const edited = FILE.replace('Thanks', 'Thank you');
    const second = parsed(edited, cache);
    const after = keptModels(cache, edited);
    assert.deepEqual(
      after.map((model, index) => model === before[index]),
      [true, true, true, false],
      'the first three statements were reused, the footer built again',
    );
    // A statement before the edit did not move: its model is handed out as it is.
    assert.equal(button(second), button(first));
  });

  it('moves a reused model with its statement, and renumbers its trees', () => {
    const cache = new ParseCache();
    const first = parsed(FILE, cache);
    const kept = keptModels(cache, FILE)[2];
    const banner = 'const Banner = () => <b>Hi</b>;\n';
    const edited = FILE.replace('function pay', `${banner}function pay`);
    const moved = parsed(edited, cache);
    assert.equal(keptModels(cache, edited)[3], kept, 'the checkout statement was reused');
    assert.equal(button(moved).range.start, button(first).range.start + banner.length);
    assert.equal(button(moved).tree, 1, 'the banner is tree 0 now');
    assert.notEqual(button(moved), button(first), 'a moved model is a copy');
    assert.deepEqual(
      moved.elements.map((element) => element.index),
      [0, 1, 2, 3],
    );
  });

  it('summarises a kept statement’s handler afresh when the function it names changes elsewhere', () => {
    const cache = new ParseCache();
    assert.equal(button(parsed(FILE, cache)).attributes[0]!.handler?.doesAsyncWork, true);
    const synchronous = FILE.replace("  return fetch('/pay');\n", '');
    assert.equal(button(parsed(synchronous, cache)).attributes[0]!.handler?.doesAsyncWork, false);
  });

  it('asks for a kept statement’s messages again: a catalog edit shows without an edit to the statement', () => {
    const cache = new ParseCache();
    const label = (document: UiDocument) => button(document).children.find((child) => !isElement(child));
    assert.equal((label(parsed(FILE, cache)) as { text: string }).text, 'Pay now');
    const edited = FILE.replace('Thanks', 'Thank you');
    assert.equal((label(parsed(edited, cache, 'Pay and finish')) as { text: string }).text, 'Pay and finish');
  });

  it('reuses models through lint, with the config’s design systems and components', () => {
    const config = defaultConfig();
    const cache = new ParseCache();
    lint(FILE, 'tsx', config, { fileName: 'Checkout.tsx', parseCache: cache });
    const before = keptModels(cache, FILE);
    const edited = FILE.replace('Thanks', 'Thank you');
    lint(edited, 'tsx', config, { fileName: 'Checkout.tsx', parseCache: cache });
    assert.equal(keptModels(cache, edited)[2], before[2]);
  });

  it('leaves the trees it keeps with parent pointers (the first incremental update would set them all)', () => {
    const cache = new ParseCache();
    const tree = cache.sourceFile('Checkout.tsx', FILE, 4);
    assert.equal(tree.statements[0]!.parent, tree);
  });
});

describe('changeBetween on long texts', () => {
  /** Character by character: what the chunked comparison must agree with. */
  function naive(before: string, after: string) {
    const shorter = Math.min(before.length, after.length);
    let start = 0;
    while (start < shorter && before[start] === after[start]) start++;
    let end = 0;
    while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
    return { span: { start, length: before.length - end - start }, newLength: after.length - end - start };
  }

  it('finds the span character by character would, whatever the edit and the text around it', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 0, maxLength: 2000, unit: fc.constantFrom('a', 'b', '\n') }),
        fc.nat(),
        fc.nat({ max: 600 }),
        fc.string({ maxLength: 600, unit: fc.constantFrom('a', 'b') }),
        (text, at, remove, insert) => {
          const start = text.length === 0 ? 0 : at % (text.length + 1);
          const after = text.slice(0, start) + insert + text.slice(start + remove);
          assert.deepEqual(changeBetween(text, after), naive(text, after));
        },
      ),
      fuzzParameters(),
    );
  });
});

describe('model nodes made alike (parse/nodes.ts)', () => {
  /** A node's fields in order: what V8's hidden class follows. */
  const shape = (node: object) => Object.keys(node).join(',');

  it('gives every attribute, element and text one field order, in both parsers and in moved copies', () => {
    const cache = new ParseCache();
    const jsx = parsed(FILE, cache);
    const moved = parsed(`// moved\n${FILE}`, cache);
    const html = parseDocument('<p class="a" hidden>Hi <a href="/x">there</a></p>', 'html', 'page.html');
    assert.ok(html.ok);
    const documents = [jsx, moved, html.document];
    const elements = documents.flatMap((document) => document.elements);
    const attributes = elements.flatMap((element) => element.attributes);
    const texts = elements.flatMap((element) => element.children).filter((child) => child.type === 'text');
    assert.ok(attributes.length >= 4 && texts.length >= 3);
    for (const nodes of [elements, attributes, texts])
      assert.deepEqual([...new Set(nodes.map(shape))].length, 1, [...new Set(nodes.map(shape))].join('\n'));
  });
});
