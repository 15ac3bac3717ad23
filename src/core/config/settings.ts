/**
 * An editor's settings (`touchpoint.*`), read and validated in one place, and applied on top of
 * the `.touchpointrc.json` config of each file: the VS Code extension passes its configuration
 * reader in, the language server the client's `workspace/configuration` answer.
 */
import { AREAS } from '../vocabulary.js';
import { getRule } from '../rules/index.js';
import { overrideConfig } from './override.js';
import type { ResolvedConfig } from './config.js';
import type { Severity } from '../vocabulary.js';

export type RunMode = 'onType' | 'onSave';

export interface Settings {
  /** Lint at all. */
  readonly enable: boolean;
  /** Lint while typing, or only on open and save. */
  readonly run: RunMode;
  /** The axe-core accessibility rules (live and whole-page). */
  readonly axe: boolean;
  /** Severity by rule id, area (`wording`) or lens (`UX`, `CX`); rule beats area beats lens. */
  readonly severity: Readonly<Record<string, Severity | 'off'>>;
  /** wording/reading-grade's target school grade. */
  readonly readabilityGrade?: number;
  /** Component → element map, merged over the config file's. */
  readonly components: Readonly<Record<string, string>>;
  /** Largest file checked, in bytes (over the config file's). */
  readonly maxFileSize?: number;
}

const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const LENSES = new Set(['UX', 'CX']);

/** Reads every setting; a bad value is reported through `warn` and replaced by its default. */
export function readSettings(get: (key: string) => unknown, warn: (message: string) => void): Settings {
  const bad = (key: string, expected: string) =>
    warn(`Setting touchpoint.${key} must be ${expected}; using the default`);
  const boolean = (key: string, fallback: boolean): boolean => {
    const value = get(key);
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    bad(key, 'true or false');
    return fallback;
  };
  const run = get('run') ?? 'onType';
  if (run !== 'onType' && run !== 'onSave') bad('run', '"onType" or "onSave"');
  const severity: Record<string, Severity | 'off'> = {};
  const rawSeverity = get('severity') ?? {};
  if (typeof rawSeverity === 'object' && rawSeverity !== null && !Array.isArray(rawSeverity)) {
    for (const [key, value] of Object.entries(rawSeverity)) {
      const known = getRule(key) !== undefined || (AREAS as readonly string[]).includes(key) || LENSES.has(key);
      if (!known) warn(`Setting touchpoint.severity: “${key}” is not a rule id, an area or a lens (UX, CX); ignored`);
      else if (typeof value !== 'string' || !SEVERITIES.has(value))
        warn(`Setting touchpoint.severity: “${key}” must be "error", "warning", "info" or "off"; ignored`);
      else severity[key] = value as Severity | 'off';
    }
  } else bad('severity', 'an object');
  const grade = get('readabilityGrade');
  if (grade !== undefined && grade !== null && (typeof grade !== 'number' || grade < 1 || grade > 20))
    bad('readabilityGrade', 'a number from 1 to 20');
  const components: Record<string, string> = {};
  const rawComponents = get('components') ?? {};
  if (typeof rawComponents === 'object' && rawComponents !== null && !Array.isArray(rawComponents)) {
    for (const [name, tag] of Object.entries(rawComponents))
      if (typeof tag === 'string' && /^[a-z][a-z0-9-]*$/.test(tag)) components[name] = tag;
      else warn(`Setting touchpoint.components: “${name}” must map to a lower-case element name; ignored`);
  } else bad('components', 'an object');
  const size = get('maxFileSize');
  if (size !== undefined && size !== null && (typeof size !== 'number' || size <= 0))
    bad('maxFileSize', 'a positive number');
  return {
    enable: boolean('enable', true),
    run: run === 'onSave' ? 'onSave' : 'onType',
    axe: boolean('axe', true),
    severity,
    readabilityGrade: typeof grade === 'number' && grade >= 1 && grade <= 20 ? grade : undefined,
    components,
    maxFileSize: typeof size === 'number' && size > 0 ? size : undefined,
  };
}

/** The file's config with the settings on top (core's overrideConfig does the work). */
export function applySettings(config: ResolvedConfig, settings: Settings): ResolvedConfig {
  return overrideConfig(config, {
    severity: settings.severity,
    axe: settings.axe,
    readabilityGrade: settings.readabilityGrade,
    components: settings.components,
    maxFileSize: settings.maxFileSize,
  });
}
