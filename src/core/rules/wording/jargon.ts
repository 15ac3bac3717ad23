/**
 * Words with plainer equivalents (utilize → use, in order to → to, authenticate → sign in).
 * The list is data (data/jargon.json), extendable and trimmable in config; each finding carries
 * its replacement as a quick fix, with the original capitalisation kept. We look at text people
 * read: text nodes (not code, pre, script or style), the human-facing attributes and props
 * (title, alt, placeholder, aria-label, label, helperText…), and strings passed to toasts and
 * message setters. Matching is on the source text, so the fix replaces exactly the word.
 */
import jargon from '../../data/jargon.json';
import { collectMessages } from '../../messages.js';
import { matchCase, phrasePattern } from '../phrases.js';
import { defineRule } from '../types.js';

interface Options {
  extraTerms: Record<string, string>;
  allow: string[];
}

export default defineRule<Options>({
  id: 'wording/jargon',
  area: 'wording',
  lens: 'UX',
  metrics: ['comprehension', 'time-on-task', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['plain-language', 'nielsen-2'],
  languages: ['html', 'jsx'],
  help: 'Use the plainer word',
  why: 'Everyday words are read faster and understood by more people, including those reading in a second language.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraTerms: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: 'More words or phrases, each with its plainer replacement.',
      },
      allow: { type: 'array', items: { type: 'string' }, description: 'Words from the list that are fine in this project.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraTerms: {}, allow: [] },
  check(context) {
    const { document, options } = context;
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()));
    const terms = new Map<string, string>();
    for (const [word, replacement] of Object.entries({ ...jargon.terms, ...options.extraTerms } as Record<string, string>)) {
      if (!allowed.has(word.toLowerCase())) terms.set(word.toLowerCase().replace(/\s+/g, ' '), replacement);
    }
    const pattern = new RegExp(phrasePattern([...terms.keys()]).source, 'giu');
    for (const message of collectMessages(document)) {
      context.examined(message.element);
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const match of source.matchAll(pattern)) {
          const found = match[0];
          const replacement = terms.get(found.toLowerCase().replace(/\s+/g, ' '));
          if (replacement === undefined) continue;
          const start = segment.start + match.index;
          const range = { start, end: start + found.length };
          const newText = matchCase(found, replacement);
          context.report({
            range,
            detail: `“${found}” → “${newText}”`,
            fix: { title: `Replace “${found}” with “${newText}”`, edits: [{ range, newText }], safe: true },
          });
        }
      }
    }
  },
});
