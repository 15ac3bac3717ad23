/**
 * The `rules` bench section (issue 16): where the static pass spends its time, rule by rule.
 * Every rule (`touchpoint:all`) runs in this process on real code (the corpus, when it is
 * fetched: scripts/fetch-corpus.md) or else on 500 generated files, HTML and JSX/TSX apart,
 * after a warm-up pass. A rule that takes more than 20% of the static pass (parse + rules +
 * suppressions) of either language is flagged, and the bench exits 1: one rule rescanning the
 * whole text per match once took 38% of the pass on a TSX app and 74% on an HTML site. The live
 * axe-core rules are one row: they answer in one shared pass over the elements.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { configFromObject, defaultConfig, discoverFiles, languageForFile, lint } from '../src/core/index.js';
import { writeCorpus } from './corpus.js';
import { CORPUS, corpusRepositories } from './realCorpus.js';

const ROOT = path.join(__dirname, '..');
/** The most one rule may take of the static pass. */
const RULE_SHARE_LIMIT = 0.2;

async function filesToTime(): Promise<{ from: string; files: string[] }> {
  const present = corpusRepositories().filter((repository) => existsSync(path.join(CORPUS, repository.name)));
  if (present.length > 0) {
    const files: string[] = [];
    for (const repository of present)
      files.push(...(await discoverFiles(['.'], defaultConfig(), path.join(CORPUS, repository.name))).files);
    return { from: `the corpus (${present.map((repository) => repository.name).join(', ')})`, files };
  }
  const generated = writeCorpus(path.join(ROOT, 'bench', 'corpus', 'rules'), 500);
  return { from: '500 generated files (no corpus fetched)', files: generated.map((file) => file.path) };
}

export async function rulesSection(results: Record<string, unknown>): Promise<void> {
  const { from, files } = await filesToTime();
  const config = configFromObject({ extends: 'touchpoint:all' });
  const out: Record<string, unknown> = {};
  console.log(`\nWhere the static pass spends its time, every rule (touchpoint:all), on ${from}`);
  for (const [kind, test] of [
    ['HTML', /\.html?$/],
    ['JSX/TSX', /\.[jt]sx$/],
  ] as const) {
    const texts = files.filter((file) => test.test(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
    if (texts.length === 0) continue;
    for (const [file, text] of texts.slice(0, 50)) lint(text, languageForFile(file)!, config, { fileName: file });
    const timings = new Map<string, number>();
    let slowest = { file: '', ms: 0 };
    const started = performance.now();
    for (const [file, text] of texts) {
      const before = performance.now();
      lint(text, languageForFile(file)!, config, { fileName: file, timings });
      const ms = performance.now() - before;
      if (ms > slowest.ms) slowest = { file, ms };
    }
    const total = performance.now() - started;
    // The live axe-core rules answer together, in one pass over the elements that the first of
    // them to run pays for: one row for all of them.
    const axe = [...timings].filter(([key]) => key.startsWith('a11y/'));
    for (const [key] of axe) timings.delete(key);
    timings.set(
      `a11y/* (${axe.length} axe-core rules, one pass)`,
      axe.reduce((sum, [, ms]) => sum + ms, 0),
    );
    const ranked = [...timings].sort((a, b) => b[1] - a[1]);
    const rulesMs = ranked.filter(([key]) => key !== 'parse').reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `  ${kind}: ${texts.length} files, ${total.toFixed(0)} ms (${(total / texts.length).toFixed(2)} ms a file): parse ${((100 * (timings.get('parse') ?? 0)) / total).toFixed(0)}%, rules ${((100 * rulesMs) / total).toFixed(0)}%, the rest (suppressions, sorting, scores) ${((100 * (total - rulesMs - (timings.get('parse') ?? 0))) / total).toFixed(0)}%`,
    );
    console.log(
      `    slowest file: ${path.relative(CORPUS, slowest.file)}, ${slowest.ms.toFixed(0)} ms (${(readFileSync(slowest.file).length / 1024).toFixed(0)} KB)`,
    );
    const isOver = ([key, ms]: readonly [string, number]) =>
      key !== 'parse' && !key.startsWith('a11y/*') && ms / total > RULE_SHARE_LIMIT;
    for (const entry of ranked.filter(([key]) => key !== 'parse').slice(0, 8))
      console.log(
        `    ${entry[0].padEnd(52)}${`${entry[1].toFixed(0)} ms`.padStart(10)}${`${((100 * entry[1]) / total).toFixed(1)}%`.padStart(8)}${isOver(entry) ? '  ⚠ over 20% of the pass' : ''}`,
      );
    const over = ranked.filter(isOver);
    if (over.length > 0) process.exitCode = 1;
    out[kind] = { files: texts.length, totalMs: total, slowest, timings: Object.fromEntries(ranked) };
  }
  console.log(
    `  → no rule may take more than ${RULE_SHARE_LIMIT * 100}% of the pass (the bench exits 1 when one does)`,
  );
  results.rules = out;
}
