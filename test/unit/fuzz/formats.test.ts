/**
 * Every output format on reports full of hostile workspace text (file names, messages, why
 * texts, snippets and notices with control characters, terminal escapes, workflow-command
 * look-alikes, markup, pipes, astral characters and lone surrogates), each read back by a real
 * parser: JSON round-trips through `readJsonReport`, SARIF validates against the SARIF 2.1.0
 * schema, JUnit is well-formed XML (saxes, the strict parser jsdom uses), GitHub output is one
 * well-formed workflow command per line, and the standalone HTML page parses to the same title
 * and data. Bugs these found are kept in regressions.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import {
  formatGithub,
  formatJson,
  formatJunit,
  formatMarkdown,
  formatSarif,
  formatStylish,
  formatSummary,
  isNotCheckedNotice,
  readJsonReport,
  relativePath,
  scorecardData,
  standaloneHtml,
  type WorkspaceReport,
} from '../../../src/core/index.js';
import { CWD, ESCAPABLE, nastyText, printableText, RAW_CONTROL, workspaceReportArbitrary } from './arbitraries.js';
import { asJson, comparable, SARIF_SCHEMA, shownNotices } from './checks.js';
import { fuzzParameters } from './fuzz.js';

const reports = workspaceReportArbitrary();
/** Text a careful plain-text format can print as is: no control characters. */
const printableReports = workspaceReportArbitrary({ text: printableText, names: printableText });

/** What XML 1.0 can hold: tab, line feed, carriage return and the Char ranges; the rest is dropped. */
function xmlChars(text: string): string {
  let kept = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (allowed) kept += char;
  }
  return kept;
}

/** Text content as an XML parser gives it back: line ends become line feeds. */
const xmlText = (text: string) => xmlChars(text).replace(/\r\n?/g, '\n');
/** An attribute value as an XML parser gives it back: line ends, then tabs and line feeds, become spaces. */
const xmlAttribute = (text: string) => xmlText(text).replace(/[\t\n]/g, ' ');

interface XmlElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlElement[];
  text: string;
}

/** Parses with saxes, failing on any well-formedness error. */
function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const errors: string[] = [];
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const open: XmlElement[] = [root];
  parser.on('error', (error) => errors.push(error.message));
  parser.on('opentag', (tag) => {
    const element: XmlElement = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    open[open.length - 1]!.children.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on('text', (text) => (open[open.length - 1]!.text += text));
  parser.write(xml).close();
  assert.deepEqual(errors, [], 'well-formed XML');
  return root;
}

/** The GitHub toolkit's unescaping of a workflow command's message and properties. */
const unescapeGithub = (text: string) =>
  text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** One workflow command: `::name prop=value,prop=value::message`, nothing of it unescaped. */
const COMMAND = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

/**
 * The same report with every piece of workspace text plain: a format's line structure must not
 * depend on what the text holds.
 */
function withPlainText(report: WorkspaceReport): WorkspaceReport {
  const files = report.files.map((file, index) => {
    const fileName = path.join(CWD, `file${index}.html`);
    return {
      ...file,
      fileName,
      findings: file.findings.map((finding) => ({
        ...finding,
        fileName,
        message: 'message',
        detail: undefined,
        why: 'why',
        snippet: 'snippet',
      })),
      notices: file.notices.map((notice) => ({ ...notice, fileName, message: 'notice' })),
    };
  });
  return { ...report, files };
}

/**
 * The cells of a GFM table row, split as GitHub (cmark-gfm) and markdown-it split them: at each
 * pipe not right after a backslash (`\\|` is an escaped pipe, whatever comes before it).
 */
function tableCells(row: string): string[] {
  const cells: string[] = [];
  let start = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '|' && row[i - 1] !== '\\') {
      cells.push(row.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(row.slice(start));
  // The leading and trailing pipes open and close the row.
  return cells.slice(1, -1);
}

const lineCount = (text: string) => text.split('\n').length;

describe('fuzz: output formats', () => {
  it('json: parses, and readJsonReport gives back every file, finding, notice and tally', () => {
    fc.assert(
      fc.property(
        reports,
        fc.option(fc.string(), { nil: undefined }),
        fc.nat({ max: 1000 }),
        (report, shard, baselined) => {
          const text = formatJson(report, { cwd: CWD, toolVersion: '1.2.3', shard, baselined }).join('');
          const back = readJsonReport(JSON.parse(text), 'report.json', CWD);
          assert.deepEqual(back.report.files.map(comparable), report.files.map(comparable));
          assert.deepEqual(asJson(back.report.score), asJson(report.score));
          assert.deepEqual(back.report.tallies, report.tallies);
          assert.equal(back.report.findingCount, report.findingCount);
          assert.equal(back.report.cancelled, report.cancelled);
          assert.equal(back.report.durationMs, report.durationMs);
          assert.equal(back.baselined, baselined);
          assert.equal(back.shard, shard ?? null);
        },
      ),
      fuzzParameters(),
    );
  });

  describe('sarif', () => {
    // The official schema has a pattern that is not valid as a Unicode regular expression.
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(
      JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object,
    );

    it('parses, validates against the SARIF 2.1.0 schema, and carries every finding and notice as given', () => {
      fc.assert(
        fc.property(reports, (report) => {
          const log = JSON.parse(formatSarif(report, { root: CWD, toolVersion: '1.2.3' })) as {
            runs: Array<{
              results: Array<{
                ruleId: string;
                level: string;
                message: { text: string };
                locations: Array<{ physicalLocation: { region: Record<string, unknown> } }>;
              }>;
              invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }>;
            }>;
          };
          assert.ok(validate(log), JSON.stringify(validate.errors?.slice(0, 3)));
          const findings = report.files.flatMap((file) => file.findings);
          const run = log.runs[0]!;
          assert.deepEqual(
            run.results.map((result) => [result.ruleId, result.message.text]),
            findings.map((finding) => [finding.ruleId, finding.message]),
          );
          assert.deepEqual(
            run.results.map((result) => {
              const { startLine, startColumn, endLine, endColumn } = result.locations[0]!.physicalLocation.region;
              return { line: startLine, column: startColumn, endLine, endColumn };
            }),
            asJson(findings.map((finding) => finding.location)),
          );
          assert.deepEqual(
            run.invocations[0]!.toolExecutionNotifications.map((notification) => notification.message.text),
            shownNotices(report).map((notice) => notice.message),
          );
        }),
        fuzzParameters(0.5),
      );
    });
  });

  it('junit: well-formed XML whose suites, cases, messages and counts are the report’s', () => {
    fc.assert(
      fc.property(reports, (report) => {
        const xml = formatJunit(report, { cwd: CWD });
        const document = parseXml(xml);
        assert.equal(document.children.length, 1);
        const suites = document.children[0]!;
        assert.equal(suites.name, 'testsuites');
        const shown = report.files.filter((file) => file.checked || file.notices.some(isNotCheckedNotice));
        assert.deepEqual(
          suites.children.map((suite) => suite.attributes.name),
          shown.map((file) => xmlAttribute(relativePath(CWD, file.fileName))),
        );
        let failures = 0;
        for (const [index, suite] of suites.children.entries()) {
          const file = shown[index]!;
          const failed = suite.children.flatMap((testcase) =>
            testcase.children.filter((child) => child.name === 'failure'),
          );
          assert.deepEqual(
            failed.map((failure) => failure.attributes.message),
            file.findings.map((finding) => xmlAttribute(finding.message)),
          );
          for (const [i, failure] of failed.entries())
            assert.ok(failure.text.includes(xmlText(file.findings[i]!.why)), 'the failure text holds the why');
          assert.equal(suite.attributes.failures, String(file.findings.length));
          assert.equal(Number(suite.attributes.tests), suite.children.length);
          failures += file.findings.length;
        }
        assert.equal(suites.attributes.failures, String(failures));
      }),
      fuzzParameters(),
    );
  });

  it('github: every line is one well-formed workflow command, and its file and message read back as given', () => {
    fc.assert(
      fc.property(reports, (report) => {
        const output = formatGithub(report, { cwd: CWD });
        assert.ok(output.endsWith('\n'));
        const lines = output.slice(0, -1).split(/\r\n|\r|\n/);
        // Text with control characters may come back with them written as escapes; the rest exactly.
        const names = report.files.map((file) => relativePath(CWD, file.fileName));
        const messages = [
          ...report.files.flatMap((file) => file.findings.map((finding) => finding.message)),
          ...shownNotices(report).map((notice) => notice.message),
        ];
        const anyName = names.some((name) => ESCAPABLE.test(name));
        const anyMessage = messages.some((message) => ESCAPABLE.test(message.replace(/[\r\n]/g, '')));
        for (const line of lines) {
          const command = COMMAND.exec(line);
          assert.ok(command, `a workflow command: ${JSON.stringify(line)}`);
          const properties = new Map(
            command[2]!.split(',').map((property) => {
              const at = property.indexOf('=');
              return [property.slice(0, at), unescapeGithub(property.slice(at + 1))] as const;
            }),
          );
          const message = unescapeGithub(command[3]!);
          if (properties.get('title') === 'Touchpoint') {
            assert.match(message, /^Touchpoint: \d+ findings, score/);
            continue;
          }
          assert.doesNotMatch(message.replace(/[\r\n]/g, ''), ESCAPABLE, 'no raw control characters');
          const file = properties.get('file')!;
          assert.ok(anyName || names.includes(file), `file=${JSON.stringify(file)}`);
          const said = messages.some((text) => message === text || message.startsWith(`${text}\nWhy: `));
          assert.ok(anyMessage || said, `the message reads back: ${JSON.stringify(message)}`);
        }
        assert.match(lines[lines.length - 1]!, /^::notice title=Touchpoint::/);
      }),
      fuzzParameters(),
    );
  });

  it('stylish: with printable names and messages, one line per finding and notice that the problem matcher reads', () => {
    // The $touchpoint problem matcher contributed in package.json.
    const matcher = /^(.+?):(\d+):(\d+) (error|warning|info) (\S+) (.*)$/;
    fc.assert(
      fc.property(printableReports, fc.nat({ max: 3 }), (report, baselined) => {
        const output = formatStylish(report, { cwd: CWD, color: false, baselined });
        const lines = output.slice(0, -1).split('\n');
        const shown = report.files.flatMap((file) =>
          file.notices.filter(
            (notice) =>
              isNotCheckedNotice(notice) || notice.code === 'parse-problem' || notice.code === 'findings-capped',
          ),
        );
        const expected = report.findingCount + shown.length;
        assert.equal(lines.length, expected > 0 ? expected + 2 : 1, output);
        for (const line of lines.slice(0, expected)) assert.match(line, matcher);
        assert.match(lines[lines.length - 1]!, /^(✔ No findings|✖ \d+ findings?)/);
      }),
      fuzzParameters(),
    );
  });

  it('summary: with printable text, each top finding is three lines with its message and why as given', () => {
    fc.assert(
      fc.property(printableReports, printableText, fc.integer({ min: 1, max: 5 }), (report, title, top) => {
        const output = formatSummary(report, { cwd: CWD, title, top });
        const lines = output.split('\n');
        assert.equal(lines[0], `Touchpoint scorecard: ${title}`);
        const heading = lines.findIndex((line) => line.startsWith('Top findings'));
        const shown = Math.min(top, report.findingCount);
        if (shown === 0) return assert.equal(heading, -1);
        for (let i = 0; i < shown; i++) {
          assert.match(lines[heading + 1 + 3 * i]!, /^ {2}[EWI] {2}/);
          assert.match(lines[heading + 2 + 3 * i]!, /^ {5}/);
          assert.match(lines[heading + 3 + 3 * i]!, /^ {5}Why: /);
        }
      }),
      fuzzParameters(),
    );
  });

  it('markdown: with printable text, a heading, the area table and one table row per shown finding', () => {
    fc.assert(
      fc.property(printableReports, printableText, fc.integer({ min: 1, max: 5 }), (report, title, top) => {
        const data = scorecardData(report, { root: CWD, title, toolVersion: '1.2.3' });
        const output = formatMarkdown(data, { top });
        const lines = output.split('\n');
        assert.match(lines[0]!, /^## Touchpoint scorecard: /);
        const rows = lines.filter((line) => /^\| (🔴|🟠|🔵) /.test(line));
        assert.equal(rows.length, Math.min(top, report.findingCount));
        // No HTML but the page's own <details> and <summary>; code spans show `<` as it is.
        const outsideCode = output.replace(/`[^`\n]*`/g, '').replace(/<\/?(details|summary)>/g, '');
        assert.doesNotMatch(outsideCode, /<[a-z!/?]/i);
      }),
      fuzzParameters(),
    );
  });

  it('html: parses to the title given and the exact data, with only the page’s own script and style', () => {
    const assets = { script: 'document.title;', style: 'body { margin: 0 }' };
    /** The page as written to a file: UTF-8, where a lone surrogate can only be U+FFFD. */
    const asWritten = (text: string) => Buffer.from(text, 'utf8').toString('utf8');
    /** What an HTML parser does to text before anything else: line ends become line feeds, NUL in a title U+FFFD. */
    const asParsed = (text: string) =>
      asWritten(text)
        .replace(/\r\n?/g, '\n')
        .replace(/\u0000/g, '\ufffd');
    fc.assert(
      fc.property(reports, nastyText, (report, title) => {
        const data = scorecardData(report, {
          root: CWD,
          title,
          toolVersion: '1.2.3',
          now: new Date(0),
        });
        const html = asWritten(standaloneHtml(data, assets, 'bm9uY2U='));
        const $ = cheerio.load(html);
        assert.equal($('title').length, 1);
        assert.equal($('title').text(), asParsed(`Touchpoint scorecard: ${title}`));
        assert.deepEqual(JSON.parse($('script#touchpoint-data').text()), asJson(data));
        assert.equal($('script').length, 2);
        assert.equal($('style').length, 1);
        assert.equal($('body').children().length, 3, 'the app and the two scripts, nothing injected');
        assert.equal($('head meta[http-equiv="Content-Security-Policy"]').length, 1);
      }),
      fuzzParameters(),
    );
  });
});

describe('fuzz: plain-text formats with hostile text', () => {
  it('stylish: no raw control characters, one line per finding and notice', () => {
    // No line a runner reads as a command: see regressions.test.ts.
    fc.assert(
      fc.property(reports, (report) => {
        const output = formatStylish(report, { cwd: CWD, color: false });
        assert.doesNotMatch(output, RAW_CONTROL);
        assert.equal(lineCount(output), lineCount(formatStylish(withPlainText(report), { cwd: CWD, color: false })));
      }),
      fuzzParameters(),
    );
  });

  it('summary: no raw control characters, and the same lines as with plain text', () => {
    // No line a runner reads as a command: see regressions.test.ts.
    fc.assert(
      fc.property(reports, nastyText, (report, title) => {
        const output = formatSummary(report, { cwd: CWD, title, top: 3 });
        assert.doesNotMatch(output, RAW_CONTROL);
        assert.equal(
          lineCount(output),
          lineCount(formatSummary(withPlainText(report), { cwd: CWD, title: 't', top: 3 })),
        );
      }),
      fuzzParameters(),
    );
  });

  it('markdown: no raw control characters, no line breaks from text, every table row with its five cells', () => {
    fc.assert(
      fc.property(reports, nastyText, (report, title) => {
        const markdown = (from: WorkspaceReport, named: string) =>
          formatMarkdown(scorecardData(from, { root: CWD, title: named, toolVersion: '1.2.3' }), { top: 5 });
        const output = markdown(report, title);
        assert.doesNotMatch(output, RAW_CONTROL);
        // CommonMark ends a line at \n, \r\n or a lone \r.
        assert.equal(output.split(/\r\n|\r|\n/).length, lineCount(markdown(withPlainText(report), 't')));
        for (const row of output.split('\n').filter((line) => /^\| (🔴|🟠|🔵) /.test(line)))
          assert.equal(tableCells(row).length, 5, row);
        const outsideCode = output.replace(/`[^`\n]*`/g, '').replace(/<\/?(details|summary)>/g, '');
        assert.doesNotMatch(outsideCode, /<[a-z!/?]/i);
      }),
      fuzzParameters(),
    );
  });
});
