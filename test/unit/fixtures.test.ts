/**
 * Annotated fixtures: each file under test/fixtures/annotated carries its expected findings
 * inline. A comment line whose body is carets and a rule id marks a range on the nearest line
 * above that is not itself an annotation:
 *
 *     <a href="#">Basket</a>
 *     <!-- ^^^^^^^^ feedback/placeholder-link -->
 *
 * In JSX use {/* ^^^ rule-id *\/} or // ^^^ rule-id. For ranges that start in the first columns,
 * write `expect rule-id C-C` (1-based columns on that same line above, end exclusive); for
 * ranges that span lines, `expect rule-id L:C-L:C`.
 * Every finding must be annotated and every annotation found: the sets must be equal.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ConfigLoader, LineIndex, languageForFile, lint } from '../../src/core/index.js';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'annotated');
const CARETS = /^(\s*(?:<!--|\{\/\*|\/\/)\s*)(\^+)\s+([\w-]+\/[\w-]+)/;
const EXPLICIT = /expect\s+([\w-]+\/[\w-]+)\s+(\d+):(\d+)-(\d+):(\d+)/g;
const COLUMNS = /expect\s+([\w-]+\/[\w-]+)\s+(\d+)-(\d+)(?!\d|:)/g;

interface Expected {
  ruleId: string;
  start: number;
  end: number;
}

export function readAnnotations(text: string): Expected[] {
  const lines = new LineIndex(text);
  const expected: Expected[] = [];
  let target = -1;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = lines.lineText(line);
    const caret = CARETS.exec(content);
    if (caret) {
      assert.ok(target >= 0, `annotation on line ${line + 1} has no line above it`);
      const column = caret[1]!.length;
      const start = lines.offsetAt({ line: target, character: column });
      expected.push({ ruleId: caret[3]!, start, end: start + caret[2]!.length });
      continue;
    }
    let explicitFound = false;
    for (const match of content.matchAll(EXPLICIT)) {
      explicitFound = true;
      const [, ruleId, l1, c1, l2, c2] = match;
      expected.push({
        ruleId: ruleId!,
        start: lines.offsetAt({ line: Number(l1) - 1, character: Number(c1) - 1 }),
        end: lines.offsetAt({ line: Number(l2) - 1, character: Number(c2) - 1 }),
      });
    }
    for (const match of content.matchAll(COLUMNS)) {
      explicitFound = true;
      assert.ok(target >= 0, `annotation on line ${line + 1} has no line above it`);
      const [, ruleId, c1, c2] = match;
      expected.push({
        ruleId: ruleId!,
        start: lines.offsetAt({ line: target, character: Number(c1) - 1 }),
        end: lines.offsetAt({ line: target, character: Number(c2) - 1 }),
      });
    }
    if (!explicitFound) target = line;
  }
  return expected;
}

describe('annotated fixtures', () => {
  const loader = new ConfigLoader();
  for (const name of readdirSync(FIXTURES)
    .filter((file) => languageForFile(file) !== undefined && !file.endsWith('.json'))
    .sort()) {
    it(`should report exactly the annotated findings in ${name}`, async () => {
      const file = path.join(FIXTURES, name);
      const text = readFileSync(file, 'utf8');
      const expected = readAnnotations(text);
      assert.ok(expected.length > 0, 'a fixture must expect at least one finding');
      const report = lint(text, languageForFile(file)!, await loader.forFile(file), { fileName: file });
      const describe = (item: Expected) =>
        `${item.ruleId} ${item.start}-${item.end} “${text.slice(item.start, item.end)}”`;
      const actual = report.findings.map((finding) => describe({ ruleId: finding.ruleId, ...finding.range }));
      assert.deepEqual(actual.sort(), expected.map(describe).sort());
    });
  }
});
