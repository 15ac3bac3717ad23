/**
 * Words with plainer equivalents (utilize → use, in order to → to, authenticate → sign in).
 * The list is data (data/jargon.json), extendable and trimmable in config; each finding carries
 * its replacement as a quick fix, with the original capitalisation kept. We look at prose
 * people read (proseSentences.ts): text nodes (not code, pre, script or style, nor template
 * placeholders or sentences that read as code), the human-facing attributes and props (title,
 * alt, placeholder, aria-label, label, helperText…), and strings passed to toasts and message
 * setters. The replacement must fit the sentence: a verb that becomes “sign in” becomes
 * “verify” when an object follows (“authenticate your payment”), and a noun that becomes
 * “sign-in details” is left alone when another word says which kind (“payment credentials”).
 * Matching is on the source text, so the fix replaces exactly the word.
 */
import jargon from '../../data/jargon.json';
import { proseOf, sourceRange } from '../shared/proseSentences.js';
import { matchCase, phrasePattern, termMapOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

interface Options {
  extraTerms: Record<string, string>;
  allow: string[];
}

/** A term and its replacement; its pattern made the first time text holds its first word. */
interface Term {
  readonly term: string;
  readonly replacement: string;
  pattern?: RegExp;
}

interface CompiledTerms {
  /** Lower-case first word → the terms starting with it, longest first, with replacements. */
  readonly byFirstWord: Map<string, Term[]>;
}

const cache = new WeakMap<Options, CompiledTerms>();
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const WITH_OBJECT: Readonly<Record<string, string>> = jargon.withObject;
const ONLY_UNQUALIFIED = new Set(jargon.onlyUnqualified);
/** Words that start an object after a verb (“authenticate your device”). */
const OBJECT_START =
  /^(?:a|an|the|this|that|these|those|my|your|our|their|his|her|its|them|it|him|me|us|you|each|every|all|any|some)$/i;
/** Words before a noun that do not say which kind it is (“your credentials”, “invalid credentials”). */
const NOT_A_KIND =
  /^(?:a|an|the|this|that|these|those|my|your|our|their|his|her|its|each|every|all|any|some|no|new|old|saved|current|invalid|incorrect|wrong|valid|correct|expired|login|sign-in)$/i;

/** Terms indexed by first word, built once per options object (configs are long-lived). */
function compiled(options: Options): CompiledTerms {
  let entry = cache.get(options);
  if (!entry) {
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()));
    const byFirstWord = new Map<string, Term[]>();
    const all = Object.entries({ ...jargon.terms, ...options.extraTerms } as Record<string, string>)
      .filter(([word]) => !allowed.has(word.toLowerCase()))
      .sort(([a], [b]) => b.length - a.length);
    for (const [term, replacement] of all) {
      const first = term.toLowerCase().split(/\s+/)[0]!;
      const list = byFirstWord.get(first) ?? [];
      list.push({ term, replacement });
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
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 27 findings on the corpus, 22 judged, none kept.
  recommended: false,
  help: 'Use the plainer word',
  why: 'Everyday words are read faster and understood by more people, including those reading in a second language.',
  optionsSchema: termMapOptions('its plainer replacement'),
  defaultOptions: { extraTerms: {}, allow: [] },
  check(context) {
    const { document, options } = context;
    const { byFirstWord } = compiled(options);
    for (const { message, sentences, filler } of proseOf(document)) {
      if (filler) continue;
      context.examined(message.element);
      for (const sentence of sentences) {
        const text = sentence.text;
        for (const word of text.matchAll(WORD)) {
          const candidates = byFirstWord.get(word[0].toLowerCase());
          if (!candidates) continue;
          for (const candidate of candidates) {
            const { replacement } = candidate;
            // Sticky: must match right where the first word starts, and end on a word boundary.
            // Made on first use: compiling all the terms' patterns took 50 ms a thread (a Unicode,
            // case-blind pattern each), and a run meets few of them.
            const pattern = (candidate.pattern ??= new RegExp(phrasePattern([candidate.term]).source, 'iuy'));
            pattern.lastIndex = word.index;
            const match = pattern.exec(text);
            if (!match) continue;
            const found = match[0];
            const fitting = replacementFor(
              found,
              replacement,
              text.slice(0, word.index),
              text.slice(word.index + found.length),
            );
            const range = fitting === undefined ? undefined : sourceRange(sentence, word.index, found.length);
            if (fitting === undefined || !range) break;
            const newText = matchCase(found, fitting);
            context.report({
              range,
              detail: `“${found}” → “${newText}”`,
              fix: { title: `Replace “${found}” with “${newText}”`, edits: [{ range, newText }], safe: true },
              why: `“${newText}” says the same as “${found}” and is read faster, also by people reading in a second language.`,
            });
            break;
          }
        }
      }
    }
  },
});

/** The plain replacement that reads right in this sentence, if any (see the module comment). */
function replacementFor(term: string, replacement: string, before: string, after: string): string | undefined {
  const key = term.toLowerCase();
  const next = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1];
  if (WITH_OBJECT[key] && next && OBJECT_START.test(next)) return WITH_OBJECT[key];
  if (ONLY_UNQUALIFIED.has(key)) {
    const previous = /([\p{L}'’-]+)[ \t]+$/u.exec(before)?.[1];
    if (previous && !NOT_A_KIND.test(previous)) return undefined;
  }
  return replacement;
}
