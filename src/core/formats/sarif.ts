/**
 * SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules that ran (help text, docs
 * link, default level, tags), one result per finding with a location relative to
 * `%SRCROOT%`, a fingerprint that survives unrelated edits, and files that were not checked
 * as tool notifications. Validated against the official schema in the tests.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { METRICS } from '../vocabulary.js';
import { faultsOf, isReportedNotice, type Finding, type WorkspaceReport } from '../report.js';
import { getRule } from '../rules/index.js';
import { docsUrl, type RuleMeta, type Severity } from '../rules/types.js';
import { relativePath } from '../paths.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};
const PROBLEM_SEVERITY: Readonly<Record<Severity, string>> = {
  error: 'error',
  warning: 'warning',
  info: 'recommendation',
};
export const FINGERPRINT_KEY = 'touchpoint/v1';

export interface SarifOptions {
  readonly root: string;
  readonly toolVersion: string;
}

export function formatSarif(report: WorkspaceReport, options: SarifOptions): string {
  const findings = report.files.flatMap((file) => file.findings);
  const ruleIds = [...new Set([...report.score.rules.map((rule) => rule.ruleId), ...findings.map((f) => f.ruleId)])]
    .filter((id) => getRule(id) !== undefined)
    .sort();
  const ruleIndex = new Map(ruleIds.map((id, index) => [id, index]));
  const fingerprints = fingerprintFindings(findings, options.root);
  const notifications = toolNotifications(report, options.root);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Touchpoint',
            semanticVersion: options.toolVersion,
            informationUri: 'https://github.com/touchpoint-ux/touchpoint',
            rules: ruleIds.map((id) => sarifRule(getRule(id)!)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.root) } },
        // Not successful when checks were lost (a rule failed, a file's check crashed): SARIF 3.20.14.
        invocations: [
          { executionSuccessful: faultsOf(report).length === 0, toolExecutionNotifications: notifications },
        ],
        results: findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ruleIndex: ruleIndex.get(finding.ruleId),
          level: LEVEL[finding.severity],
          message: { text: finding.message },
          locations: [location(finding.fileName, finding.location, options.root, finding.snippet)],
          ...(finding.related?.length
            ? {
                relatedLocations: finding.related.flatMap((related, id) =>
                  related.location
                    ? [
                        {
                          id,
                          ...location(related.fileName ?? finding.fileName, related.location, options.root),
                          message: { text: related.message },
                        },
                      ]
                    : [],
                ),
              }
            : {}),
          partialFingerprints: { [FINGERPRINT_KEY]: fingerprints[index]! },
          properties: {
            area: finding.area,
            lens: finding.lens,
            metrics: finding.metrics.map((metric) => METRICS[metric].label),
            impact: finding.impact,
            confidence: finding.confidence,
          },
        })),
        properties: {
          score: { overall: report.score.overall, areas: report.score.areas, lenses: report.score.lenses },
        },
      },
    ],
  };
  // Compact: SARIF files of large workspaces run to tens of megabytes.
  return `${JSON.stringify(log)}\n`;
}

/** The notices a report shows (files not checked, rules that failed), as tool notifications. */
function toolNotifications(report: WorkspaceReport, root: string) {
  return report.files.flatMap((file) =>
    file.notices.filter(isReportedNotice).map((notice) => ({
      level: LEVEL[notice.severity],
      message: { text: notice.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(root, file.fileName), uriBaseId: '%SRCROOT%' },
            ...(notice.location
              ? { region: { startLine: notice.location.line, startColumn: notice.location.column } }
              : {}),
          },
        },
      ],
      ...(notice.ruleId ? { associatedRule: { id: notice.ruleId } } : {}),
    })),
  );
}

function sarifRule(rule: RuleMeta) {
  const url = docsUrl(rule.id);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|[/-])([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.help },
    fullDescription: { text: rule.why },
    helpUri: url,
    help: { text: `${rule.help}. ${rule.why} ${url}`, markdown: `**${rule.help}.** ${rule.why} [Docs](${url})` },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [rule.area, rule.lens, ...(rule.area === 'a11y' ? ['accessibility'] : []), ...rule.tags],
      precision: rule.id.startsWith('a11y/') ? 'high' : 'medium',
      'problem.severity': PROBLEM_SEVERITY[rule.severity],
    },
  };
}

function location(
  fileName: string,
  at: { line: number; column: number; endLine: number; endColumn: number },
  root: string,
  snippet?: string,
) {
  return {
    physicalLocation: {
      artifactLocation: { uri: relativeUri(root, fileName), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: at.line,
        startColumn: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        ...(snippet ? { snippet: { text: snippet } } : {}),
      },
    },
  };
}

/**
 * A file's path as a relative URI reference: each segment percent-encoded (`#`, `?`, `%` and
 * spaces included, which `encodeURI` leaves or mangles), a lone surrogate (not encodable) as U+FFFD.
 */
function relativeUri(root: string, fileName: string): string {
  return relativePath(root, fileName)
    .split('/')
    .map((segment) =>
      encodeURIComponent(
        segment.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
      ),
    )
    .join('/');
}

function directoryUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

/**
 * A fingerprint per finding that survives edits elsewhere in the file: the rule, the file and
 * the finding's own text (whitespace folded), plus which occurrence of that triple it is.
 */
export function fingerprintFindings(findings: readonly Finding[], root: string): string[] {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const key = `${finding.ruleId}\0${relativePath(root, finding.fileName)}\0${finding.snippet.replace(/\s+/g, ' ').trim()}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}
