/**
 * The documents the client has open, kept from its `didOpen` / `didChange` / `didClose`
 * notifications (incremental sync). Each change is also handed on as offsets in the text it
 * changed, so findings kept between lints (the whole-page run's) can move with the edits.
 */
import { fileURLToPath } from 'node:url';
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextChange } from '../core/index.js';

export interface OpenDocument {
  readonly document: TextDocument;
  /** The file's path for `file:` documents; the URI's path otherwise (untitled, virtual). */
  readonly fileName: string;
}

export interface DocumentEvents {
  opened(open: OpenDocument): void;
  changed(open: OpenDocument, changes: readonly TextChange[]): void;
  saved(open: OpenDocument): void;
  closed(open: OpenDocument): void;
}

export class OpenDocuments {
  private readonly byUri = new Map<string, OpenDocument>();

  get(uri: string): OpenDocument | undefined {
    return this.byUri.get(uri);
  }

  all(): Iterable<OpenDocument> {
    return this.byUri.values();
  }

  /** The open document whose file is `fileName` (the message resolver reads unsaved text). */
  byFileName(fileName: string): OpenDocument | undefined {
    for (const open of this.byUri.values()) if (open.fileName === fileName) return open;
    return undefined;
  }

  listen(connection: Connection, events: DocumentEvents): void {
    connection.onDidOpenTextDocument(({ textDocument: { uri, languageId, version, text } }) => {
      const open = { document: TextDocument.create(uri, languageId, version, text), fileName: fileNameOf(uri) };
      this.byUri.set(uri, open);
      events.opened(open);
    });
    connection.onDidChangeTextDocument(({ textDocument: { uri, version }, contentChanges }) => {
      const open = this.byUri.get(uri);
      if (!open) return;
      events.changed(open, applyChanges(open.document, contentChanges, version));
    });
    connection.onDidSaveTextDocument(({ textDocument: { uri } }) => {
      const open = this.byUri.get(uri);
      if (open) events.saved(open);
    });
    connection.onDidCloseTextDocument(({ textDocument: { uri } }) => {
      const open = this.byUri.get(uri);
      this.byUri.delete(uri);
      if (open) events.closed(open);
    });
  }
}

export function fileNameOf(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A file: URI Node cannot turn into a path (another platform's): its path, as below.
    }
  }
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}

/**
 * Applies the changes to the document (in place, in order, each to the text the ones before it
 * left) and returns each as offsets in the text it applied to; a change without a range
 * replaces the whole text.
 */
function applyChanges(
  document: TextDocument,
  changes: readonly TextDocumentContentChangeEvent[],
  version: number,
): TextChange[] {
  const offsets: TextChange[] = [];
  for (const change of changes) {
    if ('range' in change)
      offsets.push({
        start: document.offsetAt(change.range.start),
        end: document.offsetAt(change.range.end),
        length: change.text.length,
      });
    else offsets.push({ start: 0, end: document.getText().length, length: change.text.length });
    TextDocument.update(document, [change], version);
  }
  if (changes.length === 0) TextDocument.update(document, [], version);
  return offsets;
}
