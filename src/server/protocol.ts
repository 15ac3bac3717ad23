/**
 * What the Touchpoint language server and its clients say to each other beyond the Language
 * Server Protocol: the custom messages, the initialization options, and the files a workspace
 * review looks for. Kept apart from the server (no engine code here), so the VS Code extension
 * imports it without loading the engine.
 */
import type { WorkDoneProgressParams } from 'vscode-languageserver-protocol';
import type { ExportFormat, FileReport, HistoryPoint } from '../core/index.js';
import type { PackedReport } from './packedReport.js';
import { SOURCE_GLOB } from '../core/parse/languages.js';

/** A request to the client: the text of a file of a virtual file system (`{ uri }` → string or null). */
export const READ_FILE_REQUEST = 'touchpoint/readFile';
/**
 * A notification to the client: what a document's latest check came to (`{ uri, counts }`, null
 * when it has none), for status items; the scorecard asks the server for the findings themselves.
 */
export const REPORT_NOTIFICATION = 'touchpoint/report';

export interface DocumentCounts {
  readonly fileName: string;
  readonly findings: number;
  /** False for a file not checked (too large, binary). */
  readonly checked: boolean;
}
/** A notification to the client: the config files that are broken now (`{ brokenConfigs }`), for its status items. */
export const STATUS_NOTIFICATION = 'touchpoint/status';
/**
 * A request from the client: `ReviewParams` → `WorkspaceReport` (or `ReviewAnswer` when it asks
 * for a summary), null when Touchpoint is off (review.ts). The server keeps the last finished
 * review, kept current by `update` reviews, for the scorecard and exports.
 */
export const REVIEW_REQUEST = 'touchpoint/review';
/** A request from the client: `ScorecardParams` → the scorecard's `ScorecardData` (keptReview.ts). */
export const SCORECARD_REQUEST = 'touchpoint/scorecard';
/** A request from the client: `ExportParams` → `ScorecardExport`, the scorecard as a file of a format. */
export const EXPORT_REQUEST = 'touchpoint/export';
/** A request from the client: no params → `RuleEntry[]`, every rule the server knows (a rule picker). */
export const RULES_REQUEST = 'touchpoint/rules';

export interface RuleEntry {
  readonly id: string;
  readonly help: string;
  /** The rule's page. */
  readonly docsUrl: string;
}

export interface ReviewParams extends WorkDoneProgressParams {
  /** Files on disk the client found (absolute paths); the review keeps those it covers. */
  readonly files: readonly string[];
  /** The workspace folders on disk: the review covers what the CLI would review in each. */
  readonly roots: readonly string[];
  /**
   * Answer with a `ReviewAnswer` (the summary, and the files' findings packed for Problems)
   * instead of the whole report: VS Code's extension asks for it and keeps no report of its own.
   */
  readonly summary?: boolean;
  /**
   * Review these files again within the kept review (changed, created, closed or deleted on disk
   * after it): their reports replace theirs, and a file the review no longer covers leaves it.
   */
  readonly update?: boolean;
}

/** What a review tells a client that keeps no report (`summary: true`). */
export interface ReviewAnswer {
  /** The kept review's summary after this review (for an `update`, the whole review's). */
  readonly summary: ReviewSummary | null;
  /** The files this request reviewed, as the Problems view shows them, packed (packedReport.ts). */
  readonly reviewed: PackedReport<ProblemsReport>;
  /** Files the request named that left the review (deleted, or no longer covered). */
  readonly removed: readonly string[];
}

/**
 * A review as a Problems view shows it: each file's findings (within a budget for the whole
 * review, keptReview.ts) and the notes on lists cut short (`findings-capped`).
 */
export interface ProblemsReport {
  readonly cancelled: boolean;
  readonly files: readonly ProblemsFile[];
}

export type ProblemsFile = Pick<FileReport, 'fileName' | 'findings' | 'notices'>;

/** The kept review, as the status bar and the review's history need it. */
export interface ReviewSummary {
  readonly overall: number | null;
  readonly findingCount: number;
  /** Files checked (the scorecard's header counts the same). */
  readonly checked: number;
  /** Every file the review covers, checked or not (closing one re-reviews it). */
  readonly files: readonly string[];
  readonly durationMs: number;
  /** The review's point for the scorecard's history plot. */
  readonly history: HistoryPoint;
}

/** What the scorecard is drawn for: the client's workspace, and the history it keeps. */
export interface ScorecardParams {
  /** Where relative paths start ('' without a folder on disk). */
  readonly root: string;
  readonly title: string;
  readonly toolVersion: string;
  readonly history: readonly HistoryPoint[];
}

export interface ExportParams extends ScorecardParams {
  readonly format: ExportFormat;
}

/** An export: the file's text in chunks (a large report may not fit one string). */
export interface ScorecardExport {
  readonly label: string;
  readonly fileExtension: string;
  /** The name a save dialog suggests. */
  readonly fileName: string;
  readonly chunks: readonly string[];
}

/** What the client tells the server at start (`initializationOptions`). */
export interface TouchpointInitializationOptions {
  /** The `touchpoint.*` settings, for clients that cannot answer `workspace/configuration`. */
  readonly settings?: Record<string, unknown>;
  /** Client commands the server may put in code actions (VS Code's docs and scorecard commands). */
  readonly commands?: { readonly showDocs?: string; readonly showScorecard?: string };
  /** Send each document's latest counts (`touchpoint/report`) and the status (`touchpoint/status`). */
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
