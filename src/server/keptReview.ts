/**
 * The last finished workspace review, kept by the server for the clients that keep no report
 * (VS Code's extension asks for summaries: a 5,000-file review held in the extension host cost it
 * hundreds of MB). `update` reviews keep it current as files change on disk; the scorecard's data
 * (`touchpoint/scorecard`) and its exports (`touchpoint/export`) are drawn from it, with the open
 * documents' latest reports in place of their reviewed ones. What such a client gets for its
 * Problems view is bounded (forProblems): the scorecard lists every finding.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  combineReports,
  decodeFileReport,
  encodeFileReport,
  historyPoint,
  outputFormat,
  renderChunks,
  scorecardData,
  type FileReport,
  type HistoryPoint,
  type PortableFileReport,
  type ScorecardData,
  type Severity,
  type WorkspaceReport,
} from '../core/index.js';
import type {
  ExportParams,
  ProblemsFile,
  ProblemsReport,
  ReviewAnswer,
  ReviewParams,
  ReviewSummary,
  ScorecardExport,
  ScorecardParams,
} from './protocol.js';

/** A kept file: its report as portable JSON (formats/portable.ts), compressed, and what the summary counts. */
interface KeptFile {
  readonly compressed: Buffer;
  readonly overall: number | null;
  readonly findings: number;
  readonly checked: boolean;
}

export class KeptReview {
  /**
   * Each file's report as compressed portable JSON, not as objects: 1,000 generated files with
   * 31,773 findings held 55 MB as objects, 20 MB as JSON and 2.7 MB compressed (77 ms to
   * compress, 141 ms to read back). They are read back when the scorecard or an export needs
   * them, and stay in memory only while used.
   */
  private files = new Map<string, KeptFile>();
  private kept: { readonly durationMs: number; readonly history: HistoryPoint } | undefined;
  /** The files read back, while something still uses them (the scorecard asks again on every change). */
  private decoded: WeakRef<FileReport[]> | undefined;

  /**
   * A review answered: a whole one that finished becomes the kept review; an `update` replaces
   * the reports of the files it names (a named file it did not review leaves the kept review).
   */
  reviewed(params: ReviewParams, report: WorkspaceReport): Omit<ReviewAnswer, 'reviewed'> {
    let removed: string[] = [];
    if (params.update && this.kept) {
      const reviewed = new Set(report.files.map((file) => file.fileName));
      removed = params.files.filter((file) => this.files.has(file) && !reviewed.has(file));
      for (const file of removed) this.files.delete(file);
      for (const file of report.files) this.files.set(file.fileName, keptFile(file));
      this.decoded = undefined;
    } else if (!params.update && !report.cancelled) {
      this.files = new Map(report.files.map((file) => [file.fileName, keptFile(file)]));
      this.kept = { durationMs: report.durationMs, history: historyPoint(report) };
      this.decoded = undefined; // not the review's own objects: the server lets them go (server.ts)
    }
    return { summary: this.summary() ?? null, removed };
  }

  /** Whether the kept review covers the file. */
  covers(file: string): boolean {
    return this.files.has(file);
  }

  /** The scorecard's data: the kept review with open documents' reports, or those alone. */
  scorecard(params: ScorecardParams, live: readonly FileReport[]): ScorecardData {
    const { report, scope } = this.current(live);
    return scorecardData(report, {
      root: params.root,
      title: params.title,
      toolVersion: params.toolVersion,
      scope,
      history: params.history,
    });
  }

  /**
   * The scorecard as a file of one of core's formats, as the CLI writes it (paths relative to
   * the root, no shard, nothing baselined): “Export JSON” is the versioned JSON report that
   * `touchpoint merge` reads.
   */
  export(params: ExportParams, live: readonly FileReport[]): ScorecardExport {
    const { report, scope } = this.current(live);
    const { label, fileExtension } = outputFormat(params.format);
    const chunks = renderChunks(params.format, {
      report,
      root: params.root,
      title: params.title,
      toolVersion: params.toolVersion,
      scope,
      history: params.history,
    });
    return { label, fileExtension, fileName: `touchpoint-scorecard.${fileExtension}`, chunks };
  }

  /** The kept review's summary: its score is the mean of its files' (as combineReports makes it). */
  private summary(): ReviewSummary | undefined {
    if (!this.kept) return undefined;
    const files = [...this.files.values()];
    const scored = files.filter((file) => file.overall !== null).map((file) => file.overall!);
    return {
      overall: scored.length === 0 ? null : Math.round(scored.reduce((sum, value) => sum + value, 0) / scored.length),
      findingCount: files.reduce((sum, file) => sum + file.findings, 0),
      checked: files.filter((file) => file.checked).length,
      files: [...this.files.keys()],
      ...this.kept,
    };
  }

  /** The kept files' reports, read back (or still in memory from the last time). */
  private keptReports(): FileReport[] {
    let reports = this.decoded?.deref();
    if (!reports) {
      reports = [...this.files.values()].map((file) =>
        decodeFileReport(JSON.parse(inflateRawSync(file.compressed).toString()) as PortableFileReport),
      );
      this.decoded = new WeakRef(reports);
    }
    return reports;
  }

  private current(live: readonly FileReport[]): { report: WorkspaceReport; scope: ScorecardData['scope'] } {
    const byFile = new Map((this.kept ? this.keptReports() : []).map((file) => [file.fileName, file]));
    for (const report of live) byFile.set(report.fileName, report);
    // A kept review is a finished one (a cancelled review is not kept).
    const report = combineReports([...byFile.values()], { durationMs: this.kept?.durationMs });
    return { report, scope: this.kept ? 'review' : 'open-files' };
  }
}

function keptFile(file: FileReport): KeptFile {
  return {
    compressed: deflateRawSync(JSON.stringify(encodeFileReport(file)), { level: 1 }),
    overall: file.score.overall,
    findings: file.findings.length,
    checked: file.checked,
  };
}

/**
 * At most this many of a review's findings go to a client's Problems view (the most severe
 * first, then in file order): a list of 145,000 helps no one, and VS Code's extension host holds
 * every diagnostic it shows (a 145,678-finding review in Problems took it 444 MB above its size
 * before Touchpoint; within this budget, and set in one call, 2–25 MB). The scorecard lists
 * them all.
 */
export const PROBLEMS_BUDGET = 5_000;

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * What a client's Problems view shows of a review: each file's findings within PROBLEMS_BUDGET
 * for the whole review, and a `findings-capped` notice on a file with findings left out (with
 * those the engine capped per rule). Nothing else of the report goes with it (tallies, scores,
 * message uses, the findings' snippets and fixes: a kilobyte a file, which a client that keeps
 * no report does not need).
 */
export function forProblems(report: WorkspaceReport, budget = PROBLEMS_BUDGET): ProblemsReport {
  const total = report.files.reduce((sum, file) => sum + file.findings.length, 0);
  // The least severe level listed (0 errors, 1 warnings, 2 info), and how many of it fit.
  let lastRank = 2;
  let roomAtLast = Infinity;
  if (total > budget) {
    const byRank = [0, 0, 0];
    for (const file of report.files) for (const finding of file.findings) byRank[SEVERITY_RANK[finding.severity]]!++;
    let before = 0;
    lastRank = 0;
    while (lastRank < 2 && before + byRank[lastRank]! <= budget) before += byRank[lastRank++]!;
    roomAtLast = budget - before;
  }
  const files = report.files.map((file): ProblemsFile => {
    const findings = file.findings
      .filter((finding) => {
        const rank = SEVERITY_RANK[finding.severity];
        if (rank < lastRank) return true;
        if (rank > lastRank || roomAtLast <= 0) return false;
        roomAtLast--;
        return true;
      })
      // A problem shows the message, the rule and its page, where, and related places: not the
      // source it quotes or the fix's edits (the quick fix comes from the server when asked).
      .map((finding) => ({ ...finding, snippet: '', fix: undefined }));
    const left = file.findings.length - findings.length;
    const notices = file.notices.filter((notice) => notice.code === 'findings-capped');
    if (left > 0)
      notices.push({
        code: 'findings-capped',
        severity: 'info',
        message: `${left} more ${left === 1 ? 'finding' : 'findings'} in this file: the Problems view lists at most ${budget.toLocaleString('en')} of a review's, the most severe first (the scorecard lists them all)`,
        fileName: file.fileName,
        location: { line: 1, column: 1 },
        count: left,
      });
    return { fileName: file.fileName, findings, notices };
  });
  return { cancelled: report.cancelled, files };
}
