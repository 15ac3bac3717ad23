/**
 * Writes the files generated from the rule registry: the config JSON schema
 * (schemas/touchpointrc.schema.json) and the rule table in README.md (between the
 * `<!-- rules:start -->` / `<!-- rules:end -->` markers). `npm run schema` runs it; the
 * meta-test fails when either is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AREA_LABELS, AREAS, buildConfigSchema, docsUrl, METRICS, rules } from '../src/core/index.js';

export const ROOT = path.join(__dirname, '..');
export const SCHEMA_FILE = path.join(ROOT, 'schemas', 'touchpointrc.schema.json');
export const README_FILE = path.join(ROOT, 'README.md');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';

export function schemaText(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

export function ruleTable(): string {
  const lines: string[] = [];
  for (const area of AREAS) {
    const inArea = rules.filter((rule) => rule.area === area);
    if (inArea.length === 0) continue;
    lines.push(
      `**${AREA_LABELS[area]}**`,
      '',
      '| rule | default | lens: metrics | why it matters |',
      '|---|---|---|---|',
    );
    for (const rule of inArea) {
      const metrics = rule.metrics.map((metric) => METRICS[metric].label).join(', ');
      const scope = [rule.languages.map((l) => l.toUpperCase()).join(' + '), rule.page ? 'pages' : '']
        .filter(Boolean)
        .join(', ');
      // a11y rules are axe-core's: their page is Deque's, their “what” is axe's help text.
      const isAxe = rule.id.startsWith('a11y/');
      const link = isAxe ? docsUrl(rule.id) : `docs/rules/${rule.id}.md`;
      const optIn = rule.recommended === false ? ', opt-in' : '';
      const why = isAxe ? `${rule.help}. ${rule.why}` : rule.why;
      lines.push(
        `| [\`${rule.id}\`](${link}) (${scope}${optIn}) | ${SEVERITY[rule.severity]} | ${rule.lens}: ${metrics} | ${why} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

export function readmeWithRuleTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${ruleTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, schemaText());
  writeFileSync(README_FILE, readmeWithRuleTable(readFileSync(README_FILE, 'utf8')));
  console.log(`Wrote ${path.relative(ROOT, SCHEMA_FILE)} and the rule table in README.md`);
}
