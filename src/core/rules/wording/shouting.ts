/**
 * Long runs of capitals in text: three or more words in a row (“FREE NEXT DAY DELIVERY”).
 * Capitals are slower to read (word shapes disappear) and read as shouting; screen readers may
 * spell them out. Use CSS `text-transform` for a visual style. One finding per block of text,
 * covering its shouted runs, however many there are. Left alone: code and template
 * placeholders (proseSentences.ts), placeholder text, single long tokens (an alphabet, a key),
 * and words that only make a run when code between them is ignored (two JSX branches that
 * each say “NO LIMIT”). Opt-in: see the rule's page for what it found on real code.
 */
import { proseOf } from '../shared/proseSentences.js';
import { defineRule } from '../types.js';

interface Options {
  minWords: number;
}

/** A word in capitals: two or more letters (any script), digits and apostrophes allowed. */
const CAPITALS_WORD = String.raw`\p{Lu}[\p{Lu}\p{N}'’&-]*\p{Lu}[\p{Lu}\p{N}]*`;

/**
 * A run of capitals cut where code comes between its words, as when they come from different
 * JSX expressions (`{a ? "NO LIMIT" : …}{b && "NO LIMIT"}`): each branch is written, and read,
 * on its own. Tags alone between words keep them together (`LAST CHANCE <b>TO BUY</b>`).
 */
const TAG = /<[^>]*>/g;
function writtenTogether(
  text: string,
  at: number,
  offsets: readonly number[],
  source: string,
): Array<{ start: number; end: number; text: string; words: number }> {
  const pieces: Array<{ start: number; end: number; text: string; words: number }> = [];
  const words = [...text.matchAll(/\S+/g)].map((word) => ({
    start: offsets[at + word.index]!,
    end: offsets[at + word.index + word[0].length - 1]! + 1,
    text: word[0],
  }));
  let from = 0;
  for (let i = 1; i <= words.length; i++) {
    if (i < words.length && !/\S/.test(source.slice(words[i - 1]!.end, words[i]!.start).replace(TAG, ''))) continue;
    const piece = words.slice(from, i);
    pieces.push({
      start: piece[0]!.start,
      end: piece[piece.length - 1]!.end,
      text: piece.map((word) => word.text).join(' '),
      words: piece.length,
    });
    from = i;
  }
  return pieces;
}

export default defineRule<Options>({
  id: 'wording/shouting',
  area: 'wording',
  lens: 'UX',
  metrics: ['time-on-task', 'brand-perception'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language', 'tone'],
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): nothing on the first eight apps; on three held-out ones 10 findings, none kept (capitals written as a design's captions).
  recommended: false,
  help: 'Write in sentence case; use CSS text-transform if the design wants capitals',
  why: 'Capitals are slower to read and sound like shouting, and screen readers may spell them out letter by letter.',
  optionsSchema: {
    type: 'object',
    properties: {
      minWords: { type: 'integer', minimum: 2, description: 'Capitalised words in a row that count as shouting.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { minWords: 3 },
  check(context) {
    const { document, options } = context;
    const run = new RegExp(
      `(?<![\\p{L}\\p{N}_])${CAPITALS_WORD}(?:[ \\t]+${CAPITALS_WORD}){${options.minWords - 1},}(?![\\p{L}\\p{N}_])`,
      'gu',
    );
    for (const { message, sentences, filler } of proseOf(document)) {
      if ((message.source !== 'text' && message.source !== 'catalog') || filler) continue;
      context.examined(message.element);
      const runs: Array<{ start: number; end: number; text: string }> = [];
      for (const sentence of sentences) {
        for (const match of sentence.text.matchAll(run)) {
          for (const piece of writtenTogether(match[0], match.index, sentence.offsets, document.text)) {
            if (piece.words >= options.minWords) runs.push(piece);
          }
        }
      }
      if (runs.length === 0) continue;
      const first = runs[0]!;
      const more = runs.length > 1 ? ` and ${runs.length - 1} more run${runs.length === 2 ? '' : 's'} of capitals` : '';
      context.report({
        range: { start: first.start, end: runs[runs.length - 1]!.end },
        detail: `“${first.text.length > 40 ? `${first.text.slice(0, 39)}…` : first.text}”${more}`,
      });
    }
  },
});
