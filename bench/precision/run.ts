/**
 * `npm run precision -- real`: precision on real repositories, from recorded verdicts (real.ts).
 *
 * `npm run precision`: writes the precision corpus (realistic HTML / JSX / TSX files from the
 * templates, at least 200), reviews it with every rule, and prints per-rule finding counts,
 * with a sample of findings per rule for a person to judge. Judgements are recorded in the
 * issue notes; the figures here are what the engine says today.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { configFromObject, review, rules } from '../../src/core/index.js';
import { precisionOnRealCode } from './real.js';
import { templates } from './templates.js';

const ROOT = path.join(__dirname, '..', 'corpus', 'precision');
const VARIANTS = Number(process.env.TOUCHPOINT_PRECISION_VARIANTS ?? '10');

async function main(): Promise<void> {
  rmSync(ROOT, { recursive: true, force: true });
  const files: string[] = [];
  for (const template of templates) {
    for (let variant = 0; variant < VARIANTS; variant++) {
      const file = path.join(ROOT, template.folder, `${template.name}-${variant}.${template.extension}`);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, template.render(variant));
      files.push(file);
    }
  }
  writeFileSync(
    path.join(ROOT, '.touchpointrc.json'),
    JSON.stringify({ root: true, components: { Button: 'button', Link: 'a', TextField: 'input' } }),
  );
  const config = configFromObject({ components: { Button: 'button', Link: 'a', TextField: 'input' } });
  const report = await review(
    files.map((file) => ({ path: file })),
    async () => ({ ...config, baseDirectory: ROOT }),
  );
  const byRule = new Map<string, Array<{ file: string; line: number; snippet: string; detail?: string }>>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const list = byRule.get(finding.ruleId) ?? [];
      list.push({
        file: path.relative(ROOT, file.fileName),
        line: finding.location.line,
        snippet: finding.snippet.replace(/\s+/g, ' ').slice(0, 60),
        detail: finding.detail,
      });
      byRule.set(finding.ruleId, list);
    }
  }
  console.log(
    `Precision corpus: ${files.length} files from ${templates.length} templates (${report.files.filter((f) => f.checked).length} checked)\n`,
  );
  console.log(`${'rule'.padEnd(56)} findings  files`);
  for (const rule of rules) {
    const list = byRule.get(rule.id) ?? [];
    console.log(
      `${rule.id.padEnd(56)} ${String(list.length).padStart(8)}  ${String(new Set(list.map((f) => f.file)).size).padStart(5)}`,
    );
  }
  if (process.argv.includes('--samples')) {
    for (const rule of rules) {
      const list = byRule.get(rule.id) ?? [];
      if (list.length === 0) continue;
      console.log(`\n${rule.id}`);
      const seen = new Set<string>();
      for (const item of list) {
        const key = `${item.file.replace(/-\d+\./, '.')}|${item.snippet}`;
        if (seen.has(key)) continue;
        seen.add(key);
        console.log(`  ${item.file}:${item.line}  ${item.snippet}  [${item.detail ?? ''}]`);
      }
    }
  }
}

if (process.argv.includes('real')) precisionOnRealCode();
else void main();
