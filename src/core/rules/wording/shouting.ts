/**
 * Long runs of capitals in text: three or more words in a row (“FREE NEXT DAY DELIVERY”).
 * Capitals are slower to read (word shapes disappear) and read as shouting; screen readers may
 * spell them out. Use CSS `text-transform` for a visual style. One finding per block of text,
 * covering its shouted runs, however many there are. Left alone: code and template
 * placeholders (proseSentences.ts), placeholder text, and single long tokens (an alphabet, a key).
 */
import { proseOf } from '../shared/proseSentences.js';
import { defineRule } from '../types.js';

interface Options {
  minWords: number;
}

/** A word in capitals: two or more letters (any script), digits and apostrophes allowed. */
const CAPITALS_WORD = String.raw`\p{Lu}[\p{Lu}\p{N}'’&-]*\p{Lu}[\p{Lu}\p{N}]*`;

export default defineRule<Options>({
  id: 'wording/shouting',
  area: 'wording',
  lens: 'UX',
  metrics: ['time-on-task', 'brand-perception'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language', 'tone'],
  languages: ['html', 'jsx', 'catalog'],
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
          runs.push({
            start: sentence.offsets[match.index]!,
            end: sentence.offsets[match.index + match[0].length - 1]! + 1,
            text: match[0],
          });
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
