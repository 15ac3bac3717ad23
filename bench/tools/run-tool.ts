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
  if (name.startsWith('touchpoint-a11y') || name === 'touchpoint-parse') {
    // The live axe-core rules alone (opt-in today), to show what they cost on their own, and the
    // same lint with every rule off (parse only), to subtract. "typing" edits a word in the
    // middle of the file before each lint, as a keystroke does (answers of untouched elements
    // cached); "cold" forgets every cached answer first.
    const { lint, languageForFile, configFromObject, rules } = await import('../../src/core/index.js');
    const { clearElementAnswers } = await import('../../src/core/rules/a11y/axe.js');
    const axeOn = name !== 'touchpoint-parse';
    const config = configFromObject({
      rules: Object.fromEntries(rules.map((rule) => [rule.id, axeOn && rule.area === 'a11y' ? rule.severity : 'off'])),
    });
    let keystrokes = 0;
    return (file, text) => {
      if (name === 'touchpoint-a11y-cold') clearElementAnswers();
      let edited = text;
      if (name !== 'touchpoint-a11y-cold') {
        const at = text.indexOf('>', text.length / 2) + 1;
        edited = text.slice(0, at) + 'x'.repeat(++keystrokes % 7) + text.slice(at);
      }
      return lint(edited, languageForFile(file)!, config, { fileName: file }).findings.length;
    };
  }
  if (name === 'eslint-jsx-a11y') {
    const { ESLint } = await import('eslint');
    // Under the bench's loader these CommonJS modules arrive as namespaces; take the real objects.
    const jsxA11yModule = (await import('eslint-plugin-jsx-a11y')) as {
      default?: typeof import('eslint-plugin-jsx-a11y').default;
    };
    const jsxA11y =
      jsxA11yModule.default ?? (jsxA11yModule as unknown as typeof import('eslint-plugin-jsx-a11y').default);
    const tsParser = await import('@typescript-eslint/parser');
    if (typeof tsParser.parseForESLint !== 'function') throw new Error('the TypeScript parser for ESLint did not load');
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
      // A parse failure would make ESLint look fast for the wrong reason: refuse to measure it.
      const fatal = result?.messages.find((message) => message.fatal);
      if (fatal) throw new Error(`eslint could not parse ${file}: ${fatal.message}`);
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
