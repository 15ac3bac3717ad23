/**
 * A rule that throws must never pass silently: every format says where its checks did not run,
 * and the CLI exits 2 (as ESLint does on a crash) even with --exit-zero. The rule is forced to
 * throw in this process (the CLI runs in-process with one worker), so the engine, the formats
 * and the exit code are the real ones.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { main } from '../../../src/cli/main.js';
import { getRule } from '../../../src/core/index.js';

const FORMATS = ['json', 'sarif', 'junit', 'github', 'summary', 'markdown', 'html', 'stylish'] as const;

describe('a rule that throws', function () {
  this.timeout(60_000);

  it('shows in every format and makes the CLI exit 2, even with --exit-zero', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-fault-'));
    writeFileSync(path.join(root, 'page.html'), '<a href="#" onclick="go()">Basket</a>\n');
    const rule = getRule('feedback/placeholder-link')! as { check: (context: unknown) => void };
    const check = rule.check;
    rule.check = () => {
      throw new Error('forced failure for the test');
    };
    const stderr: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string) => (stderr.push(String(chunk)), true)) as typeof process.stderr.write;
    let code: number;
    try {
      code = await main(
        ['.', '--workers', '1', '--no-page-axe', '--exit-zero', ...FORMATS.flatMap((f) => ['-f', `${f}=out.${f}`])],
        root,
        {},
      );
    } finally {
      rule.check = check;
      process.stderr.write = write;
    }
    assert.equal(code, 2);
    assert.match(stderr.join(''), /1 rule failed on 1 file \(feedback\/placeholder-link\)/);
    const out = (format: string) => readFileSync(path.join(root, `out.${format}`), 'utf8');
    for (const format of FORMATS)
      assert.match(
        out(format),
        /feedback\/placeholder-link failed on this file/,
        `${format} says which rule did not run`,
      );
    const sarif = JSON.parse(out('sarif')) as {
      runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ associatedRule?: { id: string } }> }> }>;
    };
    assert.ok(
      sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.some(
        (n) => n.associatedRule?.id === 'feedback/placeholder-link',
      ),
    );
    assert.match(out('junit'), /<testsuites name="touchpoint" tests="\d+" failures="0" errors="1"/);
    assert.match(out('github'), /^::error file=page\.html,title=Touchpoint%3A feedback\/placeholder-link failed::/m);
    assert.match(out('stylish'), /^page\.html:1:1 error touchpoint\/rule-failed /m);
    assert.match(out('summary'), /Not checked\n {2}page\.html: The rule feedback\/placeholder-link failed/);
  });

  it('does not change the exit code when every rule ran', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-fault-'));
    writeFileSync(path.join(root, 'page.html'), '<a href="#" onclick="go()">Basket</a>\n');
    const code = await main(['.', '--workers', '1', '--no-page-axe', '-f', 'json=out.json'], root, {});
    assert.equal(code, 0, 'a placeholder-link warning passes the gates');
  });
});
