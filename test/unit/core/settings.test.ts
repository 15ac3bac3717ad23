import assert from 'node:assert/strict';
import { configFromObject } from '../../../src/core/index.js';
import { applySettings, readSettings } from '../../../src/core/index.js';

const read = (values: Record<string, unknown>) => {
  const warnings: string[] = [];
  const settings = readSettings(
    (key) => values[key],
    (message) => warnings.push(message),
  );
  return { settings, warnings };
};

describe('extension settings', () => {
  it('should read defaults when nothing is set', () => {
    const { settings, warnings } = read({});
    assert.deepEqual(settings, {
      enable: true,
      run: 'onType',
      axe: true,
      severity: {},
      readabilityGrade: undefined,
      components: {},
      maxFileSize: undefined,
    });
    assert.deepEqual(warnings, []);
  });

  it('should reject bad values with a message naming the setting, and keep the defaults', () => {
    const { settings, warnings } = read({
      enable: 'yes',
      run: 'always',
      severity: { 'wording/jargn': 'error', wording: 'loud' },
      readabilityGrade: 40,
      components: { Button: 'Button' },
    });
    assert.equal(settings.enable, true);
    assert.equal(settings.run, 'onType');
    assert.deepEqual(settings.severity, {});
    assert.equal(settings.readabilityGrade, undefined);
    assert.deepEqual(warnings, [
      'Setting touchpoint.run must be "onType" or "onSave"; using the default',
      'Setting touchpoint.severity: “wording/jargn” is not a rule id, an area or a lens (UX, CX); ignored',
      'Setting touchpoint.severity: “wording” must be "error", "warning", "info" or "off"; ignored',
      'Setting touchpoint.readabilityGrade must be a number from 1 to 20; using the default',
      'Setting touchpoint.components: “Button” must map to a lower-case element name; ignored',
      'Setting touchpoint.enable must be true or false; using the default',
    ]);
  });

  it('should apply severities by rule over area over lens, turn rules off, and drop axe when asked', () => {
    const { settings } = read({
      severity: { CX: 'info', wording: 'error', 'wording/jargon': 'off', 'navigation/page-title': 'error' },
      axe: false,
      readabilityGrade: 7,
      components: { Link: 'a' },
      maxFileSize: 1000,
    });
    const config = applySettings(configFromObject({ components: { Button: 'button' } }), settings);
    assert.equal(config.rules.has('wording/jargon'), false);
    assert.equal(config.rules.get('wording/long-sentence')?.severity, 'error', 'area');
    assert.equal(config.rules.get('navigation/page-title')?.severity, 'error', 'rule beats lens');
    assert.equal(config.rules.get('feedback/high-stakes-action-without-pending-state')?.severity, 'info', 'CX lens');
    assert.equal(
      [...config.rules.keys()].some((id) => id.startsWith('a11y/')),
      false,
    );
    assert.equal(config.rules.get('wording/reading-grade')?.options.targetGrade, 7);
    assert.deepEqual(config.components, { Button: 'button', Link: 'a' });
    assert.equal(config.maxFileSize, 1000);
  });
});
