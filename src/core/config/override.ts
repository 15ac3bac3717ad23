/**
 * Overrides over a resolved config: what each face lays on top of a file's `.touchpointrc.json`
 * (the CLI's `--rule`, `--no-axe` and `--max-file-size`; the extension's `touchpoint.*`
 * settings). Each face parses its own inputs; this is the one place they are applied.
 */
import { rules } from '../rules/index.js';
import type { Severity } from '../rules/types.js';
import type { ResolvedConfig } from './config.js';

export interface ConfigOverrides {
  /**
   * Severity by rule id (`wording/jargon`), area (`wording`) or lens (`UX`, `CX`); a rule beats
   * its area, an area beats a lens. `off` turns the rules off; a rule turned on gets its
   * options from the config, or its defaults.
   */
  readonly severity?: Readonly<Record<string, Severity | 'off'>>;
  /** false: no axe-core accessibility rules (the a11y area), whatever the severities say. */
  readonly axe?: boolean;
  /** wording/reading-grade's target school grade (when the rule is on). */
  readonly readabilityGrade?: number;
  /** Component → element map, merged over the config's. */
  readonly components?: Readonly<Record<string, string>>;
  /** Largest file checked, in bytes, over the config's. */
  readonly maxFileSize?: number;
  /** The folder site-structure rules count from when no config file gives one. */
  readonly baseDirectory?: string;
}

/** The config with the overrides on top; rules stay in registry order, as the engine expects. */
export function overrideConfig(config: ResolvedConfig, overrides: ConfigOverrides): ResolvedConfig {
  const severity = overrides.severity ?? {};
  const result = new Map(config.rules);
  for (const rule of rules) {
    const override = severity[rule.id] ?? severity[rule.area] ?? severity[rule.lens];
    if (override === 'off' || (overrides.axe === false && rule.area === 'a11y')) {
      result.delete(rule.id);
      continue;
    }
    const current = result.get(rule.id);
    if (override) result.set(rule.id, { severity: override, options: current?.options ?? { ...rule.defaultOptions } });
  }
  const grade = result.get('wording/reading-grade');
  if (grade && overrides.readabilityGrade !== undefined)
    result.set('wording/reading-grade', {
      ...grade,
      options: { ...grade.options, targetGrade: overrides.readabilityGrade },
    });
  const ordered = new Map(rules.filter((rule) => result.has(rule.id)).map((rule) => [rule.id, result.get(rule.id)!]));
  return {
    ...config,
    rules: ordered,
    components: { ...config.components, ...overrides.components },
    maxFileSize: overrides.maxFileSize ?? config.maxFileSize,
    baseDirectory: config.baseDirectory ?? overrides.baseDirectory,
  };
}
