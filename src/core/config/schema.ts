/**
 * The JSON schema of `.touchpointrc.json`, built from the rule registry so it can never list a
 * rule that does not exist or miss one that does. `npm run schema` writes it to
 * schemas/touchpointrc.schema.json (contributed by the extension for completion); a meta-test
 * checks the file is current.
 */
import { SOURCE_GLOB } from '../parse/index.js';
import { rules } from '../rules/index.js';
import { DESIGN_SYSTEM_IDS } from '../designSystems.js';

export const SEVERITY_SETTINGS = ['off', 'info', 'warning', 'error'] as const;

export const PRESETS = ['touchpoint:recommended', 'touchpoint:all'] as const;

/** Every file Touchpoint reads (the extension list lives in parse/index.ts). */
export const DEFAULT_INCLUDE = [SOURCE_GLOB];
export const DEFAULT_EXCLUDE = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/build/**',
  '**/out/**',
  '**/coverage/**',
  '**/.next/**',
  '**/*.min.*',
  '**/*.d.ts',
];
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

/** The language whose messages are judged (the source language); other locales' catalogs are left alone. */
export const DEFAULT_LOCALE = 'en';
/** Folders that hold message catalogs, one JSON file (or folder of them) per locale. */
const CATALOG_FOLDERS = '{locales,locale,i18n,lang,langs,translations,messages}';

/**
 * Where message catalogs are found when the config names none: JSON files of the source
 * locale in the usual folders (`locales/en/translation.json`, `public/locales/en-US/*.json`,
 * `i18n/en.json`, `lang/en_US.json`).
 */
export function defaultMessageGlobs(locale: string): string[] {
  // A bare language also names its main region (`en` → `en-US`), not every region: `en_GB`
  // beside `en_US` is a translation of it.
  const [language, region] = locale.split(/[-_]/);
  const main = region ?? (language === 'en' ? 'US' : language!.toUpperCase());
  const names = `{${[...new Set([locale, `${language}-${main}`, `${language}_${main}`])].join(',')}}`;
  return [`**/${CATALOG_FOLDERS}/${names}/**/*.json`, `**/${CATALOG_FOLDERS}/${names}.json`];
}

/**
 * Files that are not the product people use: tests, stories, demos, examples and developer
 * playgrounds, fixtures.
 * Their markup is written to exercise code, not for customers, so a folder review skips them
 * unless the config's `skip` leaves a kind out. A file named on the command line is reviewed.
 */
export const SKIPPED_KINDS = {
  // End-to-end suites too: a Cypress component-test page, a Playwright folder (its specs, page
  // objects and component-test mount page).
  tests: [
    '**/*.test.*',
    '**/*.spec.*',
    '**/*.cy.*',
    '**/__tests__/**',
    '**/test/**',
    '**/tests/**',
    '**/__mocks__/**',
    '**/cypress/**',
    '**/e2e/**',
    '**/playwright/**',
  ],
  // A style guide page is a gallery of the components with sample content, as stories are.
  stories: [
    '**/*.stories.*',
    '**/*.story.*',
    '**/stories.*',
    '**/__stories__/**',
    '**/.storybook/**',
    '**/storybook/**',
    '**/styleguide/**',
    '**/style-guide/**',
    '**/styleguide.*',
    '**/style-guide.*',
  ],
  // A playground file too: a route kept for trying things out (`routes/embed/playground.tsx`).
  examples: [
    '**/demo/**',
    '**/demos/**',
    '**/example/**',
    '**/examples/**',
    '**/playground/**',
    '**/*-playground/**',
    '**/playground.*',
  ],
  // Tools and pages only developers see: a `dev` folder's request monitor, a page served only
  // in development (`error.dev.html`).
  development: ['**/dev/**', '**/__dev__/**', '**/*.dev.*'],
  // `testdata` is Go's folder for test inputs (an HTML template a Go test renders);
  // `__testfixtures__` is jscodeshift's, for a codemod's input and expected output.
  fixtures: ['**/fixtures/**', '**/__fixtures__/**', '**/__testfixtures__/**', '**/testdata/**'],
} as const;
export type SkippedKind = keyof typeof SKIPPED_KINDS;
export const DEFAULT_SKIP: readonly SkippedKind[] = Object.keys(SKIPPED_KINDS) as SkippedKind[];

export function ruleSettingSchema(
  optionsSchema: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> {
  const severity = { enum: [...SEVERITY_SETTINGS] };
  return {
    anyOf: [
      severity,
      {
        type: 'array',
        prefixItems: [severity, optionsSchema ?? { type: 'object', maxProperties: 0 }],
        items: false,
        minItems: 1,
      },
    ],
  };
}

/** `components`: what each JSX component renders, an element name or a mapping (designSystems.ts). */
const COMPONENTS_SCHEMA = {
  type: 'object',
  description:
    'JSX component names and what each renders: an HTML element, e.g. { "Button": "button" }, or { "element": "a", "props": { "to": "href" }, "attributes": { "role": "link" } }.',
  additionalProperties: {
    oneOf: [
      { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      {
        type: 'object',
        required: ['element'],
        additionalProperties: false,
        properties: {
          element: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
          props: { type: 'object', additionalProperties: { type: 'string', pattern: '^[a-z][a-zA-Z0-9-]*$' } },
          attributes: { type: 'object', additionalProperties: { type: 'string' } },
          withHref: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
        },
      },
    ],
  },
};

/** `designSystems`: "auto" (from package.json) or the presets to use. */
const DESIGN_SYSTEMS_SCHEMA = {
  description: `Design-system presets: "auto" (default) turns on those the nearest package.json depends on; or a list of ${DESIGN_SYSTEM_IDS.map((id) => `“${id}”`).join(', ')}; [] for none.`,
  oneOf: [{ const: 'auto' }, { type: 'array', items: { enum: [...DESIGN_SYSTEM_IDS] }, uniqueItems: true }],
};

export function buildConfigSchema(): Record<string, unknown> {
  const ruleProperties: Record<string, unknown> = {};
  for (const rule of rules) {
    ruleProperties[rule.id] = { description: `${rule.help}. ${rule.why}`, ...ruleSettingSchema(rule.optionsSchema) };
  }
  // Relative to the config's folder and inside it: no absolute paths, no “..” (config.ts leavesFolder).
  const globs = {
    type: 'array',
    items: {
      type: 'string',
      minLength: 1,
      pattern: '^(?!!?([\\\\/~]|[A-Za-z]:))(?!!?(.*[\\\\/])?\\.\\.([\\\\/]|$))',
      description: 'A glob relative to the folder of this file, inside it (no “..”, no absolute path).',
    },
  };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://touchpoint.dev/schemas/touchpointrc.schema.json',
    title: 'Touchpoint configuration (.touchpointrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      root: { type: 'boolean', description: 'Stop looking for configuration files in parent folders.' },
      extends: {
        description:
          'A preset (“touchpoint:recommended”, the default, or “touchpoint:all”) or a path to another JSON config file.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      rules: {
        type: 'object',
        description: 'Severity (“off”, “info”, “warning”, “error”) per rule id, or [severity, options].',
        properties: ruleProperties,
        additionalProperties: false,
      },
      components: COMPONENTS_SCHEMA,
      designSystems: DESIGN_SYSTEMS_SCHEMA,
      pages: { ...globs, description: 'Globs of JSX files that render whole pages, so page-level rules run on them.' },
      locale: {
        type: 'string',
        pattern: '^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$',
        description: `The source language of the UI's messages (default “${DEFAULT_LOCALE}”): only its catalogs are judged.`,
      },
      messages: {
        ...globs,
        description:
          'Globs of JSON message catalogs in the source language (default: locales/<locale>/**/*.json and the like).',
      },
      include: { ...globs, description: 'Globs of files to review.' },
      exclude: { ...globs, description: 'Globs of files to skip.' },
      skip: {
        type: 'array',
        items: { enum: [...DEFAULT_SKIP] },
        uniqueItems: true,
        description: `Kinds of files a folder review leaves out (default: all of them): ${Object.entries(SKIPPED_KINDS)
          .map(([kind, kindGlobs]) => `${kind} (${kindGlobs.join(', ')})`)
          .join('; ')}. [] reviews them all.`,
      },
      maxFileSize: { type: 'integer', minimum: 1, description: 'Files larger than this many bytes are not checked.' },
    },
  };
}
