/**
 * Translated messages in the model: a message's words (icu.ts) placed in the source. When the
 * string in the source is the message exactly (no escapes), each variant's spans become source
 * ranges; otherwise the message is one range, the whole string, and the prose reader blanks
 * what it can.
 */
import type { CatalogMessage, SourceRange, StringPart } from '../model.js';
import { messageWords, type MessageFormat, type Span } from './icu.js';

export type { MessageFormat } from './icu.js';

export interface WrittenMessage {
  readonly key: string;
  readonly id?: string;
  readonly text: string;
  /** The string inside its quotes in `source`. */
  readonly range: SourceRange;
  readonly description?: string;
  readonly format: MessageFormat;
}

function placed(spans: readonly Span[], range: SourceRange, exact: boolean): SourceRange[] {
  if (!exact) return [range];
  return spans.map(([start, end]) => ({ start: range.start + start, end: range.start + end }));
}

/** Placeholders: `{{name}}`, `{name}`, `$t(key)`. */
const PLACEHOLDER = /\{\{[^}]*\}\}|\{[^{}]*\}|\$t\([^)]*\)/g;

/**
 * A message written in `source` as a CatalogMessage: its variants as source ranges; undefined
 * when no variant has a word of its own (`{value}`, `{{count}}`).
 */
export function catalogMessage(message: WrittenMessage, source: string): CatalogMessage | undefined {
  const words = messageWords(message.text, message.format);
  const hasWords = words.variants.some((spans) =>
    /[\p{L}\p{N}]/u.test(
      spans.map(([start, end]) => message.text.slice(start, end).replace(PLACEHOLDER, ' ')).join(' '),
    ),
  );
  if (!hasWords) return undefined;
  const exact = source.slice(message.range.start, message.range.end) === message.text;
  const variants = exact ? words.variants.map((spans) => placed(spans, message.range, true)) : [[message.range]];
  return {
    key: message.key,
    ...(message.id !== undefined && { id: message.id }),
    text: message.text,
    range: message.range,
    ...(message.description !== undefined && { description: message.description }),
    variants,
    hasArguments: words.hasArguments,
    format: message.format,
  };
}

/**
 * A message rendered where it is written (`{t("Save")}`, `label={intl.formatMessage({
 * defaultMessage: "Name" })}`), as a string part: the words of its `other` branch, and where
 * they are when that is not the whole string.
 */
export function renderedPart(text: string, range: SourceRange, source: string, format: MessageFormat): StringPart {
  const words = messageWords(text, format);
  const exact = source.slice(range.start, range.end) === text;
  const last = words.variants[words.variants.length - 1]!;
  const whole = last.length === 1 && last[0]![0] === 0 && last[0]![1] === text.length;
  if (!exact || whole) return { text: exact ? words.text : text, range };
  return { text: words.text, range, segments: placed(last, range, true) };
}
