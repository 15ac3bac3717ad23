/**
 * Messages between the scorecard page and the extension, and the checks each side runs on what
 * it receives. The page is not trusted: every message from it is validated before the
 * extension acts (a reveal must name a relative path inside the workspace, whole numbers, and
 * nothing else).
 */
import { EXPORT_FORMATS, type ExportFormat } from '../core/formats/catalog.js';
import type { ScorecardData } from '../core/scorecard.js';

/** The formats the page's Export buttons ask for: the registry's exportable ones (catalog.ts, no node imports). */
export { EXPORT_FORMATS, type ExportFormat };

export interface RevealRequest {
  readonly type: 'reveal';
  /** Relative to the scorecard's root, forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** From the page to the extension. */
export type PageMessage =
  | { readonly type: 'ready' }
  | RevealRequest
  | { readonly type: 'export'; readonly format: ExportFormat }
  | { readonly type: 'review' };

/** Which finding to bring into view: the rule and where it starts. */
export interface FindingRef {
  readonly ruleId: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** From the extension to the page. */
export type HostMessage =
  { readonly type: 'data'; readonly data: ScorecardData } | { readonly type: 'focus'; readonly finding: FindingRef };

const MAX_LINE = 10_000_000;

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_LINE;
}

/** A safe relative path: no absolute paths, no `..`, no drive letters, no control characters. */
export function isSafeRelativePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return false;
  if (/[\0-\x1f]/.test(value) || value.includes('\\')) return false;
  if (value.startsWith('/') || /^[a-zA-Z]:/.test(value) || /^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  return value.split('/').every((part) => part !== '..' && part !== '');
}

/** The page's message, or undefined when it is not one we know in exactly the right shape. */
export function parsePageMessage(value: unknown): PageMessage | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const message = value as Record<string, unknown>;
  const keys = Object.keys(message).sort().join(',');
  switch (message.type) {
    case 'ready':
    case 'review':
      return keys === 'type' ? { type: message.type } : undefined;
    case 'export':
      return keys === 'format,type' && (EXPORT_FORMATS as readonly unknown[]).includes(message.format)
        ? { type: 'export', format: message.format as ExportFormat }
        : undefined;
    case 'reveal': {
      if (keys !== 'column,endColumn,endLine,file,line,type') return undefined;
      const { file, line, column, endLine, endColumn } = message;
      if (!isSafeRelativePath(file) || !isPosition(line) || !isPosition(column)) return undefined;
      if (!isPosition(endLine) || !isPosition(endColumn) || endLine < line) return undefined;
      return { type: 'reveal', file, line, column, endLine, endColumn };
    }
    default:
      return undefined;
  }
}
