/**
 * What the Touchpoint language server and its clients say to each other beyond the Language
 * Server Protocol: the custom messages, the initialization options, and the files a workspace
 * review looks for. Kept apart from the server (no engine code here), so the VS Code extension
 * imports it without loading the engine.
 */
import type { WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import { SOURCE_GLOB } from '../core/parse/languages.js';

/** A request to the client: the text of a file of a virtual file system (`{ uri }` → string or null). */
export const READ_FILE_REQUEST = 'touchpoint/readFile';
/** A notification to the client: a document's latest report (`{ uri, report }`, null when it has none), for the scorecard. */
export const REPORT_NOTIFICATION = 'touchpoint/report';
/** A notification to the client: the config files that are broken now (`{ brokenConfigs }`), for its status items. */
export const STATUS_NOTIFICATION = 'touchpoint/status';
/** A request from the client: `ReviewParams` → `WorkspaceReport`, or null when Touchpoint is off (review.ts). */
export const REVIEW_REQUEST = 'touchpoint/review';

export interface ReviewParams extends WorkDoneProgressParams {
  /** Files on disk the client found (absolute paths); the review keeps those it covers. */
  readonly files: readonly string[];
  /** The workspace folders on disk: the review covers what the CLI would review in each. */
  readonly roots: readonly string[];
  /** Answer with the report packed (packedReport.ts): VS Code's extension asks for it. */
  readonly pack?: boolean;
}

/** What the client tells the server at start (`initializationOptions`). */
export interface TouchpointInitializationOptions {
  /** The `touchpoint.*` settings, for clients that cannot answer `workspace/configuration`. */
  readonly settings?: Record<string, unknown>;
  /** Client commands the server may put in code actions (VS Code's docs and scorecard commands). */
  readonly commands?: { readonly showDocs?: string; readonly showScorecard?: string };
  /** Send each document's latest report (`touchpoint/report`) and the status (`touchpoint/status`). */
  readonly reports?: boolean;
  /** `push`: publish diagnostics even to a client that could pull them (VS Code's extension). */
  readonly diagnostics?: 'push';
}

/**
 * The files a workspace review looks for (VS Code finds them, minus `files.exclude`) and, after
 * a review, watches: every extension core reads, `.mts` and `.cts` included, and JSON, of which
 * the review keeps the message catalogs (the config's `messages`).
 */
export const REVIEW_GLOB = SOURCE_GLOB.replace(/\}$/, ',json}');
export const REVIEW_EXCLUDE = '**/node_modules/**';
