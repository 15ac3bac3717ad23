/**
 * The words of a translated message, as people can see them. A FormatJS / react-intl message is
 * ICU MessageFormat (`You have {count, plural, one {# file} other {# files}}`), parsed with
 * FormatJS's own parser: each plural or select branch is one variant of the message, and a
 * variant is the list of spans of the message (offsets into its text) that it shows. Arguments
 * (`{name}`, `{n, number}`, `#`) stay in the spans: the prose reader blanks them as values.
 * Markup tags (`<b>…</b>`) and the plural/select syntax are left out, as HTML tags are between
 * text nodes. An i18next message (`{{count}} files`) is one variant of the whole text: its
 * placeholders are blanked the same way.
 */
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

export type MessageFormat = 'icu' | 'i18next';

/** Offsets into a message's text: `[start, end)`. */
export type Span = readonly [number, number];

/** At most this many variants of one message (a select with many options reads like its first few). */
const MAX_VARIANTS = 6;

export interface MessageWords {
  /** Each variant's spans of the message text, in order, adjacent spans merged. */
  readonly variants: readonly (readonly Span[])[];
  /** The words of the last variant (ICU's `other`), arguments as written: what a label reads. */
  readonly text: string;
  /** The message has values filled in at run time. */
  readonly hasArguments: boolean;
}

/** Whole text, one variant: what a message is when it has no ICU structure or does not parse as ICU. */
function whole(text: string, hasArguments: boolean): MessageWords {
  return { variants: [[[0, text.length]]], text, hasArguments };
}

export function messageWords(text: string, format: MessageFormat): MessageWords {
  if (format === 'i18next' || !/[{}<]/.test(text)) return whole(text, /\{\{|\$t\(/.test(text));
  let elements: MessageFormatElement[];
  try {
    elements = parse(text, { captureLocation: true, requiresOtherClause: false });
  } catch {
    // Not valid ICU: read as plain text (the prose reader blanks `{name}`; code-like syntax is left out).
    return whole(text, /\{/.test(text));
  }
  const count = Math.min(MAX_VARIANTS, Math.max(1, branchCount(elements)));
  const variants: Span[][] = [];
  let hasArguments = false;
  for (let variant = 0; variant < count; variant++) {
    const spans: Span[] = [];
    hasArguments = collect(elements, variant, spans) || hasArguments;
    variants.push(merge(spans));
  }
  const last = variants[variants.length - 1]!;
  return {
    variants: dedupe(variants),
    text: last.map(([start, end]) => text.slice(start, end)).join(''),
    hasArguments,
  };
}

/** The largest number of branches of any plural or select in the message. */
function branchCount(elements: readonly MessageFormatElement[]): number {
  let most = 1;
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const branches = Object.values(element.options);
      most = Math.max(most, branches.length, ...branches.map((branch) => branchCount(branch.value)));
    } else if (element.type === TYPE.tag) {
      most = Math.max(most, branchCount(element.children));
    }
  }
  return most;
}

/** Spans of one variant: branch `variant` of each plural/select (its last when it has fewer). Returns whether it has arguments. */
function collect(elements: readonly MessageFormatElement[], variant: number, spans: Span[]): boolean {
  let hasArguments = false;
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      hasArguments = true;
      const branches = Object.values(element.options);
      const branch = branches[Math.min(variant, branches.length - 1)];
      if (branch) collect(branch.value, variant, spans);
    } else if (element.type === TYPE.tag) {
      hasArguments = collect(element.children, variant, spans) || hasArguments;
    } else {
      if (element.type !== TYPE.literal) hasArguments = true;
      if (element.location) spans.push([element.location.start.offset, element.location.end.offset]);
    }
  }
  return hasArguments;
}

function merge(spans: Span[]): Span[] {
  const merged: Array<[number, number]> = [];
  for (const [start, end] of spans) {
    const last = merged[merged.length - 1];
    if (last && last[1] === start) last[1] = end;
    else if (end > start) merged.push([start, end]);
  }
  return merged;
}

function dedupe(variants: Span[][]): Span[][] {
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = variant.map(([start, end]) => `${start}-${end}`).join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
