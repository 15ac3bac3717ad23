/**
 * Sentences and words in text blocks, with exact source ranges, for the wording rules that
 * count (reading grade, sentence length). A block's text is its text nodes' raw source joined
 * with spaces (entities blanked out), so every sentence maps back to offsets in the file.
 */
import type { SourceRange } from './model.js';
import type { MessageText } from './messages.js';

export interface Sentence {
  readonly text: string;
  readonly range: SourceRange;
  readonly words: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SENTENCE_END = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The block's raw text with a map back to source offsets. */
function joined(message: MessageText, source: string): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  for (const segment of message.segments) {
    if (text) {
      text += ' ';
      offsets.push(segment.start);
    }
    // Entities become spaces of the same length, so offsets stay exact.
    const raw = source
      .slice(segment.start, segment.end)
      .replace(/&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi, (entity) => ' '.repeat(entity.length));
    for (let i = 0; i < raw.length; i++) offsets.push(segment.start + i);
    text += raw;
  }
  return { text, offsets };
}

export function sentencesOf(message: MessageText, source: string): Sentence[] {
  const { text, offsets } = joined(message, source);
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const from = start + leading;
      const to = from + trimmed.length;
      sentences.push({
        text: trimmed,
        range: { start: offsets[from]!, end: offsets[to - 1]! + 1 },
        words: countWords(trimmed),
      });
    }
  };
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}
