/**
 * Writes the files generated from the rule registry: the config JSON schema
 * (schemas/touchpointrc.schema.json), the rule table in docs/rules.md (between the
 * `<!-- rules:start -->` / `<!-- rules:end -->` markers) and the metadata header of each rule's
 * page in docs/rules/ (between the `<!-- begin auto-generated rule header -->` / `<!-- end
 * auto-generated rule header -->` markers, right under its title, as eslint-plugin-jsx-a11y's
 * docs have). `npm run schema` runs it; the meta-test fails when any of them is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { AREA_LABELS, AREAS, buildConfigSchema, docsUrl, METRICS, rules, type MarkupKind } from '../src/core/index.js';

type RegisteredRule = (typeof rules)[number];

export const ROOT = path.join(__dirname, '..');
export const SCHEMA_FILE = path.join(ROOT, 'schemas', 'touchpointrc.schema.json');
/** The rules index: the generated table of every rule. */
export const RULES_FILE = path.join(ROOT, 'docs', 'rules.md');
export const RULE_DOCS_DIR = path.join(ROOT, 'docs', 'rules');
const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
export const HEADER_START = '<!-- begin auto-generated rule header -->';
export const HEADER_END = '<!-- end auto-generated rule header -->';

export function schemaText(): string {
  return `${JSON.stringify(buildConfigSchema(), null, 2)}\n`;
}

const SEVERITY = { error: 'error', warning: 'warning', info: 'info' } as const;

/** a11y rules are axe-core's: their page is Deque's, their “what” is axe's help text. */
const isAxeRule = (rule: RegisteredRule): boolean => rule.id.startsWith('a11y/');

/** The page of one of our own rules. */
export function ruleDocFile(ruleId: string): string {
  return path.join(RULE_DOCS_DIR, `${ruleId}.md`);
}

/** The table of every rule, for docs/rules.md (links are relative to docs/). */
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
      const scope = [rule.languages.map((kind) => KIND_LABELS[kind]).join(' + '), rule.page ? 'pages' : '']
        .filter(Boolean)
        .join(', ');
      const isAxe = isAxeRule(rule);
      const link = isAxe ? docsUrl(rule.id) : `rules/${rule.id}.md`;
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

/** docs/rules.md with its table between the markers regenerated. */
export function rulesDocWithTable(text: string): string {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/rules.md needs ${START} and ${END} markers`);
  return `${text.slice(0, start + START.length)}\n${ruleTable()}\n${text.slice(end)}`;
}

/** The metrics grouped by lens, the rule's own lens first and bold: “**UX**: error rate; CX: reach”. */
function lensLine(rule: RegisteredRule): string {
  const lenses = [rule.lens, rule.lens === 'UX' ? 'CX' : 'UX'] as const;
  return lenses
    .map((lens) => {
      const labels = rule.metrics.filter((metric) => METRICS[metric].lens === lens).map((m) => METRICS[m].label);
      if (labels.length === 0) return '';
      return `${lens === rule.lens ? `**${lens}**` : lens}: ${labels.join(', ')}`;
    })
    .filter(Boolean)
    .join('; ');
}

/** What a rule reads, in the docs: `HTML`, `JSX`, `message catalogs`. */
const KIND_LABELS: Readonly<Record<MarkupKind, string>> = { html: 'HTML', jsx: 'JSX', catalog: 'message catalogs' };

/** The generated metadata block of a rule's page, markers included. */
export function ruleHeader(rule: RegisteredRule): string {
  const languages = rule.languages.map((kind) => KIND_LABELS[kind]).join(', ');
  const scope = [languages, rule.page ? 'full pages only' : '', rule.workspace ? 'the whole workspace' : '']
    .filter(Boolean)
    .join('; ');
  const preset =
    rule.recommended === false
      ? '`touchpoint:all` only (opt-in: not in `touchpoint:recommended`)'
      : '`touchpoint:recommended` (and `touchpoint:all`)';
  return [
    HEADER_START,
    '',
    '| | |',
    '|---|---|',
    `| Area | ${AREA_LABELS[rule.area]} |`,
    `| Lens | ${lensLine(rule)} |`,
    `| Default severity | ${SEVERITY[rule.severity]} (impact: ${rule.impact}) |`,
    `| Preset | ${preset} |`,
    `| Applies to | ${scope} |`,
    '',
    `[All rules](../../rules.md)`,
    '',
    HEADER_END,
  ].join('\n');
}

/**
 * A rule's page with its header regenerated: the block between the markers is replaced, or,
 * on a page without one, inserted right under the title (`# <rule id>`).
 */
export function ruleDocWithHeader(text: string, rule: RegisteredRule): string {
  const header = ruleHeader(rule);
  const start = text.indexOf(HEADER_START);
  const end = text.indexOf(HEADER_END);
  if (start >= 0 && end > start) return `${text.slice(0, start)}${header}${text.slice(end + HEADER_END.length)}`;
  const title = `# ${rule.id}\n`;
  if (!text.startsWith(title)) throw new Error(`${rule.id}: its page must start with “# ${rule.id}”`);
  return `${title}\n${header}\n${text.slice(title.length)}`;
}

/** Our own rules (each has a page); a11y rules are documented by Deque. */
export const documentedRules: readonly RegisteredRule[] = rules.filter((rule) => !isAxeRule(rule));

if (require.main === module) {
  writeFileSync(SCHEMA_FILE, schemaText());
  writeFileSync(RULES_FILE, rulesDocWithTable(readFileSync(RULES_FILE, 'utf8')));
  for (const rule of documentedRules) {
    const file = ruleDocFile(rule.id);
    const text = readFileSync(file, 'utf8');
    const updated = ruleDocWithHeader(text, rule);
    if (updated !== text) writeFileSync(file, updated);
  }
  console.log(
    `Wrote ${path.relative(ROOT, SCHEMA_FILE)}, the rule table in ${path.relative(ROOT, RULES_FILE)} and the header of ${documentedRules.length} rule pages`,
  );
}
