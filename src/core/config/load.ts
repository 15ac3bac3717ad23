/**
 * Finding and reading `.touchpointrc.json`: the nearest file upward from the checked file wins
 * (stopping at a file with `"root": true`), its `extends` chain is followed (presets or
 * relative paths), and the result is cached per folder. Config is JSON only: nothing from the
 * workspace is executed, so loading it is safe in untrusted workspaces. File access goes
 * through a small host interface so the extension can use `workspace.fs`.
 */
import * as path from 'node:path';
import { detectDesignSystems, forgetDesignSystems } from '../designSystems.js';
import { readRegularFile, UnreadableFileError } from '../readFile.js';
import {
  ConfigError,
  defaultLayers,
  isPreset,
  presetRules,
  resolveLayers,
  validateConfig,
  type ConfigFile,
  type ResolvedConfig,
} from './config.js';

export const CONFIG_FILE_NAME = '.touchpointrc.json';

export interface ConfigHost {
  /** The file's text, or undefined when it does not exist. */
  readFile(file: string): Promise<string | undefined>;
}

/** A config is small JSON: a larger file named by `extends` is not a config. */
export const MAX_CONFIG_SIZE = 1024 * 1024;

export const nodeConfigHost: ConfigHost = {
  async readFile(file) {
    try {
      return new TextDecoder().decode(await readRegularFile(file, MAX_CONFIG_SIZE));
    } catch (error) {
      const reason = error instanceof UnreadableFileError ? error.reason : undefined;
      if (reason === 'ENOENT' || reason === 'folder' || reason === 'ENOTDIR') return undefined;
      if (reason === 'too-large') throw new Error(`it is larger than ${MAX_CONFIG_SIZE / 1024 / 1024} MB`);
      throw error;
    }
  },
};

/**
 * Why JSON.parse failed (“ at line 2, column 5: Expected ',' …”, or “: it ends too early”), without the text: V8 quotes the start
 * of the input ("Unexpected token 'r', \"root:x:0:0\"... is not valid JSON"), and a config's
 * `extends` or a baseline path may name any file on the machine.
 */
export function jsonErrorWithoutText(error: Error, text: string): string {
  const message = error.message;
  const position = /position (\d+)/.exec(message);
  let where = '';
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const line = before.split(/\r\n|\r|\n/).length;
    const column = before.length - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    where = ` at line ${line}, column ${column}`;
  }
  const what = /^Unexpected end/.test(message)
    ? 'it ends too early'
    : /^Unexpected token/.test(message)
      ? 'unexpected character'
      : message.replace(/ in JSON at position \d+.*$/s, '').replace(/,? ?".*$/s, '');
  return `${where}: ${what}`;
}

export function parseConfigText(text: string, file: string): ConfigFile {
  let value: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ConfigError(file, '', 'valid JSON', `is not valid JSON${jsonErrorWithoutText(error as Error, json)}`);
  }
  validateConfig(value, file);
  return value;
}

export class ConfigLoader {
  private readonly byDirectory = new Map<string, Promise<ResolvedConfig>>();
  /** Resolved configs by config file and detected presets (folders share them). */
  private readonly byConfigFile = new Map<string, Promise<ResolvedConfig>>();
  /** The nearest config file of each folder looked up from (undefined: none up to the root). */
  private readonly nearestFile = new Map<string, string | undefined>();

  constructor(
    private readonly host: ConfigHost = nodeConfigHost,
    /** An explicit config file (CLI `--config`), used for every file instead of searching. */
    private readonly explicitFile?: string,
    /**
     * What an explicit config's globs (`pages`, `messages`, `include`…) are relative to: the
     * working directory, as with ESLint's `--config`, not the file's own folder (a config kept in
     * a shared or temporary folder would otherwise match nothing in the project).
     */
    private readonly explicitBase?: string,
  ) {}

  /** The config that applies to a file; throws ConfigError for a broken config file. */
  forFile(file: string): Promise<ResolvedConfig> {
    return this.forDirectory(path.dirname(path.resolve(file)));
  }

  /** Configs and package.json files are read again (one changed on disk). */
  clear(): void {
    this.byDirectory.clear();
    this.byConfigFile.clear();
    this.nearestFile.clear();
    forgetDesignSystems();
  }

  private forDirectory(directory: string): Promise<ResolvedConfig> {
    let pending = this.byDirectory.get(directory);
    if (!pending) {
      pending = this.resolveFor(directory);
      this.byDirectory.set(directory, pending);
      // A failed load must not stick: the user may fix the file.
      pending.catch(() => this.byDirectory.delete(directory));
    }
    return pending;
  }

  private async resolveFor(directory: string): Promise<ResolvedConfig> {
    const file = this.explicitFile ? path.resolve(this.explicitFile) : await this.findUp(directory);
    // Design systems come from the code's own package.json (`directory`), wherever the config is:
    // an explicit config in a shared or temporary folder (`-c ~/touchpoint.json`) found none, and
    // in a monorepo each package names its own.
    // Folders with the same config file and the same package.json share one resolved config.
    const key = `${file ?? ''}\u0000${detectDesignSystems(directory).join(',')}`;
    let pending = this.byConfigFile.get(key);
    if (!pending) {
      pending = file
        ? this.loadChain(file, []).then((layers) => resolveLayers(layers, this.baseOf(file), directory))
        : Promise.resolve(resolveLayers(defaultLayers(), undefined, directory));
      this.byConfigFile.set(key, pending);
      pending.catch(() => this.byConfigFile.delete(key));
    }
    return pending;
  }

  private baseOf(file: string): string {
    return this.explicitFile !== undefined && this.explicitBase !== undefined ? this.explicitBase : path.dirname(file);
  }

  /** The nearest config file from `directory` up; every folder on the way keeps the answer. */
  private async findUp(directory: string): Promise<string | undefined> {
    const visited: string[] = [];
    let found: string | undefined;
    for (let current = directory; ; current = path.dirname(current)) {
      if (this.nearestFile.has(current)) {
        found = this.nearestFile.get(current);
        break;
      }
      visited.push(current);
      const candidate = path.join(current, CONFIG_FILE_NAME);
      if ((await this.read(candidate)) !== undefined) {
        found = candidate;
        break;
      }
      if (path.dirname(current) === current) break;
    }
    for (const folder of visited) this.nearestFile.set(folder, found);
    return found;
  }

  /** A config file's text, undefined when there is none; a file that cannot be read is a ConfigError. */
  private async read(file: string, extendedFrom?: string): Promise<string | undefined> {
    try {
      return await this.host.readFile(file);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      throw extendedFrom
        ? new ConfigError(extendedFrom, 'extends', 'a config file', `points to ${file}, which cannot be read: ${why}`)
        : new ConfigError(file, '', 'a config file', `cannot be read: ${why}`);
    }
  }

  private async loadChain(file: string, seen: string[]): Promise<Array<{ file: string; config: ConfigFile }>> {
    if (seen.includes(file))
      throw new ConfigError(file, 'extends', 'no cycle', `extends itself through ${seen.join(' → ')}`);
    const text = await this.read(file, seen[seen.length - 1]);
    if (text === undefined) {
      throw new ConfigError(
        seen[seen.length - 1] ?? file,
        'extends',
        'an existing file',
        `points to ${file}, which does not exist`,
      );
    }
    const config = parseConfigText(text, file);
    const bases = config.extends === undefined ? ['touchpoint:recommended'] : [config.extends].flat();
    const layers: Array<{ file: string; config: ConfigFile }> = [];
    for (const base of bases) {
      if (isPreset(base)) layers.push({ file: base, config: { rules: presetRules(base) } });
      else if (base.startsWith('touchpoint:'))
        throw new ConfigError(
          file,
          'extends',
          'a known preset',
          `names an unknown preset “${base}” (known: touchpoint:recommended, touchpoint:all)`,
        );
      else layers.push(...(await this.loadChain(path.resolve(path.dirname(file), base), [...seen, file])));
    }
    layers.push({ file, config });
    return layers;
  }
}
