/**
 * Every live axe rule, failing and passing, in HTML and in the same markup as JSX, with the
 * exact range of the finding.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { axeRules, clearElementAnswers, LIVE_AXE_RULES } from '../../../../src/core/rules/a11y/axe.js';
import { lint, configFromObject } from '../../../../src/core/index.js';
import { testRule } from '../../helpers/ruleTester.js';
import { jsxFile } from '../../../../bench/corpus.js';
import { AXE_CASES, toJsx } from './cases.js';

describe('a11y (axe-core, live)', () => {
  it('should have a failing and a passing case for every live rule', () => {
    assert.deepEqual(LIVE_AXE_RULES.map((rule) => rule.id).sort(), Object.keys(AXE_CASES).sort());
  });

  for (const rule of axeRules.filter((candidate) => !candidate.pageRun)) {
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

describe('a11y (axe-core, live): answers reused between lints', () => {
  const config = configFromObject({ extends: 'touchpoint:all' });
  const a11y = (code: string, language: 'html' | 'tsx', components?: Record<string, string>) =>
    lint(code, language, components ? configFromObject({ extends: 'touchpoint:all', components }) : config)
      .findings.filter((finding) => finding.area === 'a11y')
      .map((finding) => `${finding.ruleId} ${finding.range.start}-${finding.range.end} ${finding.confidence}`);
  let seed = 7;
  const generated = jsxFile(1000, () => (seed = (seed * 16807) % 2147483647) / 2147483647, 1000, true);
  const files: Array<[name: string, text: () => string]> = [
    ...readdirSync('sample', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(html|tsx|jsx)$/.test(file))
      .map((file): [string, () => string] => [file, () => readFileSync(path.join('sample', file), 'utf8')]),
    ['Screen1000.tsx (the bench’s 1,000-line file)', () => generated],
  ];

  for (const [file, read] of files) {
    it(`should answer an edited ${path.basename(file)} exactly as a first lint would`, () => {
      const language = file.endsWith('.html') ? 'html' : 'tsx';
      const text = read();
      // Edits a sample of places: inside text, inside a tag, removing an attribute's value.
      const edits = [/>([A-Z][a-z]+)/g, /alt="[^"]*"/g, /<button/g, /role="[a-z]+"/g].flatMap((pattern) =>
        [...text.matchAll(pattern)].slice(0, 3),
      );
      assert.ok(edits.length > 0);
      for (const match of edits) {
        const edited = text.slice(0, match.index + 1) + 'x' + text.slice(match.index + 1);
        clearElementAnswers();
        a11y(text, language);
        const warm = a11y(edited, language);
        clearElementAnswers();
        assert.deepEqual(warm, a11y(edited, language), `after an edit at ${match.index}`);
      }
    });
  }

  it('should not reuse answers when the component mapping changes', () => {
    const code = 'const A = () => <a href="/"><Logo /></a>;';
    assert.deepEqual(a11y(code, 'tsx'), [], 'what Logo renders is unknown');
    assert.deepEqual(a11y(code, 'tsx', { Logo: 'img' }), ['a11y/link-name 17-18 high', 'a11y/image-alt 29-33 high']);
  });

  it('should not reuse answers when only an ancestor changes', () => {
    assert.deepEqual(a11y('<ul><li>One</li></ul>', 'html'), []);
    assert.deepEqual(a11y('<ol><li>One</li></ol>', 'html'), []);
    assert.deepEqual(a11y('<div><li>One</li></div>', 'html'), ['a11y/listitem 6-8 high']);
  });
});
