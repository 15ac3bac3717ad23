/**
 * Sentences over 25 words (configurable). Long sentences make people hold too much in mind at
 * once; plain-language guides aim for 15–20 words on average. The finding covers the sentence.
 */
import { collectMessages } from '../../messages.js';
import { sentencesOf } from '../../prose.js';
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
  languages: ['html', 'jsx'],
  help: 'Split the sentence in two',
  why: 'Long sentences make people hold too much in mind at once, so they reread or skip them.',
  optionsSchema: {
    type: 'object',
    properties: { maxWords: { type: 'integer', minimum: 5, description: 'Most words allowed in one sentence.' } },
    additionalProperties: false,
  },
  defaultOptions: { maxWords: 25 },
  check(context) {
    const { document, options } = context;
    for (const message of collectMessages(document)) {
      if (message.source !== 'text') continue;
      for (const sentence of sentencesOf(message, document.text)) {
        context.examined();
        if (sentence.words > options.maxWords) {
          context.report({ range: sentence.range, detail: `${sentence.words} words, at most ${options.maxWords}` });
        }
      }
    }
  },
});
