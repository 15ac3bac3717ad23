/**
 * Prose: the part of a page's text that people read as sentences, shared by the wording rules.
 * messageTexts.ts says where text is; this module says which of it is prose, and splits it into
 * sentences and words with exact source ranges.
 *
 * - Template syntax (`<% %>`, `{% %}`, `{{#each}}`) is logic, and placeholders (`{{ }}`,
 *   `<%= %>`, `${…}`, `%PUBLIC_URL%`, `$ASSET_PATH`, `{name}`) are values filled in at run time,
 *   as JSX expressions are: neither is words. Both are blanked out, as are entities; blanking
 *   keeps every offset exact.
 * - A sentence that reads as code (operators, braces, semicolons, identifiers such as
 *   `ASSET_PATH` or `getItem()`) is not prose: code samples and scripts shown as text are for
 *   developers to copy, not for anyone to rewrite.
 * - Placeholder text (“Lorem ipsum…”) is not prose: it is there to be replaced, not reworded.
 * - Text in a `<textarea>` is a field's value, not the page's words (messageTexts.ts leaves it out).
 */
import type { SourceRange, UiDocument } from '../../model.js';
import { collectMessages, type MessageText } from './messageTexts.js';

export interface Sentence {
  /** The sentence with placeholders and entities blanked out, trimmed. */
  readonly text: string;
  readonly range: SourceRange;
  readonly words: number;
  /** Reads as code rather than prose. */
  readonly code: boolean;
  /** The source offset of each character of `text`. */
  readonly offsets: readonly number[];
}

/** A message as prose: its sentences that are not code, and whether it is placeholder text. */
export interface Prose {
  readonly message: MessageText;
  readonly sentences: readonly Sentence[];
  /** Lorem-ipsum style placeholder text. */
  readonly filler: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;

/** Template control tags: logic, not text (`{% if %}`, `<% for %>`, `{{#each}}`, `{/if}`). */
const CONTROL = new RegExp(
  [
    String.raw`<%(?![=-])[\s\S]*?(?:%>|$)`, // EJS, ERB
    String.raw`\{%-?\s*comment\b[\s\S]*?(?:\{%-?\s*endcomment\s*-?%\}|$)`, // Django, Liquid comments and what they hold
    String.raw`\{%[\s\S]*?(?:%\}|$)`, // Jinja, Liquid, Nunjucks
    String.raw`\{#[\s\S]*?(?:#\}|$)`, // Jinja comments
    String.raw`\{\{\s*(?:[#/!>^]|else\b)[\s\S]*?(?:\}\}|$)`, // Handlebars and Mustache blocks
    String.raw`\{[#/:@][A-Za-z][^{}]*\}`, // Svelte blocks
    String.raw`&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);`, // entities
  ].join('|'),
  'gi',
);
/** Values filled in at run time: part of the sentence, but not words. */
const VALUE = new RegExp(
  [
    String.raw`<%[=-][\s\S]*?(?:%>|$)`, // EJS, ERB output
    String.raw`\{\{[\s\S]*?(?:\}\}\}?|$)`, // Handlebars, Mustache, Jinja, Liquid, Vue, Angular
    String.raw`\$\{[^}]*\}?`, // template literals, shell
    String.raw`%[A-Za-z_][\w.-]*%`, // %PUBLIC_URL%
    String.raw`\$[A-Za-z_]\w*`, // $ASSET_PATH
    String.raw`__[A-Za-z]\w*__`, // __APP_NAME__
    String.raw`\{[A-Za-z_$][\w.$]*(?:\s*,[^{}]*)?\}`, // i18n {name}, {count, number}
  ].join('|'),
  'g',
);
/** Stands in for each character of a value: not a letter, a space or a sentence end. */
const VALUE_MARK = '·';

/** Marks of code: arrows, comparisons, braces, semicolons, empty calls, comments, tags. */
const CODE_SIGN =
  /=>|[!=]==?|&&|\|\||[;{}]|\(\s*\)|\[\s*\]|[\w$]\.[\w$]+\s*\(|::|\/\/|\/\*|\*\/|\+\+|<\/?[a-z][\w-]*[\s/>]/gi;

/**
 * Identifiers: snake_case and SCREAMING_CASE, camelCase, dotted paths, calls. PascalCase
 * product names (“JavaScript”, “PayPal”) are names, not identifiers.
 */
const IDENTIFIER = new RegExp(
  [
    String.raw`^[A-Za-z_$][\w$]*_[\w$]*$`, // snake_case, SCREAMING_CASE
    String.raw`^[a-z$][a-z0-9$]*[A-Z][\w$]*$`, // camelCase
    String.raw`^[A-Za-z_$][\w$]+(?:\.[A-Za-z_$][\w$]+)+(?:\(\))?$`, // dotted paths (not “e.g.”)
    String.raw`^[A-Za-z_$][\w$.]*\(\)$`, // calls
  ].join('|'),
);
const TOKEN = /[^\s,;:!?"“”'‘’]+/g;

/** `\n`, `\r`, `\t` written as escapes in a catalog string's source: a break between sentences. */
const ESCAPED_BREAK = /\\[nrt]/g;

/**
 * Same-length text with template tags and entities turned into spaces, and values filled in
 * at run time into “·” (they belong to the sentence, but are not words).
 */
export function blankPlaceholders(text: string): string {
  return text
    .replace(ESCAPED_BREAK, '  ')
    .replace(CONTROL, (match) => match.replace(/[^\n]/g, ' '))
    .replace(VALUE, (match) => match.replace(/[^\n]/g, VALUE_MARK));
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** A token of code: `ASSET_PATH`, `getItem`, `window.location`, `save()`. */
export function isIdentifier(token: string): boolean {
  // Sentence punctuation around the token is not part of it; a call's “()” is.
  const bare = token.replace(/^[([]+/, '').replace(/(\(\))?[.)\]]*$/, (_tail, call?: string) => call ?? '');
  return IDENTIFIER.test(bare);
}

/**
 * Text that reads as code: three code marks (prose almost never has one), or two and more
 * identifiers and marks than one word in five.
 */
export function looksLikeCode(text: string): boolean {
  const signs = text.match(CODE_SIGN)?.length ?? 0;
  if (signs >= 3) return true;
  const identifiers = (text.match(TOKEN) ?? []).filter(isIdentifier).length;
  const marks = signs + identifiers;
  return marks >= 2 && marks * 5 >= Math.max(countWords(text), 1);
}

// Words of the Latin placeholder text (and its hipster variants) that are not English words.
const FILLER_WORDS = new Set(
  (
    'lorem ipsum dolor amet consectetur consectetuer adipiscing adipisicing elit eiusmod tempor incididunt ' +
    'labore dolore aliqua veniam nostrud exercitation ullamco laboris aliquip commodo consequat duis aute ' +
    'irure reprehenderit voluptate velit cillum fugiat nulla pariatur excepteur occaecat cupidatat proident ' +
    'officia deserunt mollit laborum pellentesque suspendisse vestibulum mauris phasellus maecenas fusce ' +
    'aenean curabitur vivamus donec nunc quisque praesent etiam morbi nullam sodales tincidunt ultricies ' +
    'vulputate fringilla egestas lacinia viverra euismod facilisis scelerisque malesuada hendrerit ' +
    'sagittis dignissim pulvinar feugiat posuere imperdiet rutrum convallis ullamcorper aliquet lobortis ' +
    'vehicula iaculis porttitor laoreet dapibus eleifend volutpat tristique gravida mattis rhoncus auctor ' +
    'placerat elementum accumsan bibendum efficitur suscipit molestie condimentum habitasse dictumst ' +
    'sociosqu litora torquent conubia inceptos himenaeos blandit luctus finibus congue interdum ornare'
  ).split(/\s+/),
);

function fillerWordCount(text: string): { distinct: number; total: number; words: number } {
  const all = words(text.toLowerCase());
  const found = all.filter((word) => FILLER_WORDS.has(word));
  return { distinct: new Set(found).size, total: found.length, words: all.length };
}

/** “Lorem ipsum dolor sit amet…”: three placeholder words, or two making a tenth of the text. */
export function isPlaceholderText(text: string): boolean {
  const { distinct, total, words } = fillerWordCount(text);
  return distinct >= 3 || (distinct >= 2 && total * 10 >= words);
}

/** The text of a message's segments joined by spaces, placeholders blanked, with source offsets. */
function joined(message: MessageText, source: string): Array<{ text: string; offsets: number[] }> {
  // A line break (<br>) between two text nodes ends a run: the words either side are not one sentence.
  // Parts are joined once at the end, and the last character kept aside: reading the end of a
  // growing string copies it each time, which on a block of 100,000 links took minutes.
  const runs: Array<{ text: string; offsets: number[] }> = [];
  let parts: string[] = [];
  let offsets: number[] = [];
  let last = '';
  const endRun = (): void => {
    runs.push({ text: parts.join(''), offsets });
    parts = [];
    offsets = [];
    last = '';
  };
  let previousEnd: number | undefined;
  for (const segment of message.segments) {
    const raw = blankPlaceholders(source.slice(segment.start, segment.end));
    if (previousEnd !== undefined) {
      const gap = source.slice(previousEnd, segment.start);
      if (/<br\b/i.test(gap)) {
        endRun();
      } else if (!(/\S/.test(last) && /^\S/.test(raw) && gap.replace(/<[^>]*>/g, '') === '')) {
        // Tags alone between two words join them (“Graph<em>i</em>QL” is one word).
        parts.push(' ');
        offsets.push(segment.start);
        last = ' ';
      }
    }
    for (let i = 0; i < raw.length; i++) offsets.push(segment.start + i);
    parts.push(raw);
    if (raw) last = raw[raw.length - 1]!;
    previousEnd = segment.end;
  }
  endRun();
  return runs;
}

export function sentencesOf(message: MessageText, source: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { text, offsets } of joined(message, source)) {
    let start = 0;
    const push = (end: number): void => {
      const raw = text.slice(start, end);
      const leading = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (countWords(trimmed) === 0) return;
      const from = start + leading;
      const to = from + trimmed.length;
      sentences.push({
        text: trimmed,
        range: { start: offsets[from]!, end: offsets[to - 1]! + 1 },
        words: countWords(trimmed),
        code: looksLikeCode(trimmed),
        offsets: offsets.slice(from, to),
      });
    };
    for (const match of text.matchAll(SENTENCE_END)) {
      const end = match.index + match[0].length;
      push(end);
      start = end;
    }
    push(text.length);
  }
  return sentences;
}

/**
 * The source range of `length` characters of a sentence from `index`, when they are one run
 * of source (not split by markup between text nodes); undefined otherwise.
 */
export function sourceRange(sentence: Sentence, index: number, length: number): SourceRange | undefined {
  const start = sentence.offsets[index];
  const last = sentence.offsets[index + length - 1];
  if (start === undefined || last === undefined || last - start !== length - 1) return undefined;
  return { start, end: last + 1 };
}

const cache = new WeakMap<UiDocument, readonly Prose[]>();

/**
 * Every message of the document as prose, in source order (computed once per document):
 * code sentences dropped, placeholder text marked. On a page that has placeholder text, a
 * block with one placeholder word is placeholder text too (the hipster variants mix them in).
 */
export function proseOf(document: UiDocument): readonly Prose[] {
  let result = cache.get(document);
  if (result) return result;
  const messages = collectMessages(document);
  const drafts = messages.map((message) => {
    const sentences = sentencesOf(message, document.text).filter((sentence) => !sentence.code);
    const text = sentences.map((sentence) => sentence.text).join(' ');
    return { message, sentences, text, filler: isPlaceholderText(text) };
  });
  const pageHasFiller = drafts.some((draft) => draft.filler);
  result = drafts.map(({ message, sentences, text, filler }) => ({
    message,
    sentences,
    filler: filler || (pageHasFiller && fillerWordCount(text).distinct > 0),
  }));
  cache.set(document, result);
  return result;
}

const vocabularies = new WeakMap<UiDocument, ReadonlySet<string>>();

/**
 * The page's own subject words: those its prose uses three times or more (lower-cased). To the
 * people reading a page about encryption, “encryption” is not a hard word.
 */
export function pageVocabulary(document: UiDocument): ReadonlySet<string> {
  let vocabulary = vocabularies.get(document);
  if (vocabulary) return vocabulary;
  const counts = new Map<string, number>();
  for (const { message, sentences, filler } of proseOf(document)) {
    if (message.source !== 'text' || filler) continue;
    for (const sentence of sentences) {
      for (const word of words(sentence.text.toLowerCase())) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  vocabulary = new Set([...counts].filter(([, count]) => count >= 3).map(([word]) => word));
  vocabularies.set(document, vocabulary);
  return vocabulary;
}

/**
 * A term rather than an everyday word: a name (capitalised after the start of its sentence),
 * an abbreviation, an identifier, or one of the page's subject words.
 */
export function isTerm(word: string, firstInSentence: boolean, vocabulary: ReadonlySet<string>): boolean {
  return (
    (!firstInSentence && /^\p{Lu}/u.test(word)) ||
    /\p{Lu}.*\p{Lu}/u.test(word) ||
    /\p{Ll}\p{Lu}/u.test(word) ||
    vocabulary.has(word.toLowerCase())
  );
}

/**
 * Past this many words (as sentenceLength counts them) readers lose track of a sentence: the
 * default of wording/long-sentence, and the sentences wording/reading-grade leaves to it.
 */
export const LONG_SENTENCE = 30;

/** An aside in brackets inside a sentence (not a sentence that is all aside). */
const ASIDE = /\s*\([^()]*\)/g;
/** A quoted phrase: a label or a name (“Derive bits”). */
const QUOTED = /["“][^"“”]{1,60}["”]/g;
/** A name of several capitalised words (“Payment Request API”), after the sentence's first word. */
const NAME = /(?<=\S\s+)\p{Lu}[\p{L}\p{N}'’-]*(?:\s+\p{Lu}[\p{L}\p{N}'’-]*)+/gu;

/**
 * The words a reader has to hold to follow a sentence: an aside in brackets can be skipped, and
 * a quoted label or a name of several capitalised words (“Payment Request API”) is read as one.
 */
export function sentenceLength(text: string): number {
  const inner = text.replace(/^\((.*)\)[.!?]*$/s, '$1');
  return countWords(inner.replace(ASIDE, ' ').replace(QUOTED, ' name ').replace(NAME, 'name'));
}
