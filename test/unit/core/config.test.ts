import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  ConfigError,
  ConfigLoader,
  configFromObject,
  lint,
  overrideConfig,
  ruleIds,
  SOURCE_GLOB,
} from '../../../src/core/index.js';
import { parseConfigText } from '../../../src/core/config/load.js';
import { DEFAULT_INCLUDE } from '../../../src/core/config/schema.js';

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-config-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

function configErrorOf(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

describe('config', () => {
  it('should enable every recommended rule at its default severity by default, and opt-in rules on request', () => {
    const config = configFromObject({});
    assert.equal(config.rules.get('feedback/placeholder-link')?.severity, 'warning');
    assert.equal(config.rules.get('errors/label-for-unknown-id')?.severity, 'error');
    assert.equal(config.rules.get('navigation/page-title')?.severity, 'warning');
    assert.equal(config.rules.has('wording/jargon'), false, 'opt-in: below 70% on real code');
    assert.equal(configFromObject({ extends: 'touchpoint:all' }).rules.get('wording/jargon')?.severity, 'warning');
    assert.equal(
      configFromObject({ rules: { 'wording/jargon': 'warning' } }).rules.get('wording/jargon')?.severity,
      'warning',
    );
  });

  it('should apply severities, options and off', () => {
    const config = configFromObject({
      rules: { 'wording/jargon': ['info', { allow: ['utilize'] }], 'navigation/heading-skip': 'off' },
    });
    assert.equal(config.rules.get('wording/jargon')?.severity, 'info');
    assert.deepEqual(config.rules.get('wording/jargon')?.options.allow, ['utilize']);
    assert.deepEqual(config.rules.get('wording/jargon')?.options.extraTerms, {}, 'defaults kept');
    assert.equal(config.rules.has('navigation/heading-skip'), false);
    const report = lint('<p>We utilize it.</p><h1>a</h1><h3>b</h3>', 'html', config);
    assert.deepEqual(report.findings, []);
  });

  it('should map components to elements', () => {
    const text = 'const A = () => <Button onClick={pay}>Pay now</Button>;';
    const rules = { 'feedback/high-stakes-action-without-pending-state': 'error' } as const;
    assert.equal(lint(text, 'tsx', configFromObject({ rules })).findings.length, 0);
    const mapped = lint(text, 'tsx', configFromObject({ rules, components: { Button: 'button' } }));
    assert.deepEqual(
      mapped.findings.map((f) => f.ruleId),
      ['feedback/high-stakes-action-without-pending-state'],
    );
  });

  it('should name the file, key and expected value for a bad severity', () => {
    const error = configErrorOf(() =>
      parseConfigText('{ "rules": { "wording/jargon": "warn" } }', '/w/.touchpointrc.json'),
    );
    assert.equal(error.file, '/w/.touchpointrc.json');
    assert.equal(error.key, 'rules.wording/jargon');
    assert.match(error.message, /must be one of "off", "info", "warning", "error" \(got "warn"\)/);
  });

  it('should suggest the closest rule id for an unknown one', () => {
    const error = configErrorOf(() => parseConfigText('{ "rules": { "wording/jargn": "off" } }', 'rc.json'));
    assert.equal(error.key, 'rules.wording/jargn');
    assert.match(error.message, /did you mean “wording\/jargon”/);
  });

  it('should reject bad rule options with the option key', () => {
    const error = configErrorOf(() =>
      parseConfigText('{ "rules": { "wording/jargon": ["warning", { "allow": "utilize" }] } }', 'rc.json'),
    );
    assert.equal(error.key, 'rules.wording/jargon[1].allow');
    assert.match(error.message, /must be of type array/);
    const noOptions = configErrorOf(() =>
      parseConfigText('{ "rules": { "navigation/heading-skip": ["warning", {}] } }', 'rc.json'),
    );
    assert.match(noOptions.message, /takes no options/);
  });

  it('should reject unknown settings and bad component maps', () => {
    assert.match(
      configErrorOf(() => parseConfigText('{ "rulez": {} }', 'rc.json')).message,
      /“rulez” is not a setting Touchpoint knows/,
    );
    const error = configErrorOf(() => parseConfigText('{ "components": { "Button": "Button" } }', 'rc.json'));
    assert.equal(error.key, 'components.Button');
    assert.match(error.message, /lower-case HTML element name/);
  });

  it('should report invalid JSON with line and column', () => {
    const error = configErrorOf(() =>
      parseConfigText('{\n  "rules": {\n    "wording/jargon": "off",\n  }\n}', 'rc.json'),
    );
    assert.match(error.message, /^rc\.json: is not valid JSON at line 4, column 3/);
  });

  describe("overrideConfig (the CLI's flags and the extension's settings over a config file)", () => {
    const base = () => configFromObject({ rules: { 'wording/jargon': ['info', { allow: ['utilize'] }] } });

    it("should change nothing without overrides, and keep the config's own values", () => {
      const config = base();
      const same = overrideConfig(config, {});
      assert.deepEqual([...same.rules], [...config.rules]);
      assert.deepEqual(same.components, config.components);
      assert.equal(same.maxFileSize, config.maxFileSize);
      assert.equal(same.baseDirectory, undefined);
    });

    it('should set severities by rule over area over lens, keeping options, and turn rules off', () => {
      const config = overrideConfig(base(), {
        severity: { CX: 'info', wording: 'error', 'wording/jargon': 'warning', 'navigation/page-title': 'off' },
      });
      assert.equal(config.rules.get('wording/jargon')?.severity, 'warning', 'rule beats area');
      assert.deepEqual(config.rules.get('wording/jargon')?.options.allow, ['utilize'], "the config's options kept");
      assert.equal(config.rules.get('wording/long-sentence')?.severity, 'error', 'area beats lens');
      assert.equal(config.rules.get('feedback/high-stakes-action-without-pending-state')?.severity, 'info', 'lens');
      assert.equal(config.rules.has('navigation/page-title'), false);
      assert.deepEqual(
        [...config.rules.keys()],
        ruleIds.filter((id) => config.rules.has(id)),
        'registry order',
      );
    });

    it('should turn a rule on with its default options, and drop every a11y rule when axe is off', () => {
      const config = overrideConfig(configFromObject({}), {
        severity: { 'wording/jargon': 'error', 'a11y/image-alt': 'error' },
        axe: false,
      });
      assert.equal(config.rules.get('wording/jargon')?.severity, 'error');
      assert.deepEqual(config.rules.get('wording/jargon')?.options.extraTerms, {});
      assert.equal(
        [...config.rules.keys()].some((id) => id.startsWith('a11y/')),
        false,
      );
    });

    it('should set the reading grade, merge components, and take the size limit and base folder', () => {
      const config = overrideConfig(configFromObject({ components: { Button: 'button' }, maxFileSize: 10 }), {
        severity: { 'wording/reading-grade': 'warning' },
        readabilityGrade: 6,
        components: { Link: 'a' },
        maxFileSize: 20,
        baseDirectory: '/site',
      });
      assert.equal(config.rules.get('wording/reading-grade')?.options.targetGrade, 6);
      assert.deepEqual(config.components, { Button: 'button', Link: 'a' });
      assert.equal(config.maxFileSize, 20);
      assert.equal(config.baseDirectory, '/site');
      const fromFile = overrideConfig({ ...config, baseDirectory: '/repo' }, { baseDirectory: '/site' });
      assert.equal(fromFile.baseDirectory, '/repo', "a config file's folder wins");
    });
  });

  it('should include every supported extension by default, .mts and .cts too', () => {
    assert.deepEqual(DEFAULT_INCLUDE, [SOURCE_GLOB]);
    assert.equal(SOURCE_GLOB, '**/*.{html,htm,jsx,tsx,js,mjs,cjs,ts,mts,cts}');
    assert.deepEqual(configFromObject({}).include, [SOURCE_GLOB]);
  });

  describe('ConfigLoader', () => {
    it('should find the nearest .touchpointrc.json upward from a file', async () => {
      const root = workspace({
        '.touchpointrc.json': '{ "rules": { "wording/jargon": "off" } }',
        'app/.touchpointrc.json': '{ "rules": { "wording/jargon": "error" } }',
        'app/pages/a.html': '',
        'lib/b.html': '',
      });
      const loader = new ConfigLoader();
      const inner = await loader.forFile(path.join(root, 'app/pages/a.html'));
      assert.equal(inner.rules.get('wording/jargon')?.severity, 'error');
      assert.deepEqual(inner.files, [path.join(root, 'app/.touchpointrc.json')]);
      const outer = await loader.forFile(path.join(root, 'lib/b.html'));
      assert.equal(outer.rules.has('wording/jargon'), false);
    });

    it('should follow extends to presets and files', async () => {
      const root = workspace({
        'base.json':
          '{ "extends": "touchpoint:all", "components": { "Link": "a" }, "rules": { "navigation/page-title": "off" } }',
        'site/.touchpointrc.json': '{ "extends": "../base.json", "components": { "Button": "button" } }',
      });
      const config = await new ConfigLoader().forFile(path.join(root, 'site/x.tsx'));
      assert.deepEqual(config.components, { Link: 'a', Button: 'button' });
      assert.equal(config.rules.has('navigation/page-title'), false);
      assert.deepEqual(config.files, [path.join(root, 'site/.touchpointrc.json'), path.join(root, 'base.json')]);
    });

    it('should report a missing extends target and a cycle', async () => {
      const missing = workspace({ '.touchpointrc.json': '{ "extends": "./nope.json" }' });
      await assert.rejects(
        new ConfigLoader().forFile(path.join(missing, 'a.html')),
        /“extends” points to .*nope\.json, which does not exist/,
      );
      const cycle = workspace({
        '.touchpointrc.json': '{ "extends": "./b.json" }',
        'b.json': '{ "extends": "./.touchpointrc.json" }',
      });
      await assert.rejects(new ConfigLoader().forFile(path.join(cycle, 'a.html')), /extends itself/);
    });

    it('should use the built-in default when there is no config file', async () => {
      const root = workspace({ 'a.html': '' });
      const config = await new ConfigLoader({ readFile: async () => undefined }).forFile(path.join(root, 'a.html'));
      assert.deepEqual(config.files, []);
      assert.ok(config.rules.size > 0);
    });

    it('should not cache a broken config, so a fix takes effect', async () => {
      const root = workspace({ '.touchpointrc.json': '{ broken' });
      const loader = new ConfigLoader();
      await assert.rejects(loader.forFile(path.join(root, 'a.html')), ConfigError);
      writeFileSync(path.join(root, '.touchpointrc.json'), '{}');
      assert.ok((await loader.forFile(path.join(root, 'a.html'))).rules.size > 0);
    });

    it('should treat configured page globs as pages', async () => {
      const root = workspace({ '.touchpointrc.json': '{ "pages": ["pages/**/*.tsx"] }' });
      const config = await new ConfigLoader().forFile(path.join(root, 'pages/home.tsx'));
      const text = 'export default function Home() { return <main><h1>Hi</h1></main>; }';
      const page = lint(text, 'tsx', config, { fileName: path.join(root, 'pages/home.tsx') });
      const component = lint(text, 'tsx', config, { fileName: path.join(root, 'components/home.tsx') });
      assert.deepEqual(
        page.findings.map((f) => f.ruleId),
        ['navigation/page-title'],
      );
      assert.deepEqual(component.findings, []);
    });
  });
});
