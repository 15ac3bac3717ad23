/**
 * Long runs of capitals in text: three or more words in a row (“FREE NEXT DAY DELIVERY”), or
 * one run of 20 or more letters. Capitals are slower to read (word shapes disappear) and read
 * as shouting; screen readers may spell them out. Use CSS `text-transform` for a visual style.
 */
import { collectMessages } from '../../messages.js';
import { defineRule } from '../types.js';

interface Options {
  minWords: number;
}

export default defineRule<Options>({
  id: 'wording/shouting',
  area: 'wording',
  lens: 'UX',
  metrics: ['time-on-task', 'brand-perception'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language', 'tone'],
  languages: ['html', 'jsx'],
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
      `\\b[A-Z][A-Z0-9'’&]+(?:[ \\t]+[A-Z][A-Z0-9'’&]+){${options.minWords - 1},}\\b|\\b[A-Z]{20,}\\b`,
      'g',
    );
    for (const message of collectMessages(document)) {
      if (message.source !== 'text') continue;
      context.examined(message.element);
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const match of source.matchAll(run)) {
          const start = segment.start + match.index;
          context.report({ range: { start, end: start + match[0].length }, detail: `“${match[0].slice(0, 40)}”` });
        }
      }
    }
  },
});
