/**
 * Configuration: the shape of `.touchpointrc.json`, its validation with messages that name the
 * file, the key and what was expected, and its resolution (presets, `extends` chains, rule
 * severities and options merged over each rule's defaults) into a `ResolvedConfig`.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { getRule, rules, ruleIds } from '../rules/index.js';
import type { Severity, SeveritySetting } from '../rules/types.js';
import {
  buildConfigSchema,
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_LOCALE,
  DEFAULT_MAX_FILE_SIZE,
  defaultMessageGlobs,
  DEFAULT_SKIP,
  PRESETS,
  SEVERITY_SETTINGS,
  type SkippedKind,
} from './schema.js';
import { detectDesignSystems, type ComponentSetting } from '../designSystems.js';

export type RuleSetting = SeveritySetting | [SeveritySetting] | [SeveritySetting, Record<string, unknown>];

export interface ConfigFile {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  components?: Record<string, ComponentSetting>;
  designSystems?: 'auto' | string[];
  pages?: string[];
  locale?: string;
  messages?: string[];
  include?: string[];
  exclude?: string[];
  skip?: SkippedKind[];
  maxFileSize?: number;
}

export interface RuleConfig {
  readonly severity: Severity;
  readonly options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Enabled rules only, in registry order. */
  readonly rules: ReadonlyMap<string, RuleConfig>;
  readonly components: Readonly<Record<string, ComponentSetting>>;
  /** The design-system presets in effect (detected from package.json, or as configured). */
  readonly designSystems: readonly string[];
  readonly pages: readonly string[];
  /** The source language of the UI's messages. */
  readonly locale: string;
  /** Globs of the JSON message catalogs in that language. */
  readonly messages: readonly string[];
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  /** Kinds of files (tests, stories, examples, development files, fixtures) a folder review leaves out. */
  readonly skip: readonly SkippedKind[];
  readonly maxFileSize: number;
  /** Config files that made this, nearest first; empty for the built-in default. */
  readonly files: readonly string[];
  /** The folder globs are relative to (the nearest config file's folder). */
  readonly baseDirectory?: string;
}

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly key: string,
    readonly expected: string,
    detail?: string,
  ) {
    super(`${file}: ${key ? `“${key}” ` : ''}${detail ?? `must be ${expected}`}`);
    this.name = 'ConfigError';
  }
}

let validator: ValidateFunction | undefined;
/**
 * The whole config's schema without its `rules` block: validateRuleSetting has checked each rule
 * setting by then (with the rule's own options schema, compiled only for the rules a config
 * names). Compiling the 116 rules' settings every time a process or worker started took 0.3 s.
 */
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = buildConfigSchema() as { properties: Record<string, unknown> };
    schema.properties.rules = { type: 'object' };
    validator = new Ajv2020({ allErrors: false, strict: false }).compile(schema);
  }
  return validator;
}

const optionValidators = new Map<string, ValidateFunction>();
function optionsValidator(ruleId: string): ValidateFunction | undefined {
  const rule = getRule(ruleId);
  if (!rule?.optionsSchema) return undefined;
  let compiled = optionValidators.get(ruleId);
  if (!compiled) {
    compiled = new Ajv2020({ allErrors: false, strict: false }).compile(rule.optionsSchema);
    optionValidators.set(ruleId, compiled);
  }
  return compiled;
}

/** Throws a ConfigError for the first problem in a parsed config object. */
export function validateConfig(value: unknown, file: string): asserts value is ConfigFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(file, '', 'a JSON object', 'must hold a JSON object ({ … })');
  }
  const rulesValue = (value as { rules?: unknown }).rules;
  if (rulesValue !== undefined && typeof rulesValue === 'object' && rulesValue !== null && !Array.isArray(rulesValue)) {
    for (const [id, setting] of Object.entries(rulesValue)) validateRuleSetting(id, setting, file);
  }
  for (const key of ['include', 'exclude', 'pages', 'messages'] as const) {
    const globs = (value as Record<string, unknown>)[key];
    if (!Array.isArray(globs)) continue;
    globs.forEach((glob, index) => {
      if (typeof glob === 'string' && leavesFolder(glob))
        throw new ConfigError(
          file,
          `${key}[${index}]`,
          'a glob inside this folder',
          `“${glob}” leaves the folder of this config: globs are relative to it and stay inside it (no “..”, no absolute paths); review another folder by naming it on the command line`,
        );
    });
  }
  const validate = schemaValidator();
  if (!validate(value)) throw humanize(validate.errors?.[0], file);
}

/** An absolute glob (`/x`, `C:\\x`, `~/x`) or one with a `..` segment (after any `!`). */
export function leavesFolder(glob: string): boolean {
  const pattern = glob.replace(/^!/, '');
  return /^([\\/~]|[A-Za-z]:)/.test(pattern) || /(^|[\\/])\.\.([\\/]|$)/.test(pattern);
}

function validateRuleSetting(id: string, setting: unknown, file: string): void {
  const key = `rules.${id}`;
  if (!getRule(id)) {
    const suggestion = closestRuleId(id);
    throw new ConfigError(
      file,
      key,
      'a known rule id',
      `names no known rule${suggestion ? `; did you mean “${suggestion}”?` : ''} (list them with touchpoint --list-rules)`,
    );
  }
  const severities = `one of ${SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}`;
  const [severity, options, ...rest] = Array.isArray(setting) ? setting : [setting];
  if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
    throw new ConfigError(
      file,
      Array.isArray(setting) ? `${key}[0]` : key,
      severities,
      `must be ${severities} (got ${severity === undefined ? 'nothing' : JSON.stringify(severity)})`,
    );
  }
  if (rest.length > 0)
    throw new ConfigError(file, key, '[severity, options]', 'must be a severity or [severity, options]');
  if (options === undefined) return;
  const validate = optionsValidator(id);
  if (!validate) throw new ConfigError(file, `${key}[1]`, 'nothing', 'takes no options');
  if (!validate(options)) throw humanize(validate.errors?.[0], file, `${key}[1]`);
}

function humanize(error: ErrorObject | undefined, file: string, prefix = ''): ConfigError {
  if (!error) return new ConfigError(file, prefix, 'valid configuration');
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  // `include[0]`, as the config's own errors name array items.
  const key = [prefix, ...path]
    .filter(Boolean)
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const unknownKey = String(params.additionalProperty);
      const full = key ? `${key}.${unknownKey}` : unknownKey;
      return new ConfigError(file, full, 'a known setting', 'is not a setting Touchpoint knows');
    }
    case 'enum':
      return new ConfigError(
        file,
        key,
        `one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'type':
      return new ConfigError(file, key, `of type ${String(params.type)}`);
    case 'pattern':
      if (key === 'locale') return new ConfigError(file, key, 'a language tag, e.g. "en" or "en-US"');
      return /^(include|exclude|pages|messages)\[/.test(key)
        ? new ConfigError(file, key, 'a glob inside this folder (no “..”, no absolute path)')
        : new ConfigError(file, key, 'a lower-case HTML element name, e.g. "button"');
    case 'minLength':
      return new ConfigError(file, key, 'not empty', 'must not be empty');
    case 'minItems':
      return new ConfigError(file, key, 'not empty', 'must list at least one value');
    case 'uniqueItems':
      return new ConfigError(file, key, 'each value once', 'lists the same value twice');
    case 'minimum':
    case 'exclusiveMinimum':
      return new ConfigError(file, key, `at least ${String(params.limit)}`);
    case 'maximum':
    case 'exclusiveMaximum':
      return new ConfigError(file, key, `at most ${String(params.limit)}`);
    default:
      return new ConfigError(file, key, error.message ?? 'valid', `${error.message ?? 'is not valid'}`);
  }
}

export function closestRuleId(id: string): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const candidate of ruleIds) {
    const distance = editDistance(id, candidate);
    if (!best || distance < best.distance) best = { id: candidate, distance };
  }
  return best && best.distance <= Math.max(3, Math.floor(id.length / 3)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

export function isPreset(name: string): name is (typeof PRESETS)[number] {
  return (PRESETS as readonly string[]).includes(name);
}

/** Rule settings of a preset: recommended = every recommended rule at its default severity; all = every rule. */
export function presetRules(name: (typeof PRESETS)[number]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    if (name === 'touchpoint:recommended' && rule.recommended === false) continue;
    // “all” raises information-level rules to warnings, for teams that want every hint in CI.
    settings[rule.id] = name === 'touchpoint:all' && rule.severity === 'info' ? 'warning' : rule.severity;
  }
  return settings;
}

/**
 * Merges config layers, base first, into a resolved config. Each layer's rule settings replace
 * the severity of the layers below and merge their options.
 */
export function resolveLayers(
  layers: ReadonlyArray<{ file: string; config: ConfigFile }>,
  baseDirectory?: string,
  /** Where `"designSystems": "auto"` looks for package.json (none: no preset). */
  detectFrom?: string,
): ResolvedConfig {
  const settings = new Map<string, { severity: SeveritySetting; options: Record<string, unknown> }>();
  let components: Record<string, ComponentSetting> = {};
  let designSystems: 'auto' | string[] = 'auto';
  let pages: string[] = [];
  let locale = DEFAULT_LOCALE;
  let messages: string[] | undefined;
  let include = DEFAULT_INCLUDE;
  let exclude = DEFAULT_EXCLUDE;
  let skip = DEFAULT_SKIP;
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  for (const { config } of layers) {
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      const [severity, options] = Array.isArray(setting) ? setting : [setting];
      const previous = settings.get(id);
      settings.set(id, { severity, options: { ...previous?.options, ...(options ?? {}) } });
    }
    if (config.components) components = { ...components, ...config.components };
    if (config.designSystems) designSystems = config.designSystems;
    if (config.pages) pages = config.pages;
    if (config.locale) locale = config.locale;
    if (config.messages) messages = config.messages;
    if (config.include) include = config.include;
    if (config.exclude) exclude = [...DEFAULT_EXCLUDE, ...config.exclude];
    if (config.skip) skip = config.skip;
    if (config.maxFileSize !== undefined) maxFileSize = config.maxFileSize;
  }
  const resolvedRules = new Map<string, RuleConfig>();
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    if (!setting || setting.severity === 'off') continue;
    resolvedRules.set(rule.id, {
      severity: setting.severity,
      options: { ...(rule.defaultOptions as Record<string, unknown>), ...setting.options },
    });
  }
  return {
    rules: resolvedRules,
    components,
    designSystems:
      designSystems === 'auto' ? (detectFrom === undefined ? [] : detectDesignSystems(detectFrom)) : designSystems,
    pages,
    locale,
    messages: messages ?? defaultMessageGlobs(locale),
    include,
    exclude,
    skip,
    maxFileSize,
    files: layers
      .map((layer) => layer.file)
      .filter((file) => !file.startsWith('touchpoint:'))
      .reverse(),
    baseDirectory,
  };
}

/** The built-in configuration used when no `.touchpointrc.json` is found. */
export function defaultConfig(): ResolvedConfig {
  return resolveLayers(defaultLayers());
}

/** The layers of the built-in configuration: the recommended preset. */
export function defaultLayers(): Array<{ file: string; config: ConfigFile }> {
  return [{ file: 'touchpoint:recommended', config: { rules: presetRules('touchpoint:recommended') } }];
}

/** Resolves an in-memory config object (editor settings, tests), with presets applied. */
export function configFromObject(config: ConfigFile, file = '<inline config>'): ResolvedConfig {
  validateConfig(config, file);
  const presets = (config.extends === undefined ? ['touchpoint:recommended'] : [config.extends].flat()).map((name) => {
    if (!isPreset(name))
      throw new ConfigError(file, 'extends', `one of ${PRESETS.join(', ')}`, `“${name}” can only be a preset here`);
    return { file: name, config: { rules: presetRules(name) } };
  });
  return resolveLayers([...presets, { file, config }]);
}
