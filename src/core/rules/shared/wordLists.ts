/**
 * Word-list matching shared by rules whose lists are data (actions, jargon, vague phrases):
 * whole words, case-insensitive, any run of whitespace between the words of a phrase, and the
 * longest phrase first so "pay now" wins over "pay".
 */
export function phrasePattern(phrases: readonly string[], flags = 'i'): RegExp {
  // Rules ask for the same lists on every file: compiled once. Only a pattern without `g` or
  // `y` is shared (it keeps no lastIndex between uses).
  const shared = !/[gy]/.test(flags);
  const key = shared ? `${flags}\u0000${phrases.join('\u0000')}` : '';
  const known = shared ? compiled.get(key) : undefined;
  if (known) return known;
  const pattern = compilePhrases(phrases, flags);
  if (shared) {
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
    compiled.set(key, pattern);
  }
  return pattern;
}

const compiled = new Map<string, RegExp>();
/** Lists are few (the rules' and a config's); a bound all the same. */
const MAX_COMPILED = 256;

function compilePhrases(phrases: readonly string[], flags: string): RegExp {
  const alternatives = [...new Set(phrases.map((phrase) => phrase.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapePhrase);
  // An empty list matches nothing.
  if (alternatives.length === 0) return /(?!)/;
  // Whole words only, and not part of a file name or path (“checkout.html”, “src/pay.tsx”).
  return new RegExp(
    `(?<![\\p{L}\\p{N}_'’-]|[\\p{L}\\p{N}][./])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_'’-]|[./][\\p{L}\\p{N}])`,
    `${flags}u`,
  );
}

function escapePhrase(phrase: string): string {
  return phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Lower-case, punctuation and arrows stripped, whitespace collapsed: "Read more »" → "read more". */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Keeps the case pattern of the original word: "Utilize" → "Use", "UTILIZE" → "USE". */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) {
    return replacement.toUpperCase();
  }
  if (original[0] && original[0] === original[0].toUpperCase() && original[0] !== original[0].toLowerCase()) {
    return replacement[0]!.toUpperCase() + replacement.slice(1);
  }
  return replacement;
}

/**
 * The options schema of a rule whose word list is data: `list` replaces the defaults, `extra`
 * adds to them (e.g. `actions` / `extraActions`).
 */
export function wordListOptions(list: string, extra: string, what: string): Readonly<Record<string, unknown>> {
  const strings = { type: 'array', items: { type: 'string' } };
  return {
    type: 'object',
    properties: {
      [list]: { ...strings, description: `${what}; replaces the default list.` },
      [extra]: { ...strings, description: `${what}, added to the default list.` },
    },
    additionalProperties: false,
  };
}

/** The options schema of a rule whose data maps words to suggestions: `extraTerms` and `allow`. */
export function termMapOptions(what: string): Readonly<Record<string, unknown>> {
  return {
    type: 'object',
    properties: {
      extraTerms: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description: `More words or phrases, each with ${what}.`,
      },
      allow: {
        type: 'array',
        items: { type: 'string' },
        description: 'Words from the list that are fine in this project.',
      },
    },
    additionalProperties: false,
  };
}

/** A message quoted in a finding's detail, cut to 60 characters. */
export function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
