/**
 * Sentences over 30 words (configurable). Long sentences make people hold too much in mind at
 * once; plain-language guides aim for 15–20 words on average, and past 30 readers lose track.
 * Words are counted as a reader holds them (proseSentences.ts): an aside in brackets can be skipped,
 * and a quoted label or a name of several capitalised words (“Payment Request API”) is read
 * as one. Only prose is read: no code, template placeholders or placeholder text. The finding
 * covers the sentence.
 */
import { LONG_SENTENCE, proseOf, sentenceLength } from '../shared/proseSentences.js';
import { defineRule } from '../types.js';

interface Options {
  maxWords: number;
}

export default defineRule<Options>({
  id: 'wording/long-sentence',
  area: 'wording',
  lens: 'UX',
  metrics: ['time-on-task', 'comprehension'],
  severity: 'info',
  impact: 'minor',
  tags: ['plain-language'],
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 13 findings judged, none kept.
  recommended: false,
  help: 'Split the sentence in two',
  why: 'Long sentences make people hold too much in mind at once, so they reread or skip them.',
  optionsSchema: {
    type: 'object',
    properties: { maxWords: { type: 'integer', minimum: 5, description: 'Most words allowed in one sentence.' } },
    additionalProperties: false,
  },
  defaultOptions: { maxWords: LONG_SENTENCE },
  check(context) {
    const { document, options } = context;
    for (const { message, sentences, filler } of proseOf(document)) {
      if ((message.source !== 'text' && message.source !== 'catalog') || filler) continue;
      for (const sentence of sentences) {
        context.examined();
        const length = sentenceLength(sentence.text);
        if (length > options.maxWords) {
          context.report({
            range: sentence.range,
            detail: `${length} words, at most ${options.maxWords}`,
            why: `A sentence of ${length} words makes people hold too much in mind at once, so they reread or skip it.`,
          });
        }
      }
    }
  },
});
