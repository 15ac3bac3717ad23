/**
 * Developer-facing text shown to people in error messages: `null` / `undefined` / `NaN`,
 * exception names (TypeError, NullPointerException), system codes (ENOENT), HTTP status codes
 * (“Error 500”), database messages (SQLSTATE, ORA-00001), stack words, hex addresses, and
 * browser messages (“Failed to fetch”). The patterns are data (data/technical-terms.json). The
 * finding sits on the matched text, in messages that read as errors.
 */
import terms from '../../data/technical-terms.json';
import { collectMessages, looksLikeError } from '../../messages.js';
import { defineRule } from '../types.js';

interface PatternEntry {
  pattern: string;
  label: string;
  flags?: string;
}

interface Options {
  extraPatterns: PatternEntry[];
}

const compile = (entry: PatternEntry) => ({
  pattern: new RegExp(entry.pattern, `g${entry.flags ?? ''}`),
  label: entry.label,
});
const BUILT_IN = (terms.patterns as PatternEntry[]).map(compile);
const compiled = new WeakMap<Options, Array<{ pattern: RegExp; label: string }>>();

function patternsFor(options: Options): Array<{ pattern: RegExp; label: string }> {
  let patterns = compiled.get(options);
  if (!patterns) {
    patterns = [...BUILT_IN, ...options.extraPatterns.map(compile)];
    compiled.set(options, patterns);
  }
  return patterns;
}

export default defineRule<Options>({
  id: 'errors/technical-jargon',
  area: 'errors',
  lens: 'CX',
  metrics: ['trust', 'comprehension', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-9', 'plain-language'],
  languages: ['html', 'jsx'],
  help: 'Describe the problem in words people use, and log the technical detail instead',
  why: '“TypeError: undefined” tells a customer the product is broken and gives them nothing to act on.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraPatterns: {
        type: 'array',
        description:
          'More patterns: { "pattern": "regular expression", "flags": "i", "label": "what it is, in plain words" }.',
        items: {
          type: 'object',
          required: ['pattern', 'label'],
          properties: {
            pattern: { type: 'string', minLength: 1 },
            label: { type: 'string' },
            flags: { enum: ['', 'i'] },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraPatterns: [] },
  check(context) {
    const { document } = context;
    const PATTERNS = patternsFor(context.options);
    for (const message of collectMessages(document)) {
      if (!looksLikeError(message)) continue;
      if (message.via && !/error|message|fail|alert|toast|notify|warn|helper|title|label/i.test(message.via)) continue;
      context.examined(message.element);
      for (const segment of message.segments) {
        const source = document.text.slice(segment.start, segment.end);
        for (const { pattern, label } of PATTERNS) {
          pattern.lastIndex = 0;
          for (const match of source.matchAll(pattern)) {
            const start = segment.start + match.index;
            context.report({ range: { start, end: start + match[0].length }, detail: `“${match[0]}” is ${label}` });
          }
        }
      }
    }
  },
});
