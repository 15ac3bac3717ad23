/**
 * How the CLI finds each file's config: the nearest `.touchpointrc.json` (or `--config`, or
 * none with `--no-config`), then the command line's overrides on top (`--rule`, `--no-axe`,
 * `--max-file-size`). The main thread and every lint worker build the same source from the
 * same settings, so a file gets the same config wherever it is linted.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import {
  closestRuleId,
  ConfigLoader,
  getRule,
  overrideConfig,
  type ResolvedConfig,
  type Severity,
} from '../core/index.js';
import { UsageError } from './usage.js';

export interface ConfigSettings {
  /** An explicit config file, absolute. */
  readonly configFile?: string;
  /** The working directory: an explicit config's globs are relative to it (as ESLint's `--config`). */
  readonly cwd?: string;
  readonly noConfig: boolean;
  /** `--rule id:severity`, in order (later wins). */
  readonly rules: ReadonlyArray<readonly [string, Severity | 'off']>;
  readonly axe: boolean;
  /** The whole-page axe run (jsdom, in worker threads); the live axe rules need only `axe`. */
  readonly pageAxe: boolean;
  readonly maxFileSize?: number;
  /**
   * The folder reviewed: what site-structure rules count from when no config file says
   * (a config file's folder wins).
   */
  readonly root?: string;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

/** Parses `--rule id:severity`; unknown ids and severities are usage errors. */
export function parseRuleOption(value: string): readonly [string, Severity | 'off'] {
  const at = value.lastIndexOf(':');
  const id = at > 0 ? value.slice(0, at) : value;
  const severity = at > 0 ? value.slice(at + 1) : '';
  if (!getRule(id)) {
    const suggestion = closestRuleId(id);
    throw new UsageError(
      `--rule ${value}: “${id}” names no known rule${suggestion ? `; did you mean “${suggestion}”?` : ''} (list them with --list-rules)`,
    );
  }
  if (!(SEVERITIES as readonly string[]).includes(severity))
    throw new UsageError(`--rule ${value}: give a severity after the id: ${id}:error, :warning, :info or :off`);
  return [id, severity as Severity | 'off'];
}

export class ConfigSource {
  private readonly loader: ConfigLoader;
  private readonly resolved = new WeakMap<ResolvedConfig, ResolvedConfig>();

  constructor(readonly settings: ConfigSettings) {
    this.loader = settings.noConfig
      ? new ConfigLoader({ readFile: async () => undefined })
      : new ConfigLoader(undefined, settings.configFile, settings.cwd);
  }

  /** The config for a file, overrides applied; throws ConfigError for a broken config file. */
  async forFile(file: string): Promise<ResolvedConfig> {
    const base = await this.loader.forFile(file);
    let config = this.resolved.get(base);
    if (!config) {
      config = this.applyOverrides(base);
      this.resolved.set(base, config);
    }
    return config;
  }

  /** The config that decides what a folder or file argument includes. */
  forArgument(argument: string, isFile: boolean): Promise<ResolvedConfig> {
    return this.forFile(isFile ? argument : path.join(argument, 'any'));
  }

  /** The command line's overrides (`--rule`, later wins; `--no-axe`; `--max-file-size`), applied by core. */
  private applyOverrides(config: ResolvedConfig): ResolvedConfig {
    return overrideConfig(config, {
      severity: Object.fromEntries(this.settings.rules),
      axe: this.settings.axe,
      maxFileSize: this.settings.maxFileSize,
      baseDirectory: this.settings.root,
    });
  }
}

const configKeys = new WeakMap<ResolvedConfig, string>();

/** A short hash of everything in a config that changes findings (the cache's key). */
export function configKey(config: ResolvedConfig): string {
  let key = configKeys.get(config);
  if (key === undefined) {
    key = hashConfig(config);
    configKeys.set(config, key);
  }
  return key;
}

function hashConfig(config: ResolvedConfig): string {
  return createHash('sha256')
    .update(
      JSON.stringify({
        rules: [...config.rules],
        components: config.components,
        designSystems: config.designSystems,
        locale: config.locale,
        messages: config.messages,
        pages: config.pages,
        baseDirectory: config.baseDirectory,
        maxFileSize: config.maxFileSize,
      }),
    )
    .digest('hex')
    .slice(0, 16);
}
