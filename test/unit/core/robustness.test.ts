/**
 * Inputs that break naive linters: deep nesting, huge files, binary content, BOM, CRLF, and
 * random or mutated markup (property-based, with fast-check). Each must give a clear outcome:
 * findings with ranges inside the text, or a "not checked" notice, and never an exception.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
  configFromObject,
  lint,
  MAX_FINDINGS_PER_RULE,
  reviewFile,
  type FileReport,
  type SourceLanguage,
} from '../../../src/core/index.js';

function assertWellFormed(report: FileReport, text: string): void {
  for (const finding of report.findings) {
    assert.ok(
      finding.range.start >= 0 && finding.range.start <= finding.range.end && finding.range.end <= text.length,
      `range inside the text: ${finding.ruleId}`,
    );
    assert.ok(finding.location.line >= 1 && finding.location.column >= 1);
  }
  for (const notice of report.notices) {
    if (notice.range) assert.ok(notice.range.start >= 0 && notice.range.end <= text.length);
  }
}

describe('robustness', () => {
  it('should check HTML nested 9,000 levels deep', () => {
    const text = `${'<div>\n'.repeat(9_000)}<a href="#">x</a>${'</div>\n'.repeat(9_000)}`;
    const report = lint(text, 'html');
    assert.equal(report.checked, true);
    assert.deepEqual(
      report.findings.map((f) => f.ruleId),
      ['feedback/placeholder-link'],
    );
    assert.deepEqual(
      report.notices.map((notice) => `${notice.code}: ${notice.message}`),
      ['not-checked: Accessibility (axe-core) rules were not run: elements are nested more than 1000 levels deep'],
    );
  });

  it('should say quickly and clearly when HTML is nested more than 10,000 levels deep (100,000 nested divs)', function () {
    // Before the limit, parsing and the rules took minutes here (parse5's scope checks and the
    // rules' ancestor walks grew with the square of the depth); now the parse stops at the limit.
    this.timeout(20_000);
    const text = `${'<div>\n'.repeat(100_000)}<a href="#">x</a>${'</div>\n'.repeat(100_000)}`;
    const report = lint(text, 'html');
    assert.equal(report.checked, false);
    assert.deepEqual(
      report.notices.map((notice) => `${notice.code}: ${notice.message}`),
      ['not-checked: The markup is nested more than 10,000 levels deep, so it was not checked'],
    );
  });

  it('should check a page nested 9,000 levels deep in seconds, whatever the elements', function () {
    // Nested clickable elements, error containers and hidden regions on a full page: the rules
    // that ask about an element's ancestors or contents remember the answers (semantics.ts),
    // and the page test walks without recursion; one walk per element took minutes here, and
    // the recursion overflowed the stack.
    this.timeout(20_000);
    const levels = [
      '<div onclick="go()">Go',
      '<div class="error" role="alert">Wrong value',
      '<div aria-hidden="true">x',
    ];
    const opening = levels.map((open) => `${open}\n`.repeat(3_000)).join('');
    const text = `<!doctype html><html><body>\n${opening}${'</div>\n'.repeat(9_000)}</body></html>`;
    // Every rule, opt-in ones too: errors/no-recovery-hint walked each nested error container's
    // whole subtree once per message inside it (minutes at this depth).
    const report = lint(text, 'html', configFromObject({ extends: 'touchpoint:all' }));
    assert.equal(report.checked, true);
    assert.equal(report.tallies['feedback/clickable-non-interactive']!.failed, 3_000);
  });

  it('should say clearly when JSX is nested too deeply to parse', () => {
    const text = `const A = () => ${'<div>\n'.repeat(10_000)}x${'</div>\n'.repeat(10_000)};`;
    const report = lint(text, 'tsx');
    assert.equal(report.checked, false);
    assert.match(report.notices[0]!.message, /nested too deeply/);
    assert.equal(report.notices[0]!.code, 'not-checked');
  });

  it('should check JSX nested 1,000 levels deep', () => {
    const text = `const A = () => ${'<div>\n'.repeat(1000)}<a href="#">x</a>${'</div>\n'.repeat(1000)};`;
    const report = lint(text, 'tsx');
    assert.equal(report.checked, true);
    assert.equal(report.findings.length, 1);
  });

  it('should not check a 5 MB file over the default size limit, and say why', () => {
    const line = '<p><a href="#">Basket</a></p>\n';
    const text = line.repeat(Math.ceil((5 * 1024 * 1024) / line.length));
    const report = lint(text, 'html');
    assert.equal(report.checked, false);
    assert.match(report.notices[0]!.message, /larger than the 2 MB limit \(maxFileSize\)/);
  });

  it('should check a 5 MB file when the limit allows it, and list the first 100 findings of a rule', () => {
    const line = '<p><a href="#" onclick="buy()">Basket</a></p>\n';
    const count = Math.ceil((5 * 1024 * 1024) / line.length);
    const report = lint(line.repeat(count), 'html', configFromObject({ maxFileSize: 10 * 1024 * 1024 }));
    assert.equal(report.checked, true);
    assert.equal(report.tallies['feedback/placeholder-link']!.failed, count);
    assert.equal(report.findings.length, MAX_FINDINGS_PER_RULE);
    const [capped] = report.notices;
    assert.equal(capped!.code, 'findings-capped');
    assert.equal(capped!.count, count - MAX_FINDINGS_PER_RULE);
    assert.equal(capped!.location!.line, MAX_FINDINGS_PER_RULE + 1);
  });

  it('should not check binary content', async () => {
    const report = lint('\u0000\u0001PNG\u0000<a href="#">', 'html');
    assert.equal(report.checked, false);
    assert.match(report.notices[0]!.message, /binary/);
    const fromBytes = await reviewFile(
      { path: 'logo.html', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0x3c]) },
      configFromObject({}),
    );
    assert.equal(fromBytes.checked, false);
    assert.match(fromBytes.notices[0]!.message, /binary/);
  });

  it('should not check minified or generated files', () => {
    const minified = `<div>${'<span>a</span>'.repeat(2000)}<a href="#">x</a></div>`;
    assert.match(lint(minified, 'html').notices[0]!.message, /generated or minified/);
    assert.equal(lint('// @generated\nconst A = () => <a href="#">x</a>;', 'tsx').checked, false);
  });

  it('should keep offsets exact in text that starts with a BOM', () => {
    const text = '\uFEFF<a href="#">x</a>';
    const finding = lint(text, 'html').findings[0]!;
    assert.equal(text.slice(finding.range.start, finding.range.end), 'href="#"');
    const jsx = '\uFEFFconst A = () => <a href="#">x</a>;';
    const jsxFinding = lint(jsx, 'tsx').findings[0]!;
    assert.equal(jsx.slice(jsxFinding.range.start, jsxFinding.range.end), 'href="#"');
  });

  it('should drop a BOM when reading bytes, as editors do', async () => {
    const bytes = new TextEncoder().encode('\uFEFF<a href="#">x</a>');
    const report = await reviewFile({ path: 'a.html', content: bytes }, configFromObject({}));
    assert.deepEqual(report.findings[0]!.location, { line: 1, column: 4, endLine: 1, endColumn: 12 });
  });

  it('should count lines correctly with CRLF line ends', () => {
    const text =
      '<p>One</p>\r\n<p>Two</p>\r\n<!-- touchpoint-disable-next-line -->\r\n<a href="#">x</a>\r\n<a href="#">y</a>';
    const report = lint(text, 'html');
    assert.deepEqual(
      report.findings.map((f) => [f.location.line, f.location.column]),
      [[5, 4]],
    );
    assert.equal(report.suppressed, 1);
  });

  describe('properties', () => {
    const markup = fc.stringMatching(/^[<>/="' a-z{}\n\r!\-#&;.()]{0,300}$/);
    const samples = readSamples();

    for (const language of ['html', 'tsx', 'jsx'] as SourceLanguage[]) {
      it(`should never throw on random ${language} text, and keep every range inside it`, () => {
        fc.assert(
          fc.property(markup, (text) => {
            assertWellFormed(lint(text, language), text);
          }),
          { numRuns: 300 },
        );
      });
    }

    it('should run every rule, axe-core rules included, on random markup without a rule failing', () => {
      const all = configFromObject({ extends: 'touchpoint:all' });
      fc.assert(
        fc.property(markup, fc.constantFrom<SourceLanguage>('html', 'tsx'), (text, language) => {
          const report = lint(text, language, all);
          assertWellFormed(report, text);
          assert.deepEqual(
            report.notices.filter((notice) => notice.code === 'rule-failed'),
            [],
          );
        }),
        { numRuns: 150 },
      );
    });

    it('should never throw on mutated real files, and keep every range inside them', () => {
      const mutation = fc.record({
        sample: fc.integer({ min: 0, max: samples.length - 1 }),
        cuts: fc.array(
          fc.record({
            at: fc.nat(),
            length: fc.nat({ max: 40 }),
            insert: fc.constantFrom('', '<', '>', '{', '}', '"', '</div>', '<a href="#">', '/*', '-->'),
          }),
          { maxLength: 6 },
        ),
      });
      fc.assert(
        fc.property(mutation, ({ sample, cuts }) => {
          const { text: original, language } = samples[sample]!;
          let text = original;
          for (const cut of cuts) {
            const at = cut.at % (text.length + 1);
            text = text.slice(0, at) + cut.insert + text.slice(at + cut.length);
          }
          assertWellFormed(lint(text, language), text);
        }),
        { numRuns: 300 },
      );
    });
  });
});

function readSamples(): Array<{ text: string; language: SourceLanguage }> {
  const root = path.join(__dirname, '..', '..', '..', 'sample');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(html|jsx|tsx)$/.test(name)) files.push(full);
    }
  };
  walk(root);
  return files.map((file) => ({
    text: readFileSync(file, 'utf8'),
    language: file.endsWith('.html') ? 'html' : file.endsWith('.jsx') ? 'jsx' : 'tsx',
  }));
}
