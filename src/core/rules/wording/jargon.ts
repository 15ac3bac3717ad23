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
import { matchCase, phrasePattern, termMapOptions } from '../phrases.js';
import { defineRule } from '../types.js';

interface Options {
  extraTerms: Record<string, string>;
  allow: string[];
}

interface CompiledTerms {
  /** Lower-case first word → the terms starting with it, longest first, with replacements. */
  readonly byFirstWord: Map<string, Array<{ pattern: RegExp; replacement: string }>>;
}

const cache = new WeakMap<Options, CompiledTerms>();
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Terms indexed by first word, built once per options object (configs are long-lived). */
function compiled(options: Options): CompiledTerms {
  let entry = cache.get(options);
  if (!entry) {
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()));
    const byFirstWord = new Map<string, Array<{ pattern: RegExp; replacement: string }>>();
    const all = Object.entries({ ...jargon.terms, ...options.extraTerms } as Record<string, string>)
      .filter(([word]) => !allowed.has(word.toLowerCase()))
      .sort(([a], [b]) => b.length - a.length);
    for (const [term, replacement] of all) {
      const first = term.toLowerCase().split(/\s+/)[0]!;
      const list = byFirstWord.get(first) ?? [];
      // Sticky: must match right where the first word starts, and end on a word boundary.
      list.push({ pattern: new RegExp(phrasePattern([term]).source, 'iuy'), replacement });
      byFirstWord.set(first, list);
    }
    entry = { byFirstWord };
    cache.set(options, entry);
  }
  return entry;
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
  optionsSchema: termMapOptions('its plainer replacement'),
  defaultOptions: { extraTerms: {}, allow: [] },
  check(context) {
    const { document, options } = context;
    const { byFirstWord } = compiled(options);
    for (const message of collectMessages(document)) {
      context.examined(message.element);
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const word of source.matchAll(WORD)) {
          const candidates = byFirstWord.get(word[0].toLowerCase());
          if (!candidates) continue;
          for (const { pattern, replacement } of candidates) {
            pattern.lastIndex = word.index;
            const match = pattern.exec(source);
            if (!match) continue;
            const found = match[0];
            const start = segment.start + word.index;
            const range = { start, end: start + found.length };
            const newText = matchCase(found, replacement);
            context.report({
              range,
              detail: `“${found}” → “${newText}”`,
              fix: { title: `Replace “${found}” with “${newText}”`, edits: [{ range, newText }], safe: true },
            });
            break;
          }
        }
      }
    }
  },
});
