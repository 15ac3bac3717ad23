/**
 * The config loader on anything a workspace or a command line can hold: arbitrary values and
 * near-valid configs (configFromObject), arbitrary and broken `.touchpointrc.json` text
 * (parseConfigText), `extends` chains over a virtual folder tree with cycles, missing and
 * unreadable files (ConfigLoader), the CLI's `--rule` option and overrides (configSource.ts),
 * and a real config file read from disk. Each gives a well-formed resolved config or a
 * ConfigError (UsageError for a command-line option) that names the file: never another
 * exception.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  ConfigError,
  configFromObject,
  ConfigLoader,
  getRule,
  ruleIds,
  type ConfigHost,
  type ResolvedConfig,
  type Severity,
} from '../../../src/core/index.js';
import { parseConfigText } from '../../../src/core/config/load.js';
import { UsageError } from '../../../src/cli/usage.js';
import { ConfigSource, configKey, parseRuleOption } from '../../../src/cli/configSource.js';
import { configText, configValue, nearConfig } from './arbitraries.js';
import { fuzzParameters } from './fuzz.js';

export function assertWellFormedConfig(config: ResolvedConfig): void {
  let previous = -1;
  for (const [id, rule] of config.rules) {
    assert.ok(getRule(id), `rules: ${id} is a known rule`);
    const at = ruleIds.indexOf(id);
    assert.ok(at > previous, 'rules in registry order');
    previous = at;
    assert.ok(['error', 'warning', 'info'].includes(rule.severity), `${id}: severity ${String(rule.severity)}`);
    assert.ok(typeof rule.options === 'object' && rule.options !== null && !Array.isArray(rule.options));
  }
  for (const [name, setting] of Object.entries(config.components))
    assert.match(typeof setting === 'string' ? setting : setting.element, /^[a-z][a-z0-9-]*$/, `components.${name}`);
  for (const list of [config.pages, config.include, config.exclude, config.files])
    assert.ok(Array.isArray(list) && list.every((item) => typeof item === 'string'));
  assert.ok(config.skip.every((kind) => ['tests', 'stories', 'examples', 'development', 'fixtures'].includes(kind)));
  assert.ok(Number.isInteger(config.maxFileSize) && config.maxFileSize >= 1, `maxFileSize ${config.maxFileSize}`);
}

/** A ConfigError that names its file at the start and says something after it (wording: see regressions.test.ts). */
export function assertClearConfigError(error: unknown, file: string): asserts error is ConfigError {
  if (!(error instanceof ConfigError)) throw error;
  assert.equal(error.file, file, error.message);
  assert.ok(error.message.startsWith(`${file}: `), error.message);
  assert.ok(error.message.length > file.length + 2, error.message);
}

/** The outcome of a config step: the config, or the ConfigError it threw (anything else throws on). */
function outcome<T>(run: () => T): { ok: true; value: T } | { ok: false; error: ConfigError } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, error };
    throw error;
  }
}

describe('fuzz: config', () => {
  it('configFromObject: any value gives a well-formed config or a ConfigError that names the source', () => {
    fc.assert(
      fc.property(configValue, (value) => {
        const result = outcome(() => configFromObject(value as never, 'settings.json'));
        if (result.ok) assertWellFormedConfig(result.value);
        else assertClearConfigError(result.error, 'settings.json');
      }),
      fuzzParameters(),
    );
  });

  it('parseConfigText: any text gives a config or a ConfigError; a JSON error never quotes the file', () => {
    fc.assert(
      fc.property(configText, fc.constantFrom('SECRET-TOKEN', 'root:x:0:0'), (text, secret) => {
        // What the file holds beyond the config: a parse error must not show it (it may be any file on the machine).
        const withSecret = text.startsWith('{') ? text : `${secret}${text}`;
        const result = outcome(() => parseConfigText(withSecret, '/p/.touchpointrc.json'));
        // A valid file's `extends` is followed by the loader (see the ConfigLoader property).
        if (result.ok) return assert.ok(typeof result.value === 'object' && !Array.isArray(result.value));
        assertClearConfigError(result.error, '/p/.touchpointrc.json');
        if (/is not valid JSON/.test(result.error.message) && !text.startsWith('{'))
          assert.ok(!result.error.message.includes(secret), result.error.message);
      }),
      fuzzParameters(),
    );
  });

  it('ConfigLoader: extends chains over any folder tree give a config or a ConfigError, and never stick', async () => {
    const FILES = [
      '/p/.touchpointrc.json',
      '/p/a/.touchpointrc.json',
      '/p/a/base.json',
      '/p/shared.json',
      '/p/a/b/.touchpointrc.json',
    ];
    const EXTENDS = [
      './base.json',
      '../shared.json',
      './shared.json',
      '../.touchpointrc.json',
      './.touchpointrc.json',
      'missing.json',
      '../a/base.json',
      'touchpoint:all',
      'touchpoint:recommended',
      'touchpoint:nope',
      '/p/a/base.json',
      '',
    ];
    const fileContent = fc.oneof(
      { weight: 2, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constant('unreadable' as const) },
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            nearConfig,
            fc.oneof(fc.constantFrom(...EXTENDS), fc.array(fc.constantFrom(...EXTENDS), { maxLength: 3 })),
          )
          .map(([config, base]) => JSON.stringify({ ...config, extends: base })),
      },
      { weight: 2, arbitrary: configText },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fileContent, { minLength: FILES.length, maxLength: FILES.length }),
        async (contents) => {
          const tree = new Map(FILES.map((file, i) => [file, contents[i]]));
          const host: ConfigHost = {
            async readFile(file) {
              const content = tree.get(file);
              if (content === 'unreadable') throw new Error('permission denied');
              return content;
            },
          };
          const loader = new ConfigLoader(host);
          for (const target of ['/p/a/b/page.html', '/p/a/page.html', '/p/page.html', '/elsewhere/page.html']) {
            let config: ResolvedConfig | undefined;
            try {
              config = await loader.forFile(target);
            } catch (error) {
              assert.ok(error instanceof ConfigError, `a ConfigError, not ${String(error)}`);
              assert.ok(FILES.includes(error.file) || error.file.startsWith('/p/'), error.message);
              assert.ok(error.message.startsWith(`${error.file}: `), error.message);
              // A failed load is tried again next time, not kept.
              await assert.rejects(loader.forFile(target), ConfigError);
              continue;
            }
            assertWellFormedConfig(config);
            assert.ok(config.files.every((file) => tree.get(file) !== undefined));
          }
        },
      ),
      fuzzParameters(0.5),
    );
  });

  it('--rule: any value is a UsageError or a known rule with a severity', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(
              fc.constantFrom(...ruleIds, 'wording/jargn', ''),
              fc.constantFrom(':error', ':off', ':', ':nope', ''),
            )
            .map(([id, severity]) => `${id}${severity}`),
          fc.string(),
        ),
        (value) => {
          let parsed;
          try {
            parsed = parseRuleOption(value);
          } catch (error) {
            assert.ok(error instanceof UsageError, String(error));
            assert.ok(error.message.startsWith(`--rule ${value}: `));
            return;
          }
          assert.ok(getRule(parsed[0]));
          assert.ok(['error', 'warning', 'info', 'off'].includes(parsed[1]));
          assert.equal(`${parsed[0]}:${parsed[1]}`, value);
        },
      ),
      fuzzParameters(),
    );
  });

  it('ConfigSource: --rule overrides (later wins), --no-axe and --max-file-size apply over any config', async () => {
    const override = fc.tuple(
      fc.constantFrom(...ruleIds),
      fc.constantFrom<Severity | 'off'>('error', 'warning', 'info', 'off'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(override, { maxLength: 6 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 10_000_000 }), { nil: undefined }),
        async (rules, axe, maxFileSize) => {
          const source = new ConfigSource({ noConfig: true, rules, axe, pageAxe: false, maxFileSize, root: '/p' });
          const config = await source.forFile('/p/page.html');
          assertWellFormedConfig(config);
          const last = new Map(rules);
          for (const [id, severity] of last) {
            if (!axe && id.startsWith('a11y/')) continue;
            assert.equal(config.rules.get(id)?.severity, severity === 'off' ? undefined : severity, id);
          }
          if (!axe) assert.ok(![...config.rules.keys()].some((id) => id.startsWith('a11y/')));
          if (maxFileSize !== undefined) assert.equal(config.maxFileSize, maxFileSize);
          assert.equal(config.baseDirectory, '/p');
          // The cache key is a short hash, the same for the same config.
          assert.match(configKey(config), /^[0-9a-f]{16}$/);
          assert.equal(configKey(config), configKey(await new ConfigSource(source.settings).forFile('/p/x.tsx')));
        },
      ),
      fuzzParameters(),
    );
  });

  describe('a config file on disk', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'touchpoint-fuzz-config-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    it('ConfigSource with --config: any file content gives a config or a ConfigError naming the file', async () => {
      await fc.assert(
        fc.asyncProperty(configText, async (text) => {
          const configFile = path.join(folder, 'touchpoint.json');
          writeFileSync(configFile, text);
          const source = new ConfigSource({ configFile, noConfig: false, rules: [], axe: true, pageAxe: false });
          let config: ResolvedConfig;
          try {
            config = await source.forFile(path.join(folder, 'page.html'));
          } catch (error) {
            assertClearConfigError(error, configFile);
            return;
          }
          assertWellFormedConfig(config);
          assert.deepEqual(config.files, [configFile]);
        }),
        fuzzParameters(0.3),
      );
    });
  });
});
