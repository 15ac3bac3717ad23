/**
 * Error messages that blame or alarm: “illegal”, “invalid”, “wrong”, “you failed”, “fatal”,
 * “forbidden”; shouting in capitals; and “!!!”. The word list with calmer suggestions is data
 * (data/error-tone.json), extendable in config. Vague messages are left to
 * errors/vague-message. Only text shown as an error (an error container, error prop, error setter
 * or toast) is judged; developer logs and template syntax are not text people read
 * (messageTexts.ts). The finding sits on the word; its suggestion and why are built from the
 * message's own words (“Your email is invalid” → “say what is wrong with your email…”).
 *
 * Left alone, because on real apps nobody would change them: “invalid”, “wrong” and “bad” in a
 * sentence that does not speak to the person (“Invalid URL”, “Value is invalid” name a fault in a
 * thing, and read as a form's ordinary wording, and “Invalid token. Check your link” puts the
 * “your” in another sentence); “incorrect” anywhere (“Your password is incorrect” is the stock,
 * factual sign-in message); “went wrong”; “you denied”; “access denied” and “permission denied”
 * (the stock status of a refused request, which blames no one).
 */
import tone from '../../data/error-tone.json';
import { collectMessages, isVagueMessage } from '../shared/messageTexts.js';
import { maskTemplates } from '../../templates.js';
import { phrasePattern, shorten, termMapOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

interface Options {
  extraTerms: Record<string, string>;
  allow: string[];
}

interface ToneTerm {
  /** May hold {subject}, {the subject} or {Subject}: what the word is about, in the message's words. */
  readonly suggestion: string;
  /** When the message names no subject. */
  readonly fallback?: string;
  /** The subject may come before the word (“Email is invalid”), not only after (“Invalid email”). */
  readonly subjectBefore?: boolean;
  readonly kind?: 'blame' | 'alarm';
  /**
   * Blames only when the message speaks to the person (“You entered an invalid date”): “Invalid
   * URL” names a fault in a thing, as people expect a form to say.
   */
  readonly person?: boolean;
  /** Words that, just before the term, make it blame no one (“Something went wrong”). */
  readonly notAfter?: readonly string[];
}

const cache = new WeakMap<Options, { terms: Map<string, ToneTerm>; words: RegExp }>();

/** Terms and their pattern, built once per options object. */
function compiled(options: Options): { terms: Map<string, ToneTerm>; words: RegExp } {
  let entry = cache.get(options);
  if (!entry) {
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()));
    const extra = Object.entries(options.extraTerms).map(([word, suggestion]): [string, ToneTerm] => [
      word,
      { suggestion },
    ]);
    const terms = new Map(
      [...Object.entries(tone.terms as Record<string, ToneTerm>), ...extra]
        .filter(([word]) => !allowed.has(word.toLowerCase()))
        .map(([word, term]) => [word.toLowerCase(), term]),
    );
    entry = { terms, words: new RegExp(phrasePattern([...terms.keys()]).source, 'giu') };
    cache.set(options, entry);
  }
  return entry;
}

const SHOUTING = /\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b|!{2,}/g;
/** Where a clause ends: the subject of a word does not run past it. */
const CLAUSE_END = /[.,:;!?()–—\n]|\s-\s/;
const DETERMINER = /^(the|a|an|your|this|that|these|those|my|our|their|his|her|its|some|any)\s/i;
/** Words that join a subject to the word (“Email is invalid”, “Your card was rejected”). */
const LINKING = /\s+(is|are|was|were|has been|have been|looks|seems|appears to be)$/i;
const WORDS_OF_SUBJECT = 6;
/** The message speaks to the person reading it. */
const ADDRESSES_PERSON = /\b(you|your|you're|you've|yours)\b/i;
/** Where a sentence or a clause ends: “Invalid file name, please rename your file” speaks to the person only after the comma. */
const SENTENCE_END = /[.!?]+(?:\s+|$)|[,:;]\s+|\s[–—-]\s/g;
/** “Invalid or expired token”: the subject is what follows the second word. */
const COORDINATED = /^(or|and|and\/or)\s+\S+\s+/i;

/** What the word is about, in the message's own words, or undefined. */
function subjectOf(text: string, start: number, end: number, before: boolean): string | undefined {
  const after = text.slice(end).split(CLAUSE_END)[0]!.trim().replace(COORDINATED, '').split(/\s+/).filter(Boolean);
  if (after.length > 0) return after.slice(0, WORDS_OF_SUBJECT).join(' ');
  if (!before) return undefined;
  const clauses = text.slice(0, start).split(CLAUSE_END);
  const words = clauses[clauses.length - 1]!.trimEnd().replace(LINKING, '').trim().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= WORDS_OF_SUBJECT ? words.join(' ') : undefined;
}

function suggestionFor(term: ToneTerm, subject: string | undefined): string {
  if (!term.suggestion.includes('{')) return term.suggestion;
  if (subject === undefined) return term.fallback ?? term.suggestion.replace(/\{(the )?subject\}/gi, 'it');
  const plain = subject.replace(/^[“"'‘]|[”"'’]$/g, '');
  const lower = /^[A-Z][a-z]/.test(plain) ? plain[0]!.toLowerCase() + plain.slice(1) : plain;
  return term.suggestion
    .replace('{the subject}', DETERMINER.test(lower) ? lower : `the ${lower}`)
    .replace('{Subject}', lower[0]!.toUpperCase() + lower.slice(1))
    .replace('{subject}', lower.replace(DETERMINER, ''));
}

/** The sentence of `text` around `index`. */
function sentenceAt(text: string, index: number): string {
  const last = [...text.slice(0, index).matchAll(SENTENCE_END)].pop();
  const start = last ? last.index! + last[0].length : 0;
  const end = text.slice(index).search(SENTENCE_END);
  return text.slice(start, end < 0 ? text.length : index + end);
}

function blamesNoOne(term: ToneTerm, source: string, index: number): boolean {
  // “Invalid or expired token. Please check your token”: the “your” is in another sentence (or clause).
  if (term.person && !ADDRESSES_PERSON.test(sentenceAt(source, index))) return true;
  const previous = /([\p{L}']+)\s+$/u.exec(source.slice(0, index))?.[1]?.toLowerCase();
  return previous !== undefined && (term.notAfter ?? []).includes(previous);
}

export default defineRule<Options>({
  id: 'errors/blaming-or-hostile-tone',
  area: 'errors',
  lens: 'CX',
  metrics: ['brand-perception', 'csat', 'error-recovery'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['nielsen-9', 'tone'],
  languages: ['html', 'jsx', 'catalog'],
  help: 'Say what happened in a calm, neutral voice, without blaming the person',
  why: 'Messages that blame or shout make people feel stupid at the moment they most need help, and they remember the brand for it.',
  optionsSchema: termMapOptions('a calmer suggestion ({subject} stands for what the word is about)'),
  defaultOptions: { extraTerms: {}, allow: [] },
  check(context) {
    const { document, options } = context;
    const { terms, words } = compiled(options);
    for (const message of collectMessages(document)) {
      // Tone words are common in ordinary copy (“Wrong size? Returns are free”): judge only errors.
      if (!message.errorContext) continue;
      context.examined(message.element);
      if (isVagueMessage(message.text)) continue;
      const quoted = shorten(message.text);
      for (const segment of message.segments) {
        const source = maskTemplates(document.text.slice(segment.start, segment.end));
        for (const match of source.matchAll(words)) {
          const word = match[0];
          const term = terms.get(word.toLowerCase().replace(/\s+/g, ' '));
          if (!term || blamesNoOne(term, source, match.index)) continue;
          const start = segment.start + match.index;
          const subject = subjectOf(source, match.index, match.index + word.length, term.subjectBefore === true);
          context.report({
            range: { start, end: start + word.length },
            detail: `“${word}”: ${suggestionFor(term, subject)}`,
            why:
              term.kind === 'alarm'
                ? `“${word}” makes “${quoted}” sound alarming; people worry, and they remember the brand for it.`
                : `“${word}” makes “${quoted}” sound like the person's fault, at the moment they most need help.`,
          });
        }
        for (const match of source.matchAll(SHOUTING)) {
          const start = segment.start + match.index;
          const alarmed = match[0].startsWith('!');
          context.report({
            range: { start, end: start + match[0].length },
            detail: alarmed ? `“${match[0]}” sounds alarmed` : `“${match[0]}” in capitals reads as shouting`,
            why: alarmed
              ? `“${match[0]}” makes “${quoted}” sound alarmed, which worries people more than it helps them.`
              : `Capitals in “${quoted}” read as shouting at the person who needs help.`,
          });
        }
      }
    }
  },
});
