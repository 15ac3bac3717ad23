/**
 * Bugs the fuzz suites found (issue 13), each kept as a property with the smallest failing input
 * as its first example (fast-check runs `examples` before anything random), so it fails the same
 * way on every machine if the bug comes back, and keeps fuzzing around it.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv-draft-04';
import fc from 'fast-check';
import {
  ConfigError,
  combineReports,
  configFromObject,
  defaultConfig,
  docsUrl,
  formatJson,
  formatSarif,
  formatStylish,
  formatSummary,
  getRule,
  lint,
  readJsonReport,
  ReportFormatError,
  scoreTallies,
  type FileReport,
  type Finding,
  type SourceLanguage,
  type WorkspaceReport,
} from '../../../src/core/index.js';
import { UsageError } from '../../../src/cli/usage.js';
import { buildBaseline, pruneBaseline, readBaseline, type Baseline } from '../../../src/cli/baseline.js';
import { LintCache } from '../../../src/cli/cache.js';
import {
  baselineText,
  CWD,
  fileReportArbitrary,
  nastyText,
  nearConfig,
  pages,
  TAMPERED_VALUES,
  workspaceReportArbitrary,
} from './arbitraries.js';
import {
  assertBaselineShape,
  assertWellFormedFileReport,
  cacheFolder,
  fingerprintOf,
  jsonPaths,
  prototypeKeysAddedBy,
  replaceAt,
  reportFor,
  SARIF_SCHEMA,
  shownNotices,
} from './checks.js';
import { fuzzParameters } from './fuzz.js';

/** A workspace report with one finding (placeholder-link) in `fileName`, saying `message`. */
function oneFinding(fileName: string, message?: string): WorkspaceReport {
  const rule = getRule('feedback/placeholder-link')!;
  const finding: Finding = {
    ruleId: rule.id,
    area: rule.area,
    lens: rule.lens,
    metrics: rule.metrics,
    severity: 'warning',
    impact: rule.impact,
    message: message ?? rule.help,
    help: rule.help,
    why: rule.why,
    docsUrl: docsUrl(rule.id),
    fileName,
    range: { start: 3, end: 11 },
    location: { line: 1, column: 4, endLine: 1, endColumn: 12 },
    snippet: 'href="#"',
    confidence: 'high',
  };
  const tallies = { [rule.id]: { examined: 1, failed: 1 } };
  const file: FileReport = {
    fileName,
    language: 'html',
    checked: true,
    findings: [finding],
    notices: [],
    tallies,
    suppressed: 0,
    page: true,
    score: scoreTallies(tallies, [rule]),
    suppressions: [],
    collected: {},
  };
  return combineReports([file]);
}

describe('fuzz: regressions', () => {
  describe('src/core/formats/sarif.ts', () => {
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(
      JSON.parse(readFileSync(SARIF_SCHEMA, 'utf8')) as object,
    );

    // location(): encodeURI throws URIError on a lone surrogate.
    it('formatSarif never throws, and validates, whatever the file names', () => {
      fc.assert(
        fc.property(workspaceReportArbitrary(), (report) => {
          assert.ok(validate(JSON.parse(formatSarif(report, { root: CWD, toolVersion: '1.2.3' }))));
        }),
        fuzzParameters(0.5, { examples: [[oneFinding(path.join(CWD, 'a\ud800b.html'))]] }),
      );
    });

    // location() uses encodeURI, which leaves `#` and `?` as they are (notes#1.html reads as
    // notes); the notifications' artifactLocation is not encoded at all (spaces, `%41`).
    it('every artifactLocation resolves against %SRCROOT% to the file it names', () => {
      const wellFormedNames = workspaceReportArbitrary({
        names: nastyText.map((name) => name.replace(/\p{Surrogate}/gu, '')),
      });
      const notChecked = (fileName: string): WorkspaceReport => {
        const report = oneFinding(fileName);
        const file = {
          ...report.files[0]!,
          findings: [],
          notices: [{ code: 'not-checked' as const, severity: 'info' as const, message: 'binary', fileName }],
        };
        return combineReports([file]);
      };
      fc.assert(
        fc.property(wellFormedNames, (report) => {
          const run = (
            JSON.parse(formatSarif(report, { root: CWD, toolVersion: '1.2.3' })) as {
              runs: Array<{
                originalUriBaseIds: Record<string, { uri: string }>;
                results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
                invocations: Array<{
                  toolExecutionNotifications: Array<{
                    locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
                  }>;
                }>;
              }>;
            }
          ).runs[0]!;
          const base = run.originalUriBaseIds['%SRCROOT%']!.uri;
          const resolve = (uri: string) => {
            // RFC 3986: a URI reference holds these characters and %XX escapes, nothing else.
            assert.match(uri, /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#]|%[0-9A-Fa-f]{2})*$/, uri);
            return fileURLToPath(new URL(uri, base));
          };
          assert.deepEqual(
            run.results.map((result) => resolve(result.locations[0]!.physicalLocation.artifactLocation.uri)),
            report.files.flatMap((file) => file.findings.map((finding) => finding.fileName)),
          );
          assert.deepEqual(
            run.invocations[0]!.toolExecutionNotifications.map((notification) =>
              resolve(notification.locations[0]!.physicalLocation.artifactLocation.uri),
            ),
            shownNotices(report).map((notice) => notice.fileName),
          );
        }),
        fuzzParameters(0.5, {
          examples: [
            [oneFinding(path.join(CWD, 'notes#1.html'))],
            [oneFinding(path.join(CWD, 'what?.html'))],
            [notChecked(path.join(CWD, 'my page.html'))],
            [notChecked(path.join(CWD, 'a%41.html'))],
          ],
        }),
      );
    });
  });

  describe('src/core/formats/summary.ts and stylish.ts', () => {
    /** A line a CI runner may take for a workflow command: `::` first (runners trim leading spaces), or `##[`. */
    const COMMAND_LIKE = /^\s*::|##\[/;

    // formatSummary prints each top finding's message at the start of a line after five
    // spaces, with safeText but not the `::` guard; a message starting with `::` (a merged or
    // cached report) makes that line a command.
    it('summary: no line is one a CI runner reads as a workflow command', () => {
      fc.assert(
        fc.property(workspaceReportArbitrary(), nastyText, (report, title) => {
          for (const line of formatSummary(report, { cwd: CWD, title, top: 5 }).split('\n'))
            assert.doesNotMatch(line, COMMAND_LIKE, line);
        }),
        fuzzParameters(1, { examples: [[oneFinding(path.join(CWD, 'a.html'), '::error::injected'), 'title']] }),
      );
    });

    // safeFileName guards a name that starts with `::`, but the line is `name:line:col …`: a
    // file named `:` gives `::1:1 error …` (GitHub ignores it, "1:1" being no command, but it
    // is the shape the guard exists to prevent).
    it('stylish: no line is one a CI runner reads as a workflow command', () => {
      fc.assert(
        fc.property(workspaceReportArbitrary(), (report) => {
          for (const line of formatStylish(report, { cwd: CWD, color: false }).split('\n'))
            assert.doesNotMatch(line, COMMAND_LIKE, line);
        }),
        fuzzParameters(1, { examples: [[oneFinding(path.join(CWD, ':'))]] }),
      );
    });
  });

  describe('src/cli/baseline.ts', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-fuzz-found-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    // buildBaseline: `(files[name] ??= {})[ruleId] ??= { count: 0 }` with name "__proto__"
    // finds Object.prototype and writes the rule's count onto it (pruneBaseline likewise).
    it('buildBaseline and pruneBaseline never write to Object.prototype, and the baseline counts every file', () => {
      fc.assert(
        fc.property(workspaceReportArbitrary(), (report) => {
          let baseline: Baseline | undefined;
          const added = prototypeKeysAddedBy(() => {
            baseline = buildBaseline(report, CWD);
            pruneBaseline(baseline, report, CWD);
          });
          assert.deepEqual(added, []);
          const counted = Object.values(baseline!.files).flatMap((rules) => Object.values(rules));
          assert.equal(
            counted.reduce((sum, { count }) => sum + count, 0),
            report.findingCount,
          );
        }),
        fuzzParameters(0.5, { examples: [[oneFinding(path.join(CWD, '__proto__'))]] }),
      );
    });

    // readBaseline checks that files is an object but not that each file's rules are one: an
    // array of entries is taken as rules named "0", "1"…
    it('readBaseline gives only baselines of the documented shape', () => {
      fc.assert(
        fc.property(baselineText, (text) => {
          const file = path.join(folder, 'touchpoint-baseline.json');
          writeFileSync(file, text);
          let baseline: Baseline;
          try {
            baseline = readBaseline(file);
          } catch (error) {
            assert.ok(error instanceof UsageError || error instanceof ConfigError, String(error));
            return;
          }
          assertBaselineShape(baseline);
        }),
        fuzzParameters(0.5, { examples: [['{"version":1,"files":{"page.html":[{"count":1}]}}']] }),
      );
    });
  });

  /** Where to edit a stored report: an index into all its JSON paths (random), or a path (examples). */
  type Pick = number | ReadonlyArray<string | number>;
  const pickArbitrary = fc.nat() as fc.Arbitrary<Pick>;
  const pathAt = (value: unknown, pick: Pick, prefix: Array<string | number>) => {
    if (typeof pick !== 'number') return pick;
    const paths = jsonPaths(value).map((at) => [...prefix, ...at]);
    return paths[pick % paths.length]!;
  };
  /** Findings a reader must give back: those of rules this version has. */
  const known = (findings: ReadonlyArray<unknown>) =>
    findings.filter((finding) => {
      const ruleId = Array.isArray(finding) ? finding[0] : (finding as { ruleId?: unknown } | null)?.ruleId;
      return typeof ruleId === 'string' && getRule(ruleId) !== undefined;
    }).length;

  describe('src/cli/cache.ts and src/cli/validate.ts', () => {
    let folder: string;
    let files: string[];
    let cacheFile: string;
    beforeEach(() => ({ folder, files, cacheFile } = cacheFolder()));
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    /** Stores `report`, edits its row at `pick`, and looks it up again. */
    function tamper(report: FileReport, pick: Pick, value: unknown) {
      const file = files[0]!;
      rmSync(cacheFile, { force: true });
      const cache = LintCache.open(cacheFile, 'fuzz');
      cache.set(file, fingerprintOf(file), 'config', reportFor(report, file));
      cache.save();
      const [header, row] = readFileSync(cacheFile, 'utf8').split('\n');
      const [name, entry] = JSON.parse(row!) as [string, { report: { findings: unknown[] } }];
      const edited = replaceAt(entry, pathAt(entry.report, pick, ['report']), value) as typeof entry;
      writeFileSync(cacheFile, `${header}\n${JSON.stringify([name, edited])}\n`);
      return { found: LintCache.open(cacheFile, 'fuzz').lookup(file, 'config'), edited };
    }

    // isEntry (validate.ts) takes a row's lines and columns from 0 (isCount), a range with its
    // start after its end, any string as language or notice code; a row of a rule id this
    // version does not have is dropped from the report instead of making the row a miss.
    it('a tampered row is a miss or a well-formed report with all its findings', () => {
      const report = oneFinding(path.join(CWD, 'a.html')).files[0]!;
      fc.assert(
        fc.property(fileReportArbitrary(), pickArbitrary, TAMPERED_VALUES, (stored, pick, value) => {
          const { found, edited } = tamper(stored, pick, value);
          if (!('report' in found)) return;
          assertWellFormedFileReport(found.report);
          assert.equal(found.report.findings.length, edited.report.findings.length, 'no finding dropped');
        }),
        fuzzParameters<[FileReport, Pick, unknown]>(1, {
          examples: [
            [report, ['report', 'findings', 0, 4], 0], // line 0
            [report, ['report', 'findings', 0, 2], 50], // start 50 > end 11
            [report, ['report', 'findings', 0, 0], 'wording/nope'], // dropped, not a miss
            [report, ['report', 'language'], 'cobol'],
          ],
        }),
      );
    });
  });

  describe('src/core/formats/json.ts (merge) and src/core/formats/validate.ts', () => {
    // readJsonReport reads shard reports written elsewhere: an edited one is a ReportFormatError
    // (the CLI's usage error), or a report as well-formed as one Touchpoint writes.
    // isPortableFileReport takes lines and columns from 0, a start after its end, any string as
    // language or notice code.
    it('an edited JSON report is a ReportFormatError or a well-formed report', () => {
      const report = oneFinding(path.join(CWD, 'a.html'));
      fc.assert(
        fc.property(workspaceReportArbitrary(), pickArbitrary, TAMPERED_VALUES, (written, pick, value) => {
          const json = JSON.parse(formatJson(written, { cwd: CWD, toolVersion: '1.2.3' }).join('')) as {
            files: Array<{ findings: unknown[] }>;
          };
          const edited = replaceAt(json, pathAt(json.files, pick, ['files']), value) as typeof json;
          let read;
          try {
            read = readJsonReport(edited, 'shard.json', CWD);
          } catch (error) {
            assert.ok(error instanceof ReportFormatError, String(error));
            return;
          }
          for (const file of read.report.files) assertWellFormedFileReport(file);
          // Findings of rules this version lacks are left out by design (portable.ts); no others.
          assert.equal(
            read.report.findingCount,
            edited.files.reduce((sum, file) => sum + known(file.findings), 0),
          );
        }),
        fuzzParameters<[WorkspaceReport, Pick, unknown]>(1, {
          examples: [
            [report, ['files', 0, 'findings', 0, 'location', 'line'], 0],
            [report, ['files', 0, 'findings', 0, 'range', 'start'], 50],
            [report, ['files', 0, 'language'], 'cobol'],
          ],
        }),
      );
    });
  });

  describe('src/core/config/config.ts', () => {
    // validateRuleSetting says `(got undefined)` for `[]`; humanize passes ajv's own wording
    // through ("must NOT have fewer than 1 characters", "items ## 0 and 1") and writes array
    // indices as `include.0` where validateConfig writes `include[0]`.
    it('a ConfigError says what is wrong in plain words, with array indices as [n]', () => {
      fc.assert(
        fc.property(nearConfig as fc.Arbitrary<unknown>, (value) => {
          try {
            configFromObject(value as never, 'settings.json');
          } catch (error) {
            if (!(error instanceof ConfigError)) throw error;
            assert.doesNotMatch(error.message, /\bundefined\b|\[object |must NOT|##/, error.message);
            assert.doesNotMatch(error.message, /“(include|exclude|pages|skip|extends)\.\d/, error.message);
          }
        }),
        fuzzParameters<[unknown]>(1, {
          examples: [
            [{ rules: { 'wording/jargon': [] } }],
            [{ include: [''] }],
            [{ skip: ['tests', 'tests'] }],
            [{ pages: [5] }],
          ],
        }),
      );
    });
  });

  describe('src/core/rules/a11y/axe.ts answersOf, src/core/axe/axeCore.ts evaluate', () => {
    // The live axe rules share one answersOf(document): an exception from any element's
    // evaluate() makes every live a11y rule (45 with the default config) fail on the file, a
    // fault (CLI exit 2). evaluateUnlessIdReferences catches `error instanceof TypeError` about
    // id references, but axe-core 4.14.1 rethrows it from a rule's checks as its RuleError
    // (name "TypeError", not an instance of it; "… Skipping nested-interactive rule."), and
    // other virtual-node errors are not caught at all: an empty <select> (nativeSelectValue
    // reads options[0] of none), an <svg> or a <textarea id> under a generic element named by
    // aria-label.
    const REPRODUCERS: ReadonlyArray<{ language: SourceLanguage; text: string; error: string }> = [
      { language: 'html', text: '<div aria-label="Close"><select></select></div>', error: "reading 'actualNode'" },
      { language: 'html', text: '<div aria-label="Close"><svg></svg></div>', error: "reading 'nodeName'" },
      {
        language: 'html',
        text: '<div aria-label="Close"><textarea id="a"></textarea></div>',
        error: 'explicit label reference',
      },
      {
        language: 'tsx',
        text: 'export const A = () => <section tabIndex={0} aria-labelledby="title"><div /></section>;',
        error: 'id references (wrapped)',
      },
      {
        language: 'html',
        text: '<section role="none" aria-labelledby="a"></section>',
        error: 'id references (wrapped)',
      },
      {
        language: 'tsx',
        text: 'export const A = () => <img role="tab" aria-labelledby="tab-1" />;',
        error: 'id references (wrapped)',
      },
    ];
    const failedRules = (report: FileReport) =>
      report.notices.filter((notice) => notice.code === 'rule-failed').map((notice) => notice.message);

    for (const { language, text, error } of REPRODUCERS)
      it(`no rule fails on ${text} (${error})`, () => {
        assert.deepEqual(failedRules(lint(text, language, defaultConfig(), { fileName: `page.${language}` })), []);
      });

    it('no rule fails on a small page with the default config', () => {
      const config = defaultConfig();
      fc.assert(
        fc.property(pages, ({ language, text }) => {
          assert.deepEqual(failedRules(lint(text, language, config, { fileName: `page.${language}` })), [], text);
        }),
        fuzzParameters<[{ language: SourceLanguage; text: string }]>(0.5, {
          examples: REPRODUCERS.map(({ language, text }) => [{ language, text }]),
        }),
      );
    });
  });
});
