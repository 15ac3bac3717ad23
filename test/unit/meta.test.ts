/**
 * The registry is the one list of rules; everything else must agree with it: the rule files
 * (file path = id), the docs pages and their generated headers, the test files, the config
 * schema file and the rule table in docs/rules.md. Also checks each rule's metadata follows the
 * house grammar, and that every relative link in the documentation leads somewhere.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { docsUrl, METRICS, rules } from '../../src/core/index.js';
import {
  HEADER_END,
  HEADER_START,
  ROOT,
  RULES_FILE,
  ruleHeader,
  rulesDocWithTable,
  SCHEMA_FILE,
  schemaText,
} from '../../scripts/generate.js';
import { declaredCases } from './helpers/ruleTester.js';

const NOT_RULES = new Set(['index.ts', 'types.ts', 'phrases.ts']);
/** a11y/ holds axe-core's rules in one file; shared/ the helpers rules share. */
const NOT_RULE_FOLDERS = new Set(['a11y', 'shared']);
/** a11y rules are axe-core's, made from its metadata in one file and documented by Deque. */
const isAxeRule = (id: string): boolean => id.startsWith('a11y/');
const ownRules = rules.filter((rule) => !isAxeRule(rule.id));

describe('rule registry', () => {
  it('should list exactly the rule files, named by id', () => {
    const rulesDir = path.join(ROOT, 'src/core/rules');
    const files = readdirSync(rulesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !NOT_RULE_FOLDERS.has(entry.name))
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
        assert.ok(text.startsWith(`# ${rule.id}\n`), 'title is the rule id');
        for (const heading of ['## Why it matters', '## Fails', '## Passes', '## Options', '## Known limits']) {
          assert.ok(text.includes(heading), `missing “${heading}”`);
        }
        const fence = { html: '```html', jsx: '```jsx', catalog: '```json' } as const;
        for (const language of rule.languages) {
          assert.ok(text.includes(fence[language]), `needs ${language} examples`);
        }
      });

      it('should have the generated header right under its title (run npm run schema)', () => {
        const text = readFileSync(path.join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
        const header = text.slice(text.indexOf(HEADER_START), text.indexOf(HEADER_END) + HEADER_END.length);
        assert.equal(header, ruleHeader(rule));
        assert.ok(text.startsWith(`# ${rule.id}\n\n${ruleHeader(rule)}\n`), 'the header follows the title');
        assert.equal(text.split(HEADER_START).length, 2, 'one header');
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

  it('should match the rule table in docs/rules.md (run npm run schema)', () => {
    const index = readFileSync(RULES_FILE, 'utf8');
    assert.equal(index, rulesDocWithTable(index));
  });
});

/** The Markdown files people read: the README, the docs, the contributing guide, the bench's. */
function markdownFiles(): string[] {
  const found = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', 'bench/README.md'];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) found.push(relative);
    }
  };
  walk('docs');
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** Headings' anchors, outside code blocks. */
function anchors(text: string): Set<string> {
  const outside = text.replace(/^```[\s\S]*?^```/gm, '');
  return new Set([...outside.matchAll(/^#{1,6} (.+)$/gm)].map((match) => slug(match[1]!)));
}

describe('documentation', () => {
  it('should keep the README a front door (at most 15,000 bytes)', () => {
    assert.ok(statSync(path.join(ROOT, 'README.md')).size <= 15_000);
  });

  for (const file of markdownFiles()) {
    it(`should have only links that lead somewhere in ${file}`, () => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      // Links in code blocks and code spans are examples, not links.
      const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '``');
      const broken: string[] = [];
      for (const match of prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/i.test(target)) continue; // https:, mailto:
        const [targetPath = '', anchor] = target.split('#');
        const resolved = targetPath
          ? path.join(ROOT, path.dirname(file), decodeURIComponent(targetPath))
          : path.join(ROOT, file);
        if (!existsSync(resolved)) {
          broken.push(`${target} (no such file)`);
          continue;
        }
        if (anchor && resolved.endsWith('.md') && !anchors(readFileSync(resolved, 'utf8')).has(anchor))
          broken.push(`${target} (no such heading)`);
      }
      assert.deepEqual(broken, []);
    });
  }
});
