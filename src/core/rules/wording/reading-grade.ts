/**
 * Text blocks that are harder to read than the target school grade (Flesch–Kincaid, default
 * grade 9: what most adults read comfortably). The grade comes from the `flesch-kincaid`
 * formula package with syllables counted by the `syllable` package; sentences and words are
 * counted here, on prose only (proseSentences.ts: no code, placeholders or lorem ipsum). The page's
 * own terms (names, abbreviations, identifiers, words it uses three times or more) count as
 * short words: they are the subject, known to the people who read it. Short blocks (under 25
 * words by default) and single sentences are skipped: the formula is not reliable on a line
 * or two, and one sentence's grade is mostly its length. Sentences over 30 words are left out
 * (wording/long-sentence reports them), so one fix is not asked for twice. A grade is a school year, so 9.6 passes a target
 * of 9. The finding covers the block.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { isTerm, LONG_SENTENCE, pageVocabulary, proseOf, sentenceLength, words } from '../shared/proseSentences.js';
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
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one remaining finding on the corpus was judged noise (technical help whose grade comes from the terms it must use).
  recommended: false,
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
    const vocabulary = pageVocabulary(document);
    for (const prose of proseOf(document)) {
      if ((prose.message.source !== 'text' && prose.message.source !== 'catalog') || prose.filler) continue;
      const { message } = prose;
      // Sentences too long to follow are wording/long-sentence's finding; the rest are judged here.
      const sentences = prose.sentences.filter((sentence) => sentenceLength(sentence.text) <= LONG_SENTENCE);
      if (sentences.length < 2) continue;
      let wordCount = 0;
      let syllables = 0;
      for (const sentence of sentences) {
        words(sentence.text).forEach((word, index) => {
          wordCount++;
          // A term the readers know (a name, the page's subject) reads like a short word.
          syllables += isTerm(word, index === 0, vocabulary) ? 1 : syllable(word);
        });
      }
      if (wordCount < options.minWords) continue;
      context.examined(message.element);
      const grade = fleschKincaid({ sentence: sentences.length, word: wordCount, syllable: syllables });
      // A grade is a school year: 9.6 is ninth-grade text, within a target of 9.
      if (Math.floor(grade) <= options.targetGrade) continue;
      context.report({
        range: message.range,
        detail: `grade ${grade.toFixed(1)}, target ${options.targetGrade}`,
        why: `Text at a grade-${Math.floor(grade)} reading level loses readers who read comfortably at grade ${options.targetGrade}, and everyone reads it more slowly.`,
      });
    }
  },
});
