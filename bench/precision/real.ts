/**
 * `npm run precision -- real`: Touchpoint's precision on real code nobody here wrote.
 *
 * Runs the `touchpoint` CLI as a user would (the recommended preset, whole-page axe included)
 * on each repository of corpus.json found in the corpus folder (scripts/fetch-corpus.md says
 * how to fetch it), matches every finding to the verdicts people recorded in verdicts.jsonl
 * (repo, path, line, rule → keep / noise / debatable) and prints, per rule: findings now,
 * judged, kept, noise, debatable and precision = kept / judged (a debatable finding is not
 * counted as kept). Verdicts whose finding is gone are listed too: a kept one gone is recall
 * lost. `--write` puts the table into bench/README.md and each rule's doc page.
 *
 *   npm run precision -- real [--all] [--catalog] [--peer] [--write] [--check] [--list] [--unjudged] [--rule <id>] [--repo <name>]
 *
 * --all runs `touchpoint:all` (every rule) instead of the recommended preset, so the opt-in
 * rules' verdicts count too; --catalog keeps only the findings on a message written for
 * translation (a catalog string, issue 17: JSON catalogs, `defineMessages`, `defaultMessage`s and
 * `t("…")`), found by parsing the file as the engine does and by the call the string is in.
 *
 * --peer measures a peer the same way instead: eslint-plugin-jsx-a11y's recommended rules (the
 * bench's eslint config, no project config, inline comments ignored as they name the project's
 * own setup) on the JSX files Touchpoint checks in each repository, against the verdicts in
 * peer-verdicts.jsonl, so the two tools' precision on the same code can be compared.
 *
 * --list prints the findings (with --unjudged only those without a verdict) one per line for
 * a person to judge; --check exits 1 when the goals of issue 12 are not met: ≥ 85% for the
 * recommended preset, and for each recommended rule ≥ 70% once 3 of its findings are judged,
 * and never noise without a single kept finding (fewer judged findings say too little for a
 * percentage, but not nothing).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { getRule, rules } from '../../src/core/index.js';
import { languageForFile } from '../../src/core/parse/languages.js';
import { parseDocument } from '../../src/core/parse/index.js';
import { writeEslintConfig } from '../cli.js';
import { CORPUS, corpusRepositories, type Repository } from '../realCorpus.js';

const ROOT = path.join(__dirname, '..', '..');
const VERDICTS = path.join(__dirname, 'verdicts.jsonl');
const PEER_VERDICTS = path.join(__dirname, 'peer-verdicts.jsonl');
const ESLINT = path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
/** The files the peer is given: those of Touchpoint's checked files that can hold JSX. */
const JSX_FILE = /\.(jsx|tsx|js)$/;
const GOAL_OVERALL = 0.85;
const GOAL_RULE = 0.7;
const MIN_JUDGED_FOR_GOAL = 3;

type VerdictKind = 'keep' | 'noise' | 'debatable';

export interface Verdict {
  readonly repo: string;
  readonly commit: string;
  readonly path: string;
  readonly line: number;
  readonly column?: number;
  readonly rule: string;
  readonly verdict: VerdictKind;
  readonly reason: string;
}

export interface RealFinding {
  readonly repo: string;
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly rule: string;
  readonly message: string;
  readonly snippet: string;
  /** Offset of the finding's start in its file. */
  readonly start: number;
}

interface Row {
  findings: number;
  keep: number;
  noise: number;
  debatable: number;
}

function parseArgs(argv: readonly string[]) {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  return {
    all: argv.includes('--all'),
    catalog: argv.includes('--catalog'),
    peer: argv.includes('--peer'),
    write: argv.includes('--write'),
    check: argv.includes('--check'),
    list: argv.includes('--list') || argv.includes('--unjudged'),
    unjudged: argv.includes('--unjudged'),
    rule: value('--rule'),
    repo: value('--repo'),
  };
}

/** The verdicts in `file`; `known` says which rule ids may be judged (Touchpoint's, unless a peer's). */
export function readVerdicts(file = VERDICTS, known = (rule: string) => getRule(rule) !== undefined): Verdict[] {
  if (!existsSync(file)) return [];
  const verdicts: Verdict[] = [];
  for (const [index, line] of readFileSync(file, 'utf8').split('\n').entries()) {
    if (!line.trim()) continue;
    const verdict = JSON.parse(line) as Verdict;
    if (!['keep', 'noise', 'debatable'].includes(verdict.verdict) || !verdict.reason)
      throw new Error(
        `${path.basename(file)}:${index + 1}: a verdict needs "verdict" (keep/noise/debatable) and a reason`,
      );
    if (!known(verdict.rule)) throw new Error(`${path.basename(file)}:${index + 1}: unknown rule ${verdict.rule}`);
    verdicts.push(verdict);
  }
  return verdicts;
}

/**
 * Every finding of one repository, from the CLI's JSON report, paths relative to the
 * repository; and the files it checked.
 */
function runTouchpoint(
  repository: Repository,
  folder: string,
  all: boolean,
): { findings: RealFinding[]; checked: string[] } {
  const scratch = mkdtempSync(path.join(tmpdir(), 'touchpoint-precision-'));
  const out = path.join(scratch, 'report.json');
  const config = path.join(scratch, 'all.json');
  if (all) writeFileSync(config, JSON.stringify({ extends: 'touchpoint:all' }));
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'dist', 'cli.js'),
      '.',
      '-f',
      `json=${out}`,
      '--exit-zero',
      ...(all ? ['-c', config] : ['--no-config']),
    ],
    { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (!existsSync(out) || (result.status !== 0 && result.status !== 2))
    throw new Error(`touchpoint failed on ${repository.name} (exit ${result.status}): ${result.stderr}`);
  // Skipped files and rules that failed are part of the picture: say them.
  for (const line of result.stderr.split('\n'))
    if (line.startsWith('touchpoint:')) console.error(`${repository.name}: ${line}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    files: Array<{
      fileName: string;
      checked: boolean;
      findings: Array<{
        ruleId: string;
        message: string;
        snippet: string;
        range: { start: number };
        location: { line: number; column: number };
      }>;
    }>;
  };
  const relative = (fileName: string) => fileName.split(path.sep).join('/');
  const findings = report.files.flatMap((file) =>
    file.findings.map((finding) => ({
      repo: repository.name,
      path: relative(file.fileName),
      line: finding.location.line,
      column: finding.location.column,
      rule: finding.ruleId,
      message: finding.message,
      snippet: finding.snippet,
      start: finding.range.start,
    })),
  );
  return { findings, checked: report.files.filter((file) => file.checked).map((file) => relative(file.fileName)) };
}

/** eslint-plugin-jsx-a11y's findings on the JSX files Touchpoint checked (`--peer`). */
function runJsxA11y(repository: Repository, folder: string, checked: readonly string[]): RealFinding[] {
  const scratch = mkdtempSync(path.join(tmpdir(), 'touchpoint-peer-'));
  const files = checked.filter((file) => JSX_FILE.test(file));
  // With no file named, eslint would lint the whole folder.
  if (files.length === 0) return [];
  const config = writeEslintConfig(scratch, ['**/*.jsx', '**/*.tsx', '**/*.js']);
  const result = spawnSync(
    process.execPath,
    [ESLINT, '--no-config-lookup', '-c', config, '--no-inline-config', '-f', 'json', ...files],
    { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`eslint failed on ${repository.name} (exit ${result.status}): ${result.stderr.slice(0, 2000)}`);
  const report = JSON.parse(result.stdout) as Array<{
    filePath: string;
    messages: Array<{ ruleId: string | null; line: number; column: number; message: string }>;
  }>;
  // Files it could not parse or left out come as messages with no rule: say them, as for Touchpoint.
  const unread = report.filter((file) => file.messages.some((message) => message.ruleId === null));
  if (unread.length > 0 || report.length !== files.length)
    console.error(
      `${repository.name}: eslint read ${report.length} of ${files.length} files; ${unread.length} with a parse error or ignored`,
    );
  return report.flatMap((file) => {
    const lines = readFileSync(file.filePath, 'utf8').split('\n');
    return file.messages
      .filter((message) => message.ruleId !== null)
      .map((message) => ({
        repo: repository.name,
        path: path.relative(folder, file.filePath).split(path.sep).join('/'),
        line: message.line,
        column: message.column,
        rule: message.ruleId!,
        message: message.message,
        snippet: lines[message.line - 1]?.trim() ?? '',
        start: 0,
      }));
  });
}

/**
 * A string literal opened by a translation call or a message definition, still open where the
 * finding starts: `t("…`, `i18n.t('…`, `formatMessage({ … defaultMessage: "…`, `<Trans>`'s
 * `defaultMessage="…`. (i18next's natural-language keys rendered in JSX are text of their element
 * in the model, but written for translation all the same.)
 */
const IN_TRANSLATION_CALL = /(?:\bt|\.t|\bdefaultMessage\s*[:=]\s*\{?)\s*\(?\s*(["'`])(?:(?!\1)[^\\\n]|\\.)*$/;

/**
 * Which offsets of a file sit on a message written for translation, as the engine's parser sees
 * the file (its catalog messages) and by the call a string is in (IN_TRANSLATION_CALL).
 */
export function translatedStrings(fileName: string, text: string): (offset: number) => boolean {
  const language = languageForFile(fileName);
  const outcome = language ? parseDocument(text, language, fileName) : undefined;
  const ranges = outcome?.ok ? (outcome.document.catalog ?? []).map((message) => message.range) : [];
  return (offset) =>
    ranges.some((range) => range.start <= offset && offset < range.end) ||
    IN_TRANSLATION_CALL.test(text.slice(Math.max(0, offset - 300), offset));
}

/** Whether a finding sits on a message written for translation (each file read once). */
function catalogStrings(folder: string): (finding: RealFinding) => boolean {
  const byFile = new Map<string, (offset: number) => boolean>();
  return (finding) => {
    let onTranslated = byFile.get(finding.path);
    if (!onTranslated) {
      onTranslated = translatedStrings(finding.path, readFileSync(path.join(folder, finding.path), 'utf8'));
      byFile.set(finding.path, onTranslated);
    }
    return onTranslated(finding.start);
  };
}

/**
 * The verdict on a finding: same repository, file, line and rule, the same column when the verdict
 * names one; one not yet used first (a tool may report two findings at one place, as eslint does
 * for two attributes of one element).
 */
export function verdictFor(
  finding: RealFinding,
  byKey: ReadonlyMap<string, Verdict[]>,
  used: ReadonlySet<Verdict>,
): Verdict | undefined {
  const candidates = (byKey.get(`${finding.repo}|${finding.path}|${finding.line}|${finding.rule}`) ?? []).filter(
    (verdict) => verdict.column === undefined || verdict.column === finding.column,
  );
  return (
    candidates.find((verdict) => verdict.column !== undefined && !used.has(verdict)) ??
    candidates.find((verdict) => !used.has(verdict)) ??
    candidates[0]
  );
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

function tableOf(
  rows: ReadonlyMap<string, Row>,
  recommended: (id: string) => boolean,
  all: boolean,
  preset = 'recommended preset',
): string[] {
  const lines = [
    '| rule | preset | findings | judged | kept | noise | debatable | precision |',
    '|---|---|---:|---:|---:|---:|---:|---:|',
  ];
  const total: Row = { findings: 0, keep: 0, noise: 0, debatable: 0 };
  const everything: Row = { findings: 0, keep: 0, noise: 0, debatable: 0 };
  for (const [id, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const judged = row.keep + row.noise + row.debatable;
    lines.push(
      `| \`${id}\` | ${recommended(id) ? 'recommended' : 'all'} | ${row.findings} | ${judged} | ${row.keep} | ${row.noise} | ${row.debatable} | ${percent(row.keep, judged)} |`,
    );
    for (const sum of recommended(id) ? [total, everything] : [everything]) {
      sum.findings += row.findings;
      sum.keep += row.keep;
      sum.noise += row.noise;
      sum.debatable += row.debatable;
    }
  }
  const totalLine = (name: string, sum: Row) => {
    const judged = sum.keep + sum.noise + sum.debatable;
    return `| **${name}** | | **${sum.findings}** | **${judged}** | **${sum.keep}** | **${sum.noise}** | **${sum.debatable}** | **${percent(sum.keep, judged)}** |`;
  };
  lines.push(totalLine(preset, total));
  if (all) lines.push(totalLine('every rule (touchpoint:all)', everything));
  return lines;
}

function replaceBetween(text: string, start: string, end: string, body: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return `${text.trimEnd()}\n\n${start}\n${body}\n${end}\n`;
  return `${text.slice(0, from + start.length)}\n${body}\n${text.slice(to)}`;
}

export function precisionOnRealCode(): void {
  const args = parseArgs(process.argv.slice(2).filter((arg) => arg !== 'real'));
  const present = corpusRepositories().filter((repository) => existsSync(path.join(CORPUS, repository.name)));
  if (present.length === 0) {
    console.error(
      `No corpus in ${CORPUS}: fetch it as scripts/fetch-corpus.md says (or set TOUCHPOINT_CORPUS to its folder).`,
    );
    process.exitCode = 2;
    return;
  }
  const build = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);

  const verdicts = args.peer ? readVerdicts(PEER_VERDICTS, (rule) => rule.startsWith('jsx-a11y/')) : readVerdicts();
  const byKey = new Map<string, Verdict[]>();
  for (const verdict of verdicts) {
    const key = `${verdict.repo}|${verdict.path}|${verdict.line}|${verdict.rule}`;
    byKey.set(key, [...(byKey.get(key) ?? []), verdict]);
  }
  const matched = new Set<Verdict>();
  const rows = new Map<string, Row>();
  /** The repositories with JSX files for the peer (`--peer`). */
  const peerRepositories: Repository[] = [];
  const listed: string[] = [];
  for (const repository of present) {
    if (args.repo && repository.name !== args.repo) continue;
    const stale = verdicts.filter((v) => v.repo === repository.name && v.commit !== repository.commit).length;
    if (stale > 0)
      console.error(`${repository.name}: ${stale} verdicts were made at another commit than ${repository.commit}`);
    const folder = path.join(CORPUS, repository.name);
    const touchpoint = runTouchpoint(repository, folder, args.all);
    if (args.peer && touchpoint.checked.some((file) => JSX_FILE.test(file))) peerRepositories.push(repository);
    const findings = args.peer ? runJsxA11y(repository, folder, touchpoint.checked) : touchpoint.findings;
    const onCatalog = catalogStrings(folder);
    for (const finding of findings) {
      if (args.rule && finding.rule !== args.rule) continue;
      if (args.catalog && !onCatalog(finding)) continue;
      const row = rows.get(finding.rule) ?? { findings: 0, keep: 0, noise: 0, debatable: 0 };
      rows.set(finding.rule, row);
      row.findings++;
      const verdict = verdictFor(finding, byKey, matched);
      if (verdict) {
        matched.add(verdict);
        row[verdict.verdict]++;
      }
      if (args.list && !(args.unjudged && verdict))
        listed.push(
          [
            `${finding.repo}\t${finding.path}:${finding.line}:${finding.column}\t${finding.rule}`,
            verdict ? `\t[${verdict.verdict}: ${verdict.reason}]` : '',
            `\n    ${finding.message}\n    ${finding.snippet.replace(/\s+/g, ' ').slice(0, 120)}`,
          ].join(''),
        );
    }
  }
  if (args.list) console.log(listed.join('\n'));

  const recommended = (id: string) => args.peer || getRule(id)?.recommended !== false;
  const table = tableOf(rows, recommended, args.all, args.peer ? 'eslint-plugin-jsx-a11y (recommended)' : undefined);
  // Opt-in rules did not run without --all: their verdicts are not gone, only not asked.
  const gone = verdicts.filter(
    (verdict) =>
      !matched.has(verdict) &&
      (args.all || recommended(verdict.rule)) &&
      !args.catalog &&
      present.some((repository) => repository.name === verdict.repo) &&
      (!args.repo || verdict.repo === args.repo) &&
      (!args.rule || verdict.rule === args.rule),
  );
  console.log(
    `\n${args.peer ? 'eslint-plugin-jsx-a11y’s precision' : 'Precision'} on real code: ${present.map((r) => `${r.name}@${r.commit.slice(0, 7)}`).join(', ')}\n`,
  );
  console.log(table.join('\n'));
  const goneKept = gone.filter((verdict) => verdict.verdict === 'keep');
  console.log(
    `\nVerdicts whose finding is gone: ${gone.length} (${gone.filter((v) => v.verdict === 'noise').length} noise, ${gone.filter((v) => v.verdict === 'debatable').length} debatable, ${goneKept.length} kept: recall lost)`,
  );
  for (const verdict of goneKept.slice(0, 20))
    console.log(`  lost: ${verdict.repo} ${verdict.path}:${verdict.line} ${verdict.rule} (${verdict.reason})`);

  const failures: string[] = [];
  const sum = (key: keyof Row) =>
    [...rows].filter(([id]) => recommended(id)).reduce((total, [, row]) => total + row[key], 0);
  const judgedAll = sum('keep') + sum('noise') + sum('debatable');
  if (judgedAll > 0 && sum('keep') / judgedAll < GOAL_OVERALL)
    failures.push(`recommended preset ${percent(sum('keep'), judgedAll)} < 85%`);
  for (const [id, row] of rows) {
    const judged = row.keep + row.noise + row.debatable;
    if (!recommended(id)) continue;
    if (judged >= MIN_JUDGED_FOR_GOAL && row.keep / judged < GOAL_RULE)
      failures.push(`${id} ${percent(row.keep, judged)} < 70%`);
    else if (row.noise > 0 && row.keep === 0) failures.push(`${id}: ${row.noise} noise, none kept`);
  }
  const unjudged = [...rows.values()].reduce(
    (total, row) => total + row.findings - row.keep - row.noise - row.debatable,
    0,
  );
  console.log(`Unjudged findings: ${unjudged}`);
  if (failures.length > 0 && !args.peer) console.log(`Below the goals: ${failures.join('; ')}`);

  if (args.write && (args.rule || args.repo || args.all || args.catalog))
    console.log('--write writes the whole corpus with the recommended preset only: nothing written');
  else if (args.write && args.peer) writePeerTable(table, peerRepositories);
  else if (args.write) writeTables(table, rows, present, verdicts);
  if (args.check && !args.peer && (failures.length > 0 || judgedAll === 0)) process.exitCode = 1;
}

/** The peer's table into bench/README.md. */
function writePeerTable(table: readonly string[], present: readonly Repository[]): void {
  const readme = path.join(ROOT, 'bench', 'README.md');
  const names = present.map((r) => `\`${r.name}\``).join(', ');
  writeFileSync(
    readme,
    replaceBetween(
      readFileSync(readme, 'utf8'),
      '<!-- peer-precision:start -->',
      '<!-- peer-precision:end -->',
      [`On the JSX files Touchpoint checks in ${names} (same commits):`, '', ...table].join('\n'),
    ),
  );
}

/** The table into bench/README.md, and each rule's own line into its doc page. */
function writeTables(
  table: readonly string[],
  rows: ReadonlyMap<string, Row>,
  present: readonly Repository[],
  verdicts: readonly Verdict[],
): void {
  const readme = path.join(ROOT, 'bench', 'README.md');
  const commits = present.map((r) => `[\`${r.repo}\`](https://github.com/${r.repo}) at \`${r.commit}\``).join(', ');
  const body = [`On ${commits}:`, '', ...table].join('\n');
  writeFileSync(
    readme,
    replaceBetween(
      existsSync(readme) ? readFileSync(readme, 'utf8') : '# Benchmarks\n',
      '<!-- precision:start -->',
      '<!-- precision:end -->',
      body,
    ),
  );
  for (const rule of rules) {
    if (rule.area === 'a11y') continue; // axe-core's rules are documented by Deque
    const doc = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
    if (!existsSync(doc)) continue;
    const row = rows.get(rule.id) ?? { findings: 0, keep: 0, noise: 0, debatable: 0 };
    const judged = row.keep + row.noise + row.debatable;
    const judgedBefore = verdicts.filter((verdict) => verdict.rule === rule.id);
    const count = (kind: VerdictKind) => judgedBefore.filter((verdict) => verdict.verdict === kind).length;
    const line =
      rule.recommended === false
        ? `Opt-in, so not part of the recommended run. Verdicts recorded on its findings on the corpus (bench/README.md; \`npm run precision -- real --all\` shows today's): ${judgedBefore.length} (${count('keep')} kept, ${count('noise')} noise, ${count('debatable')} debatable).`
        : row.findings === 0
          ? 'On the real-code corpus (bench/README.md) this rule reports nothing, so its precision there is not measured.'
          : `On the real-code corpus (bench/README.md): ${row.findings} findings, ${judged} judged, ${row.keep} kept, ${row.noise} noise, ${row.debatable} debatable: **${percent(row.keep, judged)} precise**.`;
    writeFileSync(
      doc,
      replaceBetween(
        readFileSync(doc, 'utf8'),
        '<!-- precision:start -->',
        '<!-- precision:end -->',
        `## Precision on real code\n\n${line}`,
      ),
    );
  }
}
