/**
 * The `touchpoint` command: reviews folders, files or globs with the engine and prints the
 * scorecard. Exit codes: 0 done, 2 usage or config error, 3 internal failure. (Formats,
 * thresholds, baselines, cache and workers are the CLI issue's; this is the minimal face.)
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import {
  ConfigError,
  ConfigLoader,
  formatMarkdown,
  formatSarif,
  PageRunner,
  review,
  scorecardData,
  type ResolvedConfig,
  type WorkspaceReport,
} from '../core/index.js';
import { readInlineAssets, standaloneHtml } from '../webview/page.js';
import { discoverFiles, UsageError } from '../core/discover.js';
import { formatSummary } from './formatters/summary.js';

declare const TOUCHPOINT_VERSION: string | undefined;
const version = typeof TOUCHPOINT_VERSION === 'string' ? TOUCHPOINT_VERSION : '0.0.0-dev';

export async function main(argv: readonly string[], cwd = process.cwd()): Promise<number> {
  const program = new Command()
    .name('touchpoint')
    .description('Review HTML and JSX/TSX for UX and CX problems and print a scorecard.')
    .version(version)
    .argument('[paths...]', 'files, folders or globs to review (default: the current folder)')
    .option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`, 'summary')
    .option('-o, --output <file>', 'also write the output to this file')
    .option('-c, --config <file>', 'use this config file instead of looking for .touchpointrc.json')
    .option('--top <n>', 'how many top findings the summary lists', '10')
    .option('--no-axe', 'skip the axe-core accessibility rules (live and whole-page)')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
  const options = program.opts<{ format: string; output?: string; config?: string; top: string; axe: boolean }>();
  if (!(FORMATS as readonly string[]).includes(options.format)) {
    process.stderr.write(`touchpoint: unknown format “${options.format}” (use ${FORMATS.join(', ')})\n`);
    return 2;
  }
  const paths = program.args;
  try {
    const loader = new ConfigLoader(undefined, options.config ? path.resolve(cwd, options.config) : undefined);
    // The config that decides include / exclude: the first path's own, for a file or a folder.
    const first = path.resolve(cwd, paths[0] ?? '.');
    const isFile = existsSync(first) && statSync(first).isFile();
    const baseConfig = await loader.forFile(isFile ? first : path.join(first, 'any'));
    const files = await discoverFiles(paths, baseConfig, cwd);
    // The whole-page axe rules run in worker threads, a few pages at a time.
    const pageRunner = options.axe ? new PageRunner() : undefined;
    const report = await review(
      files.map((file) => ({ path: file })),
      async (file) => {
        const config = await loader.forFile(file);
        return options.axe ? config : withoutAxe(config);
      },
      { log: (message) => process.stderr.write(`${message}\n`), pageRunner },
    ).finally(() => pageRunner?.close());
    const configErrors = report.files.flatMap((file) =>
      file.notices.filter((notice) => notice.code === 'config-error'),
    );
    if (configErrors.length > 0) {
      process.stderr.write(`touchpoint: ${configErrors[0]!.message}\n`);
      return 2;
    }
    const title = paths.join(', ') || path.basename(cwd);
    const output = format(options.format as Format, report, { cwd, title, top: Number(options.top) || 10 });
    process.stdout.write(output);
    if (options.output) {
      const target = path.resolve(cwd, options.output);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, output);
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof UsageError) {
      process.stderr.write(`touchpoint: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`touchpoint: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    return 3;
  }
}

const FORMATS = ['summary', 'json', 'sarif', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

function format(name: Format, report: WorkspaceReport, options: { cwd: string; title: string; top: number }): string {
  const data = () => scorecardData(report, { root: options.cwd, title: options.title, toolVersion: version });
  switch (name) {
    case 'summary':
      return formatSummary(report, options);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return formatSarif(report, { root: options.cwd, toolVersion: version });
    case 'markdown':
      return formatMarkdown(data(), { top: options.top });
    case 'html':
      return standaloneHtml(data(), readInlineAssets());
  }
}

function withoutAxe(config: ResolvedConfig): ResolvedConfig {
  return { ...config, rules: new Map([...config.rules].filter(([id]) => !id.startsWith('a11y/'))) };
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`touchpoint: internal error: ${String(error)}\n`);
      process.exitCode = 3;
    },
  );
}
