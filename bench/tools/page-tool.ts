/**
 * Whole-page axe on a list of HTML pages, one way per process:
 *   naive        a new JSDOM per page, axe-core injected, `axe.run(document)` with its defaults
 *                (what a first integration does);
 *   touchpoint-N Touchpoint's page run: the page parsed and rendered, then run in N worker
 *                threads with one long-lived window each, the page rules only.
 * Prints one JSON line: pages, total ms, median and max ms per page, peak RSS.
 *   node --import tsx bench/tools/page-tool.ts <naive|touchpoint-1|touchpoint-2|touchpoint-1-serial> <list.json>
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { configFromObject, lint, PageRunner, rules } from '../../src/core/index.js';

async function main(): Promise<void> {
  const [mode, listFile] = process.argv.slice(2);
  const files = JSON.parse(readFileSync(listFile!, 'utf8')) as string[];
  const texts = files.map((file) => readFileSync(file, 'utf8'));
  const perPage: number[] = new Array(files.length).fill(0);
  let findings = 0;
  let started = 0;
  if (mode === 'naive') {
    const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const runOne = async (text: string) => {
      const dom = new JSDOM(text, { runScripts: 'outside-only', virtualConsole: new VirtualConsole() });
      dom.window.eval(axeSource);
      const result = (await (
        dom.window as unknown as { axe: { run(d: unknown): Promise<{ violations: unknown[] }> } }
      ).axe.run(dom.window.document)) as { violations: Array<{ nodes: unknown[] }> };
      dom.window.close();
      return result.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
    };
    for (const text of texts.slice(0, 3)) await runOne(text); // warm-up
    started = performance.now();
    for (const [i, text] of texts.entries()) {
      const t0 = performance.now();
      findings += await runOne(text);
      perPage[i] = performance.now() - t0;
    }
  } else {
    const workers = Number(mode!.split('-')[1] ?? '1');
    // "serial": one page at a time, so each page's time is its own (the single-page figure).
    const serial = mode!.endsWith('-serial');
    // Only the whole-page rules, so the figure is the page run's own cost.
    const config = configFromObject({
      extends: [],
      rules: Object.fromEntries(rules.filter((rule) => rule.pageRun).map((rule) => [rule.id, rule.severity])),
    });
    const runner = new PageRunner({ workers, timeoutMs: 120_000 });
    const runOne = async (text: string, file: string) =>
      (await lint(text, 'html', config, { runner, fileName: file })).findings.length;
    // Start the workers and warm them up on 3 pages each.
    await Promise.all(
      Array.from({ length: workers }, async () => {
        for (const [i, text] of texts.slice(0, 3).entries()) await runOne(text, files[i]!);
      }),
    );
    started = performance.now();
    let next = 0;
    const lane = async () => {
      while (next < texts.length) {
        const i = next++;
        const t0 = performance.now();
        const found = await runOne(texts[i]!, files[i]!); // not `findings += await`: lanes interleave
        perPage[i] = performance.now() - t0;
        findings += found;
      }
    };
    // One page more than workers in flight, so a worker never waits for the main thread's
    // parse and render of the next page (per-page times then include a little queueing).
    await Promise.all(Array.from({ length: serial ? 1 : workers + 1 }, lane));
    await runner.close();
  }
  const ms = performance.now() - started;
  const sorted = [...perPage].sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify({
      tool: mode,
      pages: files.length,
      ms,
      findings,
      medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      maxMs: sorted[sorted.length - 1] ?? 0,
      perPage,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    })}\n`,
  );
}

void main();
