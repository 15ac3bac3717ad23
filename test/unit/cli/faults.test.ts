/**
 * A rule that throws must never pass silently: every format says where its checks did not run,
 * and the CLI exits 2 (as ESLint does on a crash) even with --exit-zero. The rule is forced to
 * throw in this process (the CLI runs in-process with one worker), so the engine, the formats
 * and the exit code are the real ones.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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
        ['.', '--workers', '0', '--no-page-axe', '--exit-zero', ...FORMATS.flatMap((f) => ['-f', `${f}=out.${f}`])],
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
      runs: Array<{
        invocations: Array<{
          executionSuccessful: boolean;
          toolExecutionNotifications: Array<{ associatedRule?: { id: string } }>;
        }>;
      }>;
    };
    assert.equal(sarif.runs[0]!.invocations[0]!.executionSuccessful, false);
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
    const code = await main(['.', '--workers', '0', '--no-page-axe', '-f', 'json=out.json'], root, {});
    assert.equal(code, 0, 'a placeholder-link warning passes the gates');
  });

  it('a lint worker that dies (out of memory): each file is tried again on a fresh worker, then reported not checked, exit 2', () => {
    // A real worker death: the per-worker memory cap is far below what a worker needs to start.
    const root = mkdtempSync(path.join(tmpdir(), 'touchpoint-oom-'));
    for (const name of ['a.html', 'b.html', 'c.html']) writeFileSync(path.join(root, name), '<p>Hello</p>\n');
    const cli = path.join(__dirname, '..', '..', '..', 'dist', 'cli.js');
    const result = spawnSync(
      process.execPath,
      [
        cli,
        '.',
        '--workers',
        '2',
        '--exit-zero',
        '-f',
        'json=out.json',
        '-f',
        'junit=out.xml',
        '-f',
        'sarif=out.sarif',
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, TOUCHPOINT_WORKER_MEMORY_MB: '4', NO_COLOR: '1' } },
    );
    assert.equal(result.status, 2, result.stderr);
    assert.match(
      result.stderr,
      /touchpoint: 3 files could not be checked \(the check crashed or ran out of time, twice\)/,
    );
    for (const name of ['a.html', 'b.html', 'c.html'])
      assert.equal(
        result.stderr
          .split('\n')
          .filter((line) =>
            line.endsWith(
              `${name}: the lint worker ran out of memory (its limit is 4 MB: TOUCHPOINT_WORKER_MEMORY_MB raises it)`,
            ),
          ).length,
        2,
        `${name} was tried twice`,
      );
    const report = JSON.parse(readFileSync(path.join(root, 'out.json'), 'utf8')) as {
      files: Array<{ fileName: string; checked: boolean; notices: Array<{ code: string }> }>;
    };
    assert.deepEqual(
      report.files.map((file) => [file.fileName, file.checked, file.notices.map((n) => n.code).join()]),
      [
        ['a.html', false, 'lint-failed'],
        ['b.html', false, 'lint-failed'],
        ['c.html', false, 'lint-failed'],
      ],
    );
    assert.match(readFileSync(path.join(root, 'out.xml'), 'utf8'), /errors="3"/);
    assert.match(
      readFileSync(path.join(root, 'out.sarif'), 'utf8'),
      /This file was not checked: the lint worker ran out of memory/,
    );
  });
});
