/**
 * Every output format, in one registry: the CLI's `--format` and the scorecard panel's exports
 * both render through it, so a format is written the same way whichever face asks. Each entry
 * has its name (catalog.ts), whether the CLI writes it by default and the panel exports it,
 * what it is built from (the report, or the scorecard data built from it), and `render`, which
 * takes one input for all formats and gives the text, or chunks of it (JSON: a large
 * workspace's report is more than one JavaScript string may hold).
 */
import type { WorkspaceReport } from '../report.js';
import { scorecardData, type HistoryPoint, type ScorecardData } from '../scorecard.js';
import { DEFAULT_FORMAT, EXPORT_FORMATS, FORMAT_INFO, type FormatId, type FormatInfo } from './catalog.js';
import { formatGithub } from './github.js';
import { readInlineAssets, standaloneHtml, type InlineAssets } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { formatSummary } from './summary.js';

/** What any format is rendered from; each reads the fields it needs. */
export interface FormatInput {
  readonly report: WorkspaceReport;
  /** Where relative paths start: the folder the CLI ran in, the workspace root in VS Code. */
  readonly root: string;
  /** What was reviewed, for the scorecard's heading. */
  readonly title: string;
  readonly toolVersion: string;
  /** `i/n` when the report is one shard of a run (JSON). */
  readonly shard?: string;
  /** Findings the baseline accepted, left out of the report (JSON, stylish). */
  readonly baselined?: number;
  /** How many findings the summary and Markdown list (their own defaults otherwise). */
  readonly top?: number;
  /** Terminal colours (stylish). */
  readonly color?: boolean;
  /** For the scorecard data (HTML, Markdown): what the report covers and the score's history. */
  readonly scope?: ScorecardData['scope'];
  readonly history?: readonly HistoryPoint[];
  readonly now?: Date;
  /** The page's script and styles (HTML); the built ones otherwise. */
  readonly assets?: InlineAssets;
}

/** The text, or its chunks in order. */
export type Rendered = string | readonly string[];

export interface OutputFormat extends FormatInfo {
  readonly id: FormatId;
  /** What `--format` is when none is given. */
  readonly cliDefault: boolean;
  /** Offered by the scorecard panel's export buttons. */
  readonly exportable: boolean;
  /** Built from the report itself, or from the scorecard data built from it. */
  readonly from: 'report' | 'scorecard';
  readonly render: (input: FormatInput) => Rendered;
}

/** The scorecard data of an input, as the HTML and Markdown formats show it. */
export function scorecardDataOf(input: FormatInput): ScorecardData {
  return scorecardData(input.report, {
    root: input.root,
    title: input.title,
    toolVersion: input.toolVersion,
    scope: input.scope,
    history: input.history,
    now: input.now,
  });
}

const RENDERERS: Record<FormatId, Pick<OutputFormat, 'from' | 'render'>> = {
  stylish: {
    from: 'report',
    render: (input) =>
      formatStylish(input.report, { cwd: input.root, color: input.color ?? false, baselined: input.baselined }),
  },
  json: {
    from: 'report',
    render: (input) =>
      formatJson(input.report, {
        cwd: input.root,
        toolVersion: input.toolVersion,
        shard: input.shard,
        baselined: input.baselined,
      }),
  },
  sarif: {
    from: 'report',
    render: (input) => formatSarif(input.report, { root: input.root, toolVersion: input.toolVersion }),
  },
  junit: { from: 'report', render: (input) => formatJunit(input.report, { cwd: input.root }) },
  github: { from: 'report', render: (input) => formatGithub(input.report, { cwd: input.root }) },
  markdown: { from: 'scorecard', render: (input) => formatMarkdown(scorecardDataOf(input), { top: input.top }) },
  html: {
    from: 'scorecard',
    render: (input) => standaloneHtml(scorecardDataOf(input), input.assets ?? readInlineAssets()),
  },
  summary: {
    from: 'report',
    render: (input) => formatSummary(input.report, { cwd: input.root, title: input.title, top: input.top }),
  },
};

/** Every format, in the order the CLI's help lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = FORMAT_INFO.map((info) => ({
  ...info,
  cliDefault: info.id === DEFAULT_FORMAT,
  exportable: (EXPORT_FORMATS as readonly string[]).includes(info.id),
  ...RENDERERS[info.id],
}));

export const FORMAT_IDS: readonly FormatId[] = OUTPUT_FORMATS.map((format) => format.id);

export function isFormatId(value: unknown): value is FormatId {
  return (FORMAT_IDS as readonly unknown[]).includes(value);
}

export function outputFormat(id: FormatId): OutputFormat {
  return OUTPUT_FORMATS.find((format) => format.id === id)!;
}

/** A format's text as chunks to write in order, for whichever shape its render gave. */
export function renderChunks(id: FormatId, input: FormatInput): readonly string[] {
  const rendered = outputFormat(id).render(input);
  return typeof rendered === 'string' ? [rendered] : rendered;
}
