/**
 * Lines and columns against an independent count. Touchpoint's columns are what VS Code's
 * `Position.character` and SARIF's default `columnKind` (utf16CodeUnits) count: UTF-16 code
 * units, 1-based in reports, so an astral character (😀) takes two columns and a BOM at the
 * start of the text one. Line breaks are `\r\n`, `\n` and a lone `\r`, as in VS Code; U+2028,
 * U+2029 and U+0085 are not line breaks.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { configFromObject, lint, LineIndex, rules, type SourceLanguage } from '../../../src/core/index.js';
import { fuzzParameters } from './fuzz.js';

/** 1-based line and column of `offset` in `text`, by walking it from the start. */
export function expectedPosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const char = text[i];
    if (char === '\n') {
      line++;
      column = 1;
    } else if (char === '\r') {
      // \r\n is one break, counted at its \n; an offset between the two is still on the \r's line.
      if (text[i + 1] === '\n' && i + 1 < offset) continue;
      if (text[i + 1] === '\n') column++;
      else {
        line++;
        column = 1;
      }
    } else column++;
  }
  return { line, column };
}

const BREAKS = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\u0085'];
const WIDE = ['😀', '𝒜', '👩‍💻', 'é', '中', '\ufeff', '\t'];

/** Text made of line breaks, wide characters and plain text. */
const brokenText = fc
  .array(fc.oneof(fc.constantFrom(...BREAKS, ...WIDE), fc.string({ maxLength: 5 })), { maxLength: 30 })
  .map((parts) => parts.join(''));

/** Markup that gives findings (each rule kind: attribute, element, text, related), for HTML and JSX. */
const FINDINGS: Record<'html' | 'jsx', readonly string[]> = {
  html: [
    '<a href="#">Basket</a>',
    '<img src="cart.png">',
    '<div onclick="buy()">Buy</div>',
    '<p>Please utilize the form.</p>',
    '<a href="/help">click here</a>',
    '<a href="/a">Help</a><a href="/b">Help</a>',
    '<button disabled>Pay now</button>',
    '<input placeholder="Email">',
    '<p>YOU MUST PAY NOW</p>',
    '<div',
    '<!-- touchpoint-disable-next-line -->',
  ],
  jsx: [
    '<a href="#">Basket</a>',
    '<img src="cart.png" />',
    '<div onClick={buy}>Buy</div>',
    '<p>Please utilize the form.</p>',
    '<a href="/help">click here</a>',
    '<a href="/a">Help</a><a href="/b">Help</a>',
    '<button disabled>Pay now</button>',
    '<input placeholder="Email" />',
    '<p>YOU MUST PAY NOW</p>',
  ],
};

function markup(kind: 'html' | 'jsx'): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...FINDINGS[kind]) },
        { weight: 3, arbitrary: fc.constantFrom(...BREAKS, ...WIDE) },
        { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z ]{0,8}$/) },
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(''));
}

const sources = fc.oneof(
  fc
    .tuple(fc.boolean(), markup('html'))
    .map(([bom, text]) => ({ language: 'html' as SourceLanguage, text: `${bom ? '\ufeff' : ''}${text}` })),
  fc.tuple(fc.boolean(), fc.constantFrom<SourceLanguage>('tsx', 'jsx'), markup('jsx')).map(([bom, language, text]) => ({
    language,
    text: `${bom ? '\ufeff' : ''}const Page = () => (\r\n<main>${text}</main>\r);\n`,
  })),
);

describe('fuzz: lines and columns', () => {
  const everyRule = configFromObject({
    rules: Object.fromEntries(rules.map((rule) => [rule.id, rule.severity])),
  });

  it('LineIndex: every offset maps to the independently counted line and column, and back', () => {
    fc.assert(
      fc.property(brokenText, (text) => {
        const index = new LineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const { line, character } = index.positionAt(offset);
          assert.deepEqual(
            { line: line + 1, column: character + 1 },
            expectedPosition(text, offset),
            `offset ${offset}`,
          );
          assert.equal(index.offsetAt({ line, character }), offset);
        }
        assert.equal(index.lineCount, expectedPosition(text, text.length).line);
      }),
      fuzzParameters(),
    );
  });

  it('lint: every finding, related location and notice is where an independent count puts its range', () => {
    fc.assert(
      fc.property(sources, ({ language, text }) => {
        const report = lint(text, language, everyRule, { fileName: `page.${language}` });
        for (const finding of report.findings) {
          const { start, end } = finding.range;
          const from = expectedPosition(text, start);
          const to = expectedPosition(text, end);
          assert.deepEqual(
            finding.location,
            { line: from.line, column: from.column, endLine: to.line, endColumn: to.column },
            `${finding.ruleId} at ${start}-${end}`,
          );
          assert.equal(finding.snippet, text.slice(start, Math.min(end, start + 200)));
          for (const related of finding.related ?? []) {
            if (related.fileName !== undefined && related.fileName !== finding.fileName) continue;
            const relatedFrom = expectedPosition(text, related.range.start);
            const relatedTo = expectedPosition(text, related.range.end);
            assert.deepEqual(related.location, {
              line: relatedFrom.line,
              column: relatedFrom.column,
              endLine: relatedTo.line,
              endColumn: relatedTo.column,
            });
          }
        }
        for (const notice of report.notices)
          if (notice.range) assert.deepEqual(notice.location, expectedPosition(text, notice.range.start), notice.code);
      }),
      fuzzParameters(0.5),
    );
  });

  it('lint: findings on the same markup keep their place when line breaks change kind (\\n, \\r\\n, \\r)', () => {
    fc.assert(
      fc.property(
        markup('html'),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom('\n', '\r\n', '\r'),
        (text, from, to) => {
          const lines = text.split(/\r\n|\r|\n/);
          const one = lint(lines.join(from), 'html', everyRule);
          const other = lint(lines.join(to), 'html', everyRule);
          const places = (report: typeof one) =>
            report.findings.map((finding) => `${finding.ruleId} ${finding.location.line}:${finding.location.column}`);
          assert.deepEqual(places(one), places(other));
        },
      ),
      fuzzParameters(0.5),
    );
  });
});
