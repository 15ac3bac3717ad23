/**
 * The registry is the one list of rules; everything else must agree with it: the rule files
 * (file path = id), the docs pages, the test files, the config schema file and the README's
 * rule table. Also checks each rule's metadata follows the house grammar.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { docsUrl, METRICS, rules } from '../../src/core/index.js';
import { README_FILE, readmeWithRuleTable, ROOT, SCHEMA_FILE, schemaText } from '../../scripts/generate.js';
import { declaredCases } from './helpers/ruleTester.js';

const NOT_RULES = new Set(['index.ts', 'types.ts', 'phrases.ts']);
/** a11y rules are axe-core's, made from its metadata in one file and documented by Deque. */
const isAxeRule = (id: string): boolean => id.startsWith('a11y/');
const ownRules = rules.filter((rule) => !isAxeRule(rule.id));

describe('rule registry', () => {
  it('should list exactly the rule files, named by id', () => {
    const rulesDir = path.join(ROOT, 'src/core/rules');
    const files = readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'a11y')
      .flatMap((dir) =>
        readdirSync(path.join(rulesDir, dir.name)).map((file) => `${dir.name}/${file.replace(/\.ts$/, '')}`),
      );
    assert.deepEqual(files.sort(), ownRules.map((rule) => rule.id).sort());
    assert.ok(readdirSync(rulesDir).every((name) => NOT_RULES.has(name) || !name.endsWith('.ts')));
  });

  it('should have unique ids whose area matches the folder', () => {
    assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length);
    for (const rule of rules) assert.equal(rule.id.split('/')[0], rule.area, rule.id);
  });

  it('should take every a11y rule from axe-core, documented by Deque', () => {
    for (const rule of rules.filter((candidate) => isAxeRule(candidate.id))) {
      assert.match(docsUrl(rule.id), /^https:\/\/dequeuniversity\.com\/rules\/axe\/4\.14\/[a-z-]+$/, rule.id);
      const declared = declaredCases.get(rule.id) ?? {};
      for (const kind of rule.languages) {
        assert.ok(
          (declared[kind]?.valid ?? 0) >= 1 && (declared[kind]?.invalid ?? 0) >= 1,
          `${rule.id} ${kind}: needs a failing and a passing case`,
        );
      }
    }
  });

  for (const rule of ownRules) {
    describe(rule.id, () => {
      it('should have a docs page with the required sections', () => {
        const page = path.join(ROOT, 'docs/rules', `${rule.id}.md`);
        assert.ok(existsSync(page), `missing ${path.relative(ROOT, page)}`);
        const text = readFileSync(page, 'utf8');
        assert.ok(text.startsWith(`# ${rule.id}`), 'title is the rule id');
        for (const heading of ['## Why it matters', '## Fails', '## Passes', '## Options', '## Known limits']) {
          assert.ok(text.includes(heading), `missing “${heading}”`);
        }
        for (const language of rule.languages) {
          assert.ok(text.includes(language === 'html' ? '```html' : '```jsx'), `needs ${language} examples`);
        }
      });

      it('should have a test file', () => {
        assert.ok(existsSync(path.join(ROOT, 'test/unit/rules', `${rule.id}.test.ts`)));
      });

      it('should declare at least three failing and three passing cases per language', () => {
        const declared = declaredCases.get(rule.id) ?? {};
        for (const kind of rule.languages) {
          const counts = declared[kind] ?? { valid: 0, invalid: 0 };
          assert.ok(counts.valid >= 3, `${kind}: ${counts.valid} passing cases`);
          assert.ok(counts.invalid >= 3, `${kind}: ${counts.invalid} failing cases`);
        }
      });

      it('should follow the message grammar', () => {
        assert.ok(!rule.help.endsWith('.'), 'help has no trailing period');
        assert.ok(rule.why.endsWith('.'), 'why is one full sentence');
        assert.ok(rule.metrics.length > 0);
        assert.equal(METRICS[rule.metrics[0]!].lens, rule.lens, 'the first metric belongs to the rule’s lens');
      });
    });
  }

  it('should match the config schema file (run npm run schema)', () => {
    assert.equal(readFileSync(SCHEMA_FILE, 'utf8'), schemaText());
  });

  it('should match the README rule table (run npm run schema)', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    assert.equal(readme, readmeWithRuleTable(readme));
  });
});
