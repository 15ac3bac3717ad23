/**
 * The last syntax tree of each document being edited, so that the next parse after a keystroke
 * goes through TypeScript's incremental parser (the one tsserver runs on every keystroke): the
 * stretches of the tree the edit did not touch are reused, so a keystroke in a 1,000-line
 * component re-reads a few statements, not the whole file.
 *
 * The edit is found by comparing the old and new texts (their common start and end), so callers
 * need no change events, and whatever the new text is, the tree is right for it. TypeScript moves
 * the reused nodes of the old tree in place, so an old tree is dropped the moment it is updated
 * and never handed out again. The model built from a tree holds no TypeScript nodes.
 */
import ts from './typescript.js';

interface Entry {
  readonly text: string;
  readonly kind: ts.ScriptKind;
  readonly sourceFile: ts.SourceFile;
}

/** An edit this large of the file is parsed afresh: reusing the rest would save little. */
const FRESH_PARSE_SHARE = 0.5;

export class ParseCache {
  /** In order of use, the most recent last (a Map keeps insertion order). */
  private readonly entries = new Map<string, Entry>();

  /** `capacity`: how many documents' trees are kept (the least recently parsed go first). */
  constructor(private readonly capacity = 8) {}

  /**
   * The tree of `text` for the document named `fileName`: updated from the tree kept for that
   * document when there is one of the same kind, parsed afresh otherwise.
   */
  sourceFile(fileName: string, text: string, kind: ts.ScriptKind): ts.SourceFile {
    const previous = this.entries.get(fileName);
    this.entries.delete(fileName);
    const sourceFile = previous && previous.kind === kind ? updated(previous, text) : fresh(fileName, text, kind, true);
    this.entries.set(fileName, { text, kind, sourceFile });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    return sourceFile;
  }

  /** Forgets a document's tree (it was closed). */
  forget(fileName: string): void {
    this.entries.delete(fileName);
  }

  /** How many trees are kept (for tests). */
  get size(): number {
    return this.entries.size;
  }
}

/**
 * A fresh tree. `parents` for a document being edited: TypeScript's first incremental update of
 * a tree sets every parent pointer (fixupParentReferences) before it reuses anything, which made
 * the first keystroke in a 14,000-line file cost ~25 ms more than the next; set while parsing,
 * they cost the opening parse a few percent instead.
 */
export function fresh(fileName: string, text: string, kind: ts.ScriptKind, parents = false): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, parents, kind);
}

function updated(previous: Entry, text: string): ts.SourceFile {
  if (previous.text === text) return previous.sourceFile;
  const change = changeBetween(previous.text, text);
  if (change.span.length > previous.text.length * FRESH_PARSE_SHARE)
    return fresh(previous.sourceFile.fileName, text, previous.kind, true);
  try {
    return ts.updateSourceFile(previous.sourceFile, text, change);
  } catch {
    // TypeScript checks its own invariants while reusing nodes; a failed one costs a fresh parse.
    return fresh(previous.sourceFile.fileName, text, previous.kind, true);
  }
}

/** The one span of `before` that `after` replaces: all between their common start and end. */
export function changeBetween(before: string, after: string): ts.TextChangeRange {
  const shorter = Math.min(before.length, after.length);
  // Whole chunks first (string equality runs natively), then one character at a time.
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK))
    start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end + CHUNK <= shorter - start &&
    before.slice(before.length - end - CHUNK, before.length - end) ===
      after.slice(after.length - end - CHUNK, after.length - end)
  )
    end += CHUNK;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return ts.createTextChangeRange(ts.createTextSpan(start, before.length - end - start), after.length - end - start);
}

const CHUNK = 256;
