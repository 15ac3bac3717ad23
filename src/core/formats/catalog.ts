/**
 * The output formats by name: id, label, file extension, and which the scorecard panel exports.
 * The renderers are in the registry (registry.ts); this list has no imports at all, so the
 * scorecard page (a browser bundle) can list its export buttons from it.
 */
export interface FormatInfo {
  /** As `--format` takes it, and as the page names an export. */
  readonly id: string;
  /** Its short name, on buttons and in save dialogs. */
  readonly label: string;
  /** What the short name stands for, for people who do not know it ('' when the label says it all). */
  readonly description: string;
  /** Of a file written in it, without the dot; no two formats share one. */
  readonly fileExtension: string;
}

/** In the order the CLI's help lists them. */
export const FORMAT_INFO = [
  {
    id: 'stylish',
    label: 'Stylish',
    description: 'one line per finding, for terminals and problem matchers',
    fileExtension: 'log',
  },
  { id: 'json', label: 'JSON', description: 'JavaScript Object Notation, for scripts', fileExtension: 'json' },
  {
    id: 'sarif',
    label: 'SARIF',
    description: 'Static Analysis Results Interchange Format, for code scanning',
    fileExtension: 'sarif',
  },
  { id: 'junit', label: 'JUnit XML', description: 'test results, for the test tabs of CI', fileExtension: 'xml' },
  {
    id: 'github',
    label: 'GitHub',
    description: 'GitHub Actions workflow commands, for annotations',
    fileExtension: 'github.txt',
  },
  { id: 'markdown', label: 'Markdown', description: '', fileExtension: 'md' },
  { id: 'html', label: 'HTML', description: 'web page', fileExtension: 'html' },
  { id: 'summary', label: 'Summary', description: 'the scorecard as plain text', fileExtension: 'txt' },
] as const satisfies readonly FormatInfo[];

export type FormatId = (typeof FORMAT_INFO)[number]['id'];

/** What the CLI writes when no `--format` is given. */
export const DEFAULT_FORMAT: FormatId = 'stylish';

/** The formats the scorecard panel exports, in the order of its buttons. */
export const EXPORT_FORMATS = ['html', 'markdown', 'json', 'sarif'] as const satisfies readonly FormatId[];
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function formatInfo(id: FormatId): FormatInfo {
  return FORMAT_INFO.find((format) => format.id === id)!;
}
