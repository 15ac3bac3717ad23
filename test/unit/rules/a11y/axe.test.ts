/**
 * Every live axe rule, failing and passing, in HTML and in the same markup as JSX, with the
 * exact range of the finding.
 */
import assert from 'node:assert/strict';
import { axeRules, LIVE_AXE_RULES } from '../../../../src/core/rules/a11y/axe.js';
import { lint, configFromObject } from '../../../../src/core/index.js';
import { testRule } from '../../helpers/ruleTester.js';
import { AXE_CASES, toJsx } from './cases.js';

describe('a11y (axe-core, live)', () => {
  it('should have a failing and a passing case for every live rule', () => {
    assert.deepEqual(LIVE_AXE_RULES.map((rule) => rule.id).sort(), Object.keys(AXE_CASES).sort());
  });

  for (const rule of axeRules) {
    const cases = AXE_CASES[rule.id.slice('a11y/'.length)]!;
    testRule(rule, {
      html: { valid: [cases.pass], invalid: [cases.fail] },
      jsx: { valid: [toJsx(cases.pass)], invalid: [toJsx(cases.fail)] },
    });
  }

  describe('dynamic JSX is trusted', () => {
    const config = configFromObject({ extends: 'touchpoint:all' });
    const a11y = (code: string) =>
      lint(code, 'tsx', config)
        .findings.filter((finding) => finding.area === 'a11y')
        .map((finding) => `${finding.ruleId} ${finding.snippet}`);

    it('should not report names, alternatives or roles only known at run time', () => {
      assert.deepEqual(
        a11y(
          'const A = () => <><img alt={alt} src="x" /><button>{label}</button><a href="/x">{t("home")}</a><div role={role} aria-checked /><button {...props} /></>;',
        ),
        [],
      );
    });

    it('should not judge list items whose list is outside the file', () => {
      assert.deepEqual(a11y('const Item = () => <li>One</li>; const Row = () => <List><li>Two</li></List>;'), []);
    });

    it('should see conditional and mapped elements', () => {
      assert.deepEqual(
        a11y('const A = () => <div>{open && <img src="x" />}{items.map((i) => <button key={i} />)}</div>;'),
        ['a11y/image-alt img', 'a11y/button-name button'],
      );
    });
  });
});
