/**
 * Which files a review covers (the CLI, and the extension's workspace review): the paths and
 * globs given (a folder means everything in it), filtered by the config's include / exclude and
 * by `.gitignore` files from the folder up to the repository root, as ESLint and Prettier do.
 */
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from './config/config.js';
import { languageForFile } from './parse/index.js';

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export async function discoverFiles(
  patterns: readonly string[],
  config: ResolvedConfig,
  cwd: string,
): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let matches: string[];
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      matches = statSync(absolute).isDirectory()
        ? await glob([...config.include], { cwd: absolute, absolute: true, dot: false, ignore: [...config.exclude] })
        : [absolute];
    } else if (isDynamicPattern(pattern)) {
      matches = (await glob([pattern], { cwd, absolute: true, dot: false, ignore: [...config.exclude] })).filter(
        (file) => languageForFile(file) !== undefined,
      );
    } else {
      throw new UsageError(`No such file or folder: ${pattern}`);
    }
    if (matches.length === 0) throw new UsageError(`Nothing to review: “${pattern}” matches no HTML, JSX or TSX files`);
    for (const match of matches) found.add(path.normalize(match));
  }
  const filter = new GitignoreFilter();
  const files: string[] = [];
  for (const file of [...found].sort()) {
    if (!(await filter.ignores(file))) files.push(file);
  }
  return files;
}

/** `.gitignore` rules from each folder up to the repository root (the folder holding `.git`). */
class GitignoreFilter {
  private readonly byDirectory = new Map<string, Promise<Array<{ base: string; rules: Ignore }>>>();

  async ignores(file: string): Promise<boolean> {
    for (const { base, rules } of await this.rulesFor(path.dirname(file))) {
      const relative = path.relative(base, file).split(path.sep).join('/');
      if (relative && !relative.startsWith('..') && rules.ignores(relative)) return true;
    }
    return false;
  }

  private rulesFor(directory: string): Promise<Array<{ base: string; rules: Ignore }>> {
    let pending = this.byDirectory.get(directory);
    if (!pending) {
      pending = (async () => {
        const own: Array<{ base: string; rules: Ignore }> = [];
        try {
          own.push({
            base: directory,
            rules: ignore().add(await fs.readFile(path.join(directory, '.gitignore'), 'utf8')),
          });
        } catch {
          // no .gitignore here
        }
        const parent = path.dirname(directory);
        const atRoot = parent === directory || existsSync(path.join(directory, '.git'));
        return atRoot ? own : [...own, ...(await this.rulesFor(parent))];
      })();
      this.byDirectory.set(directory, pending);
    }
    return pending;
  }
}
