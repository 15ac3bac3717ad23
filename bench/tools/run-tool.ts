/**
 * Runs one tool over a list of files in its own process, so each tool's peak memory is its
 * own, and prints one JSON line of figures. Every tool reads each file from disk inside the
 * timed loop, after a warm-up pass over the first files (so the JIT is warm for all alike).
 *   node --import tsx bench/tools/run-tool.ts <touchpoint|eslint-jsx-a11y|html-validate> <list.json> [repeat]
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

type LintOne = (file: string, text: string) => Promise<number> | number;

async function loadTool(name: string, cwd: string): Promise<LintOne> {
  if (name === 'touchpoint') {
    const { lint, languageForFile, defaultConfig } = await import('../../src/core/index.js');
    const config = defaultConfig();
    return (file, text) => lint(text, languageForFile(file)!, config, { fileName: file }).findings.length;
  }
  if (name === 'eslint-jsx-a11y') {
    const { ESLint } = await import('eslint');
    const jsxA11y = (await import('eslint-plugin-jsx-a11y')).default;
    const tsParser = (await import('@typescript-eslint/parser')).default;
    const eslint = new ESLint({
      cwd,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.jsx', '**/*.tsx'],
          plugins: { 'jsx-a11y': jsxA11y },
          languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
          rules: jsxA11y.configs.recommended.rules,
        },
      ],
    });
    return async (file, text) => {
      const [result] = await eslint.lintText(text, { filePath: file });
      return result?.messages.length ?? 0;
    };
  }
  if (name === 'html-validate') {
    const { HtmlValidate } = await import('html-validate');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    return async (file, text) => {
      const report = await validator.validateString(text, file);
      return report.results.reduce((sum, result) => sum + result.messages.length, 0);
    };
  }
  throw new Error(`unknown tool ${name}`);
}

async function main(): Promise<void> {
  const [name, listFile, repeatText] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(listFile!, 'utf8')) as string[];
  const repeat = Number(repeatText ?? '1');
  const lintOne = await loadTool(name!, path.dirname(files[0] ?? '.'));
  for (const file of files.slice(0, Math.min(50, files.length))) await lintOne(file, readFileSync(file, 'utf8'));
  const perFile: number[] = [];
  let bytes = 0;
  let findings = 0;
  const started = performance.now();
  for (let round = 0; round < repeat; round++) {
    for (const file of files) {
      const t0 = performance.now();
      const text = readFileSync(file, 'utf8');
      findings += await lintOne(file, text);
      perFile.push(performance.now() - t0);
      bytes += Buffer.byteLength(text);
    }
  }
  const ms = performance.now() - started;
  perFile.sort((a, b) => a - b);
  const result = {
    tool: name,
    files: files.length * repeat,
    bytes,
    ms,
    findings,
    medianMs: perFile[Math.floor(perFile.length / 2)] ?? 0,
    p95Ms: perFile[Math.floor(perFile.length * 0.95)] ?? 0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
