/**
 * Text blocks that are harder to read than the target school grade (Flesch–Kincaid, default
 * grade 9: what most adults read comfortably). The grade comes from the `flesch-kincaid`
 * formula package with syllables counted by the `syllable` package; sentences and words are
 * counted here. Short blocks (under 25 words by default) are skipped: the formula is not
 * reliable on a line or two. The finding covers the block.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { collectMessages } from '../../messages.js';
import { sentencesOf, words } from '../../prose.js';
import { defineRule } from '../types.js';

interface Options {
  targetGrade: number;
  minWords: number;
}

export default defineRule<Options>({
  id: 'wording/reading-grade',
  area: 'wording',
  lens: 'UX',
  metrics: ['comprehension', 'time-on-task', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['plain-language', 'wcag2aaa', 'wcag315'],
  languages: ['html', 'jsx'],
  help: 'Use shorter sentences and everyday words',
  why: 'Text above a 9th-grade reading level loses a large share of adults, and everyone reads it more slowly.',
  optionsSchema: {
    type: 'object',
    properties: {
      targetGrade: { type: 'number', minimum: 1, maximum: 18, description: 'Highest Flesch–Kincaid grade allowed.' },
      minWords: { type: 'integer', minimum: 1, description: 'Blocks with fewer words are not judged.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { targetGrade: 9, minWords: 25 },
  check(context) {
    const { document, options } = context;
    for (const message of collectMessages(document)) {
      if (message.source !== 'text') continue;
      const sentences = sentencesOf(message, document.text);
      const allWords = sentences.flatMap((sentence) => words(sentence.text));
      if (allWords.length < options.minWords) continue;
      context.examined(message.element);
      const grade = fleschKincaid({
        sentence: sentences.length,
        word: allWords.length,
        syllable: allWords.reduce((sum, word) => sum + syllable(word), 0),
      });
      if (grade <= options.targetGrade) continue;
      context.report({ range: message.range, detail: `grade ${grade.toFixed(1)}, target ${options.targetGrade}` });
    }
  },
});
