/**
 * Error messages that blame or alarm: “illegal”, “invalid”, “wrong”, “you failed”, “fatal”,
 * “forbidden”; shouting in capitals; and “!!!”. The word list with calmer suggestions is data
 * (data/error-tone.json), extendable in config. Vague messages are left to
 * errors/vague-message. Only text shown as an error (an error container, error prop, error setter
 * or toast) is judged. The finding sits on the word, with its suggestion in the detail.
 */
import tone from '../../data/error-tone.json';
import { collectMessages, isVagueMessage } from '../../messages.js';
import { phrasePattern, termMapOptions } from '../phrases.js';
import { defineRule } from '../types.js';

interface Options {
  extraTerms: Record<string, string>;
  allow: string[];
}

const cache = new WeakMap<Options, { suggestions: Map<string, string>; words: RegExp }>();

/** Suggestions and their pattern, built once per options object. */
function compiled(options: Options): { suggestions: Map<string, string>; words: RegExp } {
  let entry = cache.get(options);
  if (!entry) {
    const allowed = new Set(options.allow.map((word) => word.toLowerCase()));
    const suggestions = new Map(
      Object.entries({ ...tone.terms, ...options.extraTerms } as Record<string, string>)
        .filter(([word]) => !allowed.has(word.toLowerCase()))
        .map(([word, suggestion]) => [word.toLowerCase(), suggestion]),
    );
    entry = { suggestions, words: new RegExp(phrasePattern([...suggestions.keys()]).source, 'giu') };
    cache.set(options, entry);
  }
  return entry;
}

const SHOUTING = /\b[A-Z]{2,}(?:\s+[A-Z]{2,}){2,}\b|!{2,}/g;

export default defineRule<Options>({
  id: 'errors/blaming-or-hostile-tone',
  area: 'errors',
  lens: 'CX',
  metrics: ['brand-perception', 'csat', 'error-recovery'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['nielsen-9', 'tone'],
  languages: ['html', 'jsx'],
  help: 'Say what happened in a calm, neutral voice, without blaming the person',
  why: 'Messages that blame or shout make people feel stupid at the moment they most need help, and they remember the brand for it.',
  optionsSchema: termMapOptions('a calmer suggestion'),
  defaultOptions: { extraTerms: {}, allow: [] },
  check(context) {
    const { document, options } = context;
    const { suggestions, words } = compiled(options);
    for (const message of collectMessages(document)) {
      // Tone words are common in ordinary copy (“Wrong size? Returns are free”): judge only errors.
      if (!message.errorContext) continue;
      context.examined(message.element);
      if (isVagueMessage(message.text)) continue;
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const match of source.matchAll(words)) {
          const start = segment.start + match.index;
          const suggestion = suggestions.get(match[0].toLowerCase().replace(/\s+/g, ' ')) ?? '';
          context.report({ range: { start, end: start + match[0].length }, detail: `“${match[0]}”: ${suggestion}` });
        }
        for (const match of source.matchAll(SHOUTING)) {
          const start = segment.start + match.index;
          context.report({
            range: { start, end: start + match[0].length },
            detail: match[0].startsWith('!') ? '“!!!” sounds alarmed' : 'capitals read as shouting',
          });
        }
      }
    }
  },
});
