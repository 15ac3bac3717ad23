import assert from 'node:assert/strict';
import { configErrorRange, ConfigError, newConfigTurningOff, turnOffRuleEdit } from '../../../src/core/index.js';

/** The config text after the edit, and the rule's setting read back from it. */
function turnedOff(text: string, ruleId: string): { text: string; value: unknown } {
  const edit = turnOffRuleEdit(text, ruleId);
  assert.ok(edit, `an edit for ${text}`);
  const after = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
  const parsed = JSON.parse(after) as { rules?: Record<string, unknown> };
  return { text: after, value: parsed.rules?.[ruleId] };
}

describe('config edits: turning a rule off in .touchpointrc.json', () => {
  it('replaces the rule’s setting where it has one, whatever its form', () => {
    const text =
      '{\n  "rules": {\n    "wording/jargon": ["warning", { "allow": ["API"] }],\n    "a11y/label": "error"\n  }\n}\n';
    const result = turnedOff(text, 'wording/jargon');
    assert.equal(result.value, 'off');
    assert.equal(result.text, '{\n  "rules": {\n    "wording/jargon": "off",\n    "a11y/label": "error"\n  }\n}\n');
  });

  it('adds the rule after the others, as indented as they are', () => {
    const text = '{\n    "extends": "touchpoint:all",\n    "rules": {\n        "a11y/label": "error"\n    }\n}\n';
    const result = turnedOff(text, 'errors/vague-message');
    assert.equal(result.value, 'off');
    assert.match(result.text, /"a11y\/label": "error",\n {8}"errors\/vague-message": "off"\n/);
  });

  it('adds a rules block when there is none, in an empty object too', () => {
    const withSettings = '{\n  "root": true,\n  "skip": ["tests"]\n}\n';
    const result = turnedOff(withSettings, 'wording/jargon');
    assert.equal(result.value, 'off');
    assert.equal(result.text, '{\n  "root": true,\n  "skip": ["tests"],\n  "rules": { "wording/jargon": "off" }\n}\n');
    assert.equal(turnedOff('{}', 'a11y/label').text, '{ "rules": { "a11y/label": "off" } }');
    assert.equal(turnedOff('{\n  "rules": {}\n}', 'a11y/label').text, '{\n  "rules": { "a11y/label": "off" }\n}');
  });

  it('offers nothing for a config the loader would not read, or whose rules are not an object', () => {
    assert.equal(turnOffRuleEdit('{ "rules": ', 'a11y/label'), undefined);
    assert.equal(turnOffRuleEdit('{\n  // comments are not JSON\n  "root": true\n}', 'a11y/label'), undefined);
    assert.equal(turnOffRuleEdit('[]', 'a11y/label'), undefined);
    assert.equal(turnOffRuleEdit('{ "rules": [] }', 'a11y/label'), undefined);
  });

  it('writes a new config that turns the rule off and keeps the recommended preset', () => {
    const text = newConfigTurningOff('wording/jargon');
    assert.deepEqual(JSON.parse(text), { rules: { 'wording/jargon': 'off' } });
    assert.deepEqual(configErrorRange(text, new ConfigError('x', 'rules.wording/jargon', '')), {
      start: text.indexOf('"wording/jargon"'),
      end: text.indexOf('"wording/jargon"') + '"wording/jargon"'.length,
    });
  });
});
