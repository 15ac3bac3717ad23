/**
 * Which files a review covers (the CLI, and the extension's workspace review): the paths and
 * globs given (a folder means everything in it), filtered by the config's include / exclude and
 * by `.gitignore` files from the folder up to the repository root, as ESLint and Prettier do.
 * Folders and globs also leave out tests, stories, examples, development files and fixtures (the config's `skip`),
 * counted so the caller can say how many and why; a file named outright is always reviewed.
 */
import { existsSync, promises as fs, statSync } from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import type { ResolvedConfig } from './config/config.js';
import { DEFAULT_SKIP, SKIPPED_KINDS, type SkippedKind } from './config/schema.js';
import { languageForFile } from './parse/index.js';

/** A path or glob that names nothing to review: the CLI reports it as a usage error (exit 2). */
export class DiscoveryError extends Error {
  override readonly name = 'DiscoveryError';
}

export interface DiscoveredFiles {
  /** Absolute paths, sorted. */
  readonly files: string[];
  /** Files left out by kind (the config's `skip`), for a line saying how many and why. */
  readonly skipped: ReadonlyMap<SkippedKind, number>;
}

export async function discoverFiles(
  patterns: readonly string[],
  config: ResolvedConfig,
  cwd: string,
): Promise<DiscoveredFiles> {
  // Each file with the folder its kind is judged from (the folder or the glob's base), or
  // undefined for a file named outright.
  const found = new Map<string, string | undefined>();
  // JSON is read only as a message catalog: found through the config's `messages` globs.
  const isCatalog = picomatch([...config.messages], { dot: true });
  const reads = (file: string): boolean => {
    const language = languageForFile(file);
    return (
      language !== undefined && (language !== 'json' || isCatalog(path.relative(cwd, file).split(path.sep).join('/')))
    );
  };
  for (const pattern of patterns.length > 0 ? patterns : ['.']) {
    const absolute = path.resolve(cwd, pattern);
    let matches: string[];
    let root: string | undefined = cwd;
    // A path that exists is taken as written, glob characters and all: Next.js names folders
    // `app/(shop)/[id]`, and `touchpoint "app/(shop)/[id]/page.tsx"` means that file.
    if (existsSync(absolute)) {
      const folder = statSync(absolute).isDirectory();
      matches = folder
        ? await glob([...config.include, ...config.messages], {
            cwd: absolute,
            absolute: true,
            dot: false,
            ignore: [...config.exclude],
          })
        : [absolute];
      root = folder ? absolute : undefined;
    } else if (isDynamicPattern(pattern)) {
      matches = (await glob([pattern], { cwd, absolute: true, dot: false, ignore: [...config.exclude] })).filter(reads);
    } else {
      throw new DiscoveryError(`No such file or folder: ${pattern}`);
    }
    if (matches.length === 0)
      throw new DiscoveryError(`Nothing to review: “${pattern}” matches no HTML, JSX or TSX files`);
    for (const match of matches) {
      const file = path.normalize(match);
      if (!found.has(file) || root === undefined) found.set(file, root);
    }
  }
  const filter = new GitignoreFilter();
  const kindOf = skippedKindMatcher(config.skip);
  const files: string[] = [];
  const skipped = new Map<SkippedKind, number>();
  for (const [file, root] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (await filter.ignores(file)) continue;
    const kind = root === undefined ? undefined : kindOf(path.relative(root, file));
    if (kind) skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
    else files.push(file);
  }
  return { files, skipped };
}

/** The kind of non-product file a path is (by its path below the folder reviewed), if any. */
function skippedKindMatcher(kinds: readonly SkippedKind[]): (relative: string) => SkippedKind | undefined {
  const matchers = kinds.map((kind) => ({ kind, matches: picomatch([...SKIPPED_KINDS[kind]], { dot: true }) }));
  return (relative) => {
    const slashed = relative.split(path.sep).join('/');
    return matchers.find(({ matches }) => matches(slashed))?.kind;
  };
}

/** “412 files skipped: 380 tests, 32 stories (config “skip” to review them)”, or nothing. */
/**
 * Whether a JSON file is one of the config's message catalogs (its `messages` globs, from the
 * config's folder; without a config file, anywhere in the path): an editor lints only those.
 */
export function isMessageCatalog(config: ResolvedConfig, fileName: string): boolean {
  if (languageForFile(fileName) !== 'json') return false;
  const base = config.baseDirectory;
  const relative = base ? path.relative(base, fileName) : fileName;
  if (base && (relative.startsWith('..') || path.isAbsolute(relative))) return false;
  const globs = base
    ? [...config.messages]
    : config.messages.map((glob) => (glob.startsWith('**/') ? glob : `**/${glob}`));
  return picomatch(globs, { dot: true })(relative.split(path.sep).join('/'));
}

export function describeSkipped(skipped: ReadonlyMap<SkippedKind, number>): string | undefined {
  const total = [...skipped.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return undefined;
  const parts = DEFAULT_SKIP.filter((kind) => skipped.has(kind)).map((kind) => {
    const count = skipped.get(kind)!;
    return `${count} ${count === 1 ? SINGULAR[kind] : PLURAL[kind]}`;
  });
  return `${total} ${total === 1 ? 'file' : 'files'} skipped: ${parts.join(', ')} (not what customers use; set “skip” in .touchpointrc.json to review them)`;
}

const SINGULAR: Readonly<Record<SkippedKind, string>> = {
  tests: 'test',
  stories: 'story',
  examples: 'example',
  development: 'development file',
  fixtures: 'fixture',
};

const PLURAL: Readonly<Record<SkippedKind, string>> = {
  tests: 'tests',
  stories: 'stories',
  examples: 'examples',
  development: 'development files',
  fixtures: 'fixtures',
};

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
