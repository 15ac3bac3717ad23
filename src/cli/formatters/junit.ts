/**
 * JUnit XML for CI test tabs: one test suite per checked file, one failing test case per
 * finding (named by rule and position), and one passing case for a file with none.
 */
import { relativePath, type WorkspaceReport } from '../../core/index.js';

export function formatJunit(report: WorkspaceReport, options: { readonly cwd: string }): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    if (!file.checked) continue;
    const name = relativePath(options.cwd, file.fileName);
    const cases =
      file.findings.length === 0
        ? [`    <testcase classname="${xml(name)}" name="touchpoint" time="0"/>`]
        : file.findings.map(
            (finding) =>
              `    <testcase classname="${xml(name)}" name="${xml(`${finding.ruleId} ${finding.location.line}:${finding.location.column}`)}" time="0">\n` +
              `      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(
                `${name}:${finding.location.line}:${finding.location.column} ${finding.severity} ${finding.ruleId}\n${finding.message}\nWhy: ${finding.why}\n${finding.docsUrl}`,
              )}</failure>\n    </testcase>`,
          );
    tests += cases.length;
    failures += file.findings.length;
    suites.push(
      `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${file.findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const time = (report.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="touchpoint" tests="${tests}" failures="${failures}" errors="0" time="${time}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** Text for XML attributes and content; characters XML 1.0 forbids are dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
