/**
 * JUnit XML for CI test tabs: one test suite per checked file, one failing test case per
 * finding (named by rule and position), and one passing case for a file with none. What did
 * not run is never a pass: a rule that failed on a file is an erroring case, a file or part of
 * one that could not be checked a skipped case.
 */
import { isNotCheckedNotice, type Notice, type WorkspaceReport } from '../report.js';
import { relativePath } from '../paths.js';

export function formatJunit(report: WorkspaceReport, options: { readonly cwd: string }): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const file of report.files) {
    const notChecked = file.notices.filter(isNotCheckedNotice);
    if (!file.checked && notChecked.length === 0) continue;
    const name = relativePath(options.cwd, file.fileName);
    const noticeCases = notChecked.map((notice) => noticeCase(name, notice));
    const fileErrors = notChecked.filter((notice) => notice.code !== 'not-checked').length;
    const findingCases =
      file.findings.length === 0 && noticeCases.length === 0
        ? [`    <testcase classname="${xml(name)}" name="touchpoint" time="0"/>`]
        : file.findings.map(
            (finding) =>
              `    <testcase classname="${xml(name)}" name="${xml(`${finding.ruleId} ${finding.location.line}:${finding.location.column}`)}" time="0">\n` +
              `      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(
                `${name}:${finding.location.line}:${finding.location.column} ${finding.severity} ${finding.ruleId}\n${finding.message}\nWhy: ${finding.why}\n${finding.docsUrl}`,
              )}</failure>\n    </testcase>`,
          );
    const cases = [...noticeCases, ...findingCases];
    tests += cases.length;
    failures += file.findings.length;
    errors += fileErrors;
    suites.push(
      `  <testsuite name="${xml(name)}" tests="${cases.length}" failures="${file.findings.length}" errors="${fileErrors}" skipped="${notChecked.length - fileErrors}" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const time = (report.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="touchpoint" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">\n${suites.join('\n')}${suites.length ? '\n' : ''}</testsuites>\n`;
}

/** A rule that failed is an error; a file (or part) not checked is skipped, with the reason. */
function noticeCase(name: string, notice: Notice): string {
  const title = `${notice.ruleId ?? 'touchpoint'} ${notice.code}${notice.location ? ` ${notice.location.line}:${notice.location.column}` : ''}`;
  const body =
    notice.code === 'not-checked'
      ? `<skipped message="${xml(notice.message)}"/>`
      : `<error type="${notice.code}" message="${xml(notice.message)}">${xml(`${name}: ${notice.message}`)}</error>`;
  return `    <testcase classname="${xml(name)}" name="${xml(title)}" time="0">\n      ${body}\n    </testcase>`;
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
