/**
 * Generators for the fuzz suites: text that breaks naive output code (control characters,
 * terminal escapes, workflow-command look-alikes, markup, table pipes, astral characters and
 * lone surrogates), file names made of it, and engine reports (findings, notices, tallies)
 * carrying it everywhere a report holds workspace text; small pages for the axe runs; config
 * objects and `.touchpointrc.json` texts; baselines; values that break a hand-edited cache row
 * or report. Rule fields come from the registry, as the engine fills them, so readers that
 * restore rules from ids can round-trip them.
 */
import * as path from 'node:path';
import fc from 'fast-check';
import {
  combineReports,
  docsUrl,
  getRule,
  rules,
  ruleIds,
  scoreTallies,
  type FileReport,
  type Finding,
  type Notice,
  NOTICE_CODES,
  type RuleTally,
  type SourceLanguage,
  type WorkspaceReport,
} from '../../../src/core/index.js';
import { SEVERITY_SETTINGS } from '../../../src/core/config/schema.js';

/** The folder a run starts in; reports hold absolute paths, formats print them relative to it. */
export const CWD = path.join(path.sep, 'workspace', 'project');

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export { NOTICE_CODES };
export const LANGUAGES: ReadonlyArray<SourceLanguage | undefined> = ['html', 'jsx', 'tsx', 'js', 'ts', undefined];

/** Pieces that each break some output: a terminal, a workflow command, XML, HTML, a Markdown table, a URI. */
const NASTY_PIECES = [
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u0000',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u001b[31m',
  '\u001b]8;;https://example.com\u0007',
  '\u007f',
  '\u009b',
  '\u009b2J',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u202e',
  '\u200b',
  '\ufffe',
  '\uffff',
  '::',
  '::error::injected',
  '\n::error file=x.html,line=1::injected',
  '%',
  '%0A',
  '%25',
  ',',
  ':',
  ':1:1 error x',
  '"',
  "'",
  '`',
  '<',
  '>',
  '&',
  '&amp;',
  ']]>',
  '<!--',
  '-->',
  '</script>',
  '</title>',
  '</style>',
  '<img src=x onerror=alert(1)>',
  '|',
  '\\',
  '\\|',
  '*',
  '_',
  '[',
  ']',
  '#',
  '?',
  '(',
  ')',
  '${x}',
  ' ',
  'é',
  '中文',
  'ß',
  '😀',
  '👩‍💻',
  '𝒜',
  '\ud800',
  '\udfff',
  '\ud83d',
  '__proto__',
  'constructor',
  'toString',
  'a',
  'Basket',
] as const;

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Text that breaks naive output code: nasty pieces, any code points, any code units. */
export const nastyText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...NASTY_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 4 }) },
    ),
    { maxLength: 8 },
  )
  .map((pieces) => pieces.join(''));

/** The characters a terminal or log viewer interprets: C0 controls but tab and line feed, DEL, CSI. */
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f\u009b]/;

/**
 * Characters a careful plain-text format may show as escapes rather than as is: controls (C0
 * but tab, DEL, C1), bidirectional marks and overrides (a name that reads differently from what it is),
 * line and paragraph separators.
 */
export const ESCAPABLE =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Nasty text with none of ESCAPABLE and no lone surrogates: what a careful format prints as is. */
export const printableText: fc.Arbitrary<string> = nastyText.map((text) =>
  text.replace(new RegExp(ESCAPABLE.source, 'g'), '').replace(/\p{Surrogate}/gu, ''),
);

/** One path segment: anything but a separator, `.` and `..`. */
function segment(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return text.map((name) => {
    const cleaned = name.split(path.sep).join('_');
    return cleaned === '' || cleaned === '.' || cleaned === '..' ? `${cleaned}x` : cleaned;
  });
}

/** An absolute file name, mostly inside CWD (shown relative), sometimes outside it (shown absolute). */
export function fileNameArbitrary(text: fc.Arbitrary<string> = nastyText): fc.Arbitrary<string> {
  const segments = fc.array(segment(text), { minLength: 1, maxLength: 3 });
  return fc.oneof(
    { weight: 5, arbitrary: segments.map((parts) => path.join(CWD, ...parts)) },
    { weight: 1, arbitrary: segments.map((parts) => path.join(path.sep, 'elsewhere', ...parts)) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')
        .map((name) => path.join(CWD, name)),
    },
  );
}

const rangeArbitrary = fc
  .tuple(fc.nat({ max: 100_000 }), fc.nat({ max: 1000 }))
  .map(([start, length]) => ({ start, end: start + length }));
const positive = fc.integer({ min: 1, max: 100_000 });
/** 1-based, and the end never before the start line, as every location the engine writes. */
const locationArbitrary = fc
  .record({ line: positive, column: positive, lines: fc.nat({ max: 1000 }), endColumn: positive })
  .map(({ line, column, lines, endColumn }) => ({ line, column, endLine: line + lines, endColumn }));

export interface TextOptions {
  /** Text for messages, details, snippets and the like. */
  readonly text?: fc.Arbitrary<string>;
  /** Text for file names. */
  readonly names?: fc.Arbitrary<string>;
}

export function findingArbitrary(fileName: string, options: TextOptions = {}): fc.Arbitrary<Finding> {
  const text = options.text ?? nastyText;
  const nonEmpty = text.map((value) => value || 'x');
  return fc
    .record({
      rule: fc.constantFrom(...rules),
      severity: fc.constantFrom(...SEVERITIES),
      detail: fc.option(text, { nil: undefined }),
      ownMessage: fc.option(nonEmpty, { nil: undefined }),
      ownWhy: fc.option(nonEmpty, { nil: undefined }),
      range: rangeArbitrary,
      location: locationArbitrary,
      snippet: text,
      confidence: fc.constantFrom('high' as const, 'low' as const),
      related: fc.option(
        fc.array(
          fc.record(
            {
              message: text,
              range: rangeArbitrary,
              fileName: fileNameArbitrary(options.names),
              location: locationArbitrary,
            },
            { requiredKeys: ['message', 'range'] },
          ),
          { maxLength: 2 },
        ),
        { nil: undefined },
      ),
      fix: fc.option(
        fc.record({
          title: text,
          edits: fc.array(fc.record({ range: rangeArbitrary, newText: text }), { maxLength: 2 }),
          safe: fc.boolean(),
        }),
        { nil: undefined },
      ),
    })
    .map(({ rule, ownMessage, ownWhy, detail, ...own }) => ({
      ruleId: rule.id,
      area: rule.area,
      lens: rule.lens,
      metrics: rule.metrics,
      severity: own.severity,
      impact: rule.impact,
      message: ownMessage ?? (detail ? `${rule.help} [${detail}]` : rule.help),
      help: rule.help,
      detail,
      why: ownWhy ?? rule.why,
      docsUrl: docsUrl(rule.id),
      fileName,
      range: own.range,
      location: own.location,
      snippet: own.snippet,
      related: own.related,
      fix: own.fix,
      confidence: own.confidence,
    }));
}

export function noticeArbitrary(fileName: string, options: TextOptions = {}): fc.Arbitrary<Notice> {
  const text = options.text ?? nastyText;
  return fc
    .record(
      {
        code: fc.constantFrom(...NOTICE_CODES),
        severity: fc.constantFrom(...SEVERITIES),
        message: text,
        location: fc.record({ line: positive, column: positive }),
        ruleId: fc.oneof(fc.constantFrom(...rules.map((rule) => rule.id)), text),
      },
      { requiredKeys: ['code', 'severity', 'message'] },
    )
    .map((notice) => ({ ...notice, fileName }));
}

export function fileReportArbitrary(options: TextOptions = {}): fc.Arbitrary<FileReport> {
  return fileNameArbitrary(options.names).chain((fileName) =>
    fc
      .record({
        language: fc.constantFrom(...LANGUAGES),
        checked: fc.boolean(),
        findings: fc.array(findingArbitrary(fileName, options), { maxLength: 4 }),
        notices: fc.array(noticeArbitrary(fileName, options), { maxLength: 3 }),
        tallied: fc.uniqueArray(fc.constantFrom(...rules.map((rule) => rule.id)), { maxLength: 4 }),
        examined: fc.array(fc.tuple(fc.nat({ max: 50 }), fc.nat({ max: 50 }), fc.nat({ max: 3 }), fc.nat({ max: 3 })), {
          minLength: 8,
          maxLength: 8,
        }),
        suppressed: fc.nat({ max: 5 }),
        page: fc.boolean(),
      })
      .map(({ language, checked, findings, notices, tallied, examined, suppressed, page }): FileReport => {
        const tallies: Record<string, RuleTally> = {};
        for (const [index, id] of [...new Set([...tallied, ...findings.map((f) => f.ruleId)])].entries()) {
          const [extra, failed, uncertain, excused] = examined[index % examined.length]!;
          // As the engine writes them: the counts apart only when there are any.
          tallies[id] = {
            examined: failed + extra,
            failed,
            ...(uncertain > 0 ? { uncertain } : {}),
            ...(excused > 0 ? { excused } : {}),
          };
        }
        const ran = Object.keys(tallies).map((id) => getRule(id)!);
        return {
          fileName,
          language,
          checked,
          findings,
          notices,
          tallies,
          suppressed,
          page,
          score: scoreTallies(tallies, ran),
          suppressions: [],
          collected: {},
        };
      }),
  );
}

export function workspaceReportArbitrary(options: TextOptions = {}): fc.Arbitrary<WorkspaceReport> {
  return fc
    .record({
      // A review lists each file once (merge keeps one report per file).
      files: fc.uniqueArray(fileReportArbitrary(options), { maxLength: 4, selector: (file) => file.fileName }),
      cancelled: fc.boolean(),
      durationMs: fc.nat({ max: 10_000_000 }),
    })
    .map(({ files, cancelled, durationMs }) => combineReports(files, { cancelled, durationMs }));
}

// ——— small pages, for the page run ———

interface PageNode {
  readonly tag: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly children: ReadonlyArray<PageNode | string>;
}

const VOID = new Set(['img', 'input', 'br', 'hr', 'area', 'meta', 'link']);
const TAGS = (
  'div span p a img button input label form select option textarea ul ol li table tr td th h1 h2 h4 main nav ' +
  'header footer section aside iframe svg title dialog details summary fieldset legend video area br blink marquee html body'
).split(' ');
const ATTRIBUTES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['id', ['a', 'b', 'a', '']],
  ['for', ['a', 'b', 'missing']],
  ['href', ['#', '/x', 'javascript:void(0)', '']],
  ['alt', ['', 'Logo']],
  ['role', ['button', 'img', 'presentation', 'none', 'link', 'heading', 'main', 'navigation', 'list', 'tab', 'x']],
  ['aria-label', ['', 'Close']],
  ['aria-labelledby', ['a', 'missing']],
  ['aria-describedby', ['b']],
  ['aria-hidden', ['true', 'false']],
  ['aria-level', ['2', 'x']],
  ['aria-expanded', ['true', 'maybe']],
  ['tabindex', ['0', '-1', '5']],
  ['lang', ['en', 'xx', '']],
  ['hidden', ['']],
  ['type', ['text', 'submit', 'checkbox', 'image', 'radio']],
  ['name', ['q']],
  ['title', ['T', '']],
  ['scope', ['col', 'x']],
  ['headers', ['a']],
  ['accesskey', ['s', 's']],
  ['autocomplete', ['email', 'nope']],
  ['src', ['a.png', '']],
];
const WORDS = ['Pay', 'Close', 'Menu', 'Email', 'click here', '', ' ', 'Ünïcode 😀', '&amp;'];

const attribute = fc
  .constantFrom(...ATTRIBUTES)
  .chain(([name, values]) => fc.constantFrom(...values).map((value) => [name, value] as const));

const { node } = fc.letrec<{ node: PageNode | string; element: PageNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constantFrom(...WORDS), tie('element')),
  element: fc.record({
    tag: fc.constantFrom(...TAGS),
    attributes: fc.array(attribute, { maxLength: 3 }),
    children: fc.array(tie('node'), { maxLength: 3 }),
  }),
}));

function toHtml(item: PageNode | string): string {
  if (typeof item === 'string') return item;
  const attributes = item.attributes.map(([name, value]) => ` ${name}="${value}"`).join('');
  if (VOID.has(item.tag)) return `<${item.tag}${attributes}>`;
  return `<${item.tag}${attributes}>${item.children.map(toHtml).join('')}</${item.tag}>`;
}

const JSX_NAMES: Readonly<Record<string, string>> = { for: 'htmlFor', tabindex: 'tabIndex', accesskey: 'accessKey' };

function toJsx(item: PageNode | string): string {
  if (typeof item === 'string') return item.replace(/&amp;/g, '{"&"}');
  const attributes = item.attributes.map(([name, value]) => ` ${JSX_NAMES[name] ?? name}="${value}"`).join('');
  if (VOID.has(item.tag)) return `<${item.tag}${attributes} />`;
  return `<${item.tag}${attributes}>${item.children.map(toJsx).join('')}</${item.tag}>`;
}

/** A page: a fragment, or a whole document; HTML or a TSX component. */
export const pages = fc
  .record({
    nodes: fc.array(node, { maxLength: 4 }),
    whole: fc.boolean(),
    language: fc.constantFrom<SourceLanguage>('html', 'html', 'tsx'),
  })
  .map(({ nodes, whole, language }) => {
    if (language === 'tsx')
      return { language, text: `export const Page = () => (<>${nodes.map(toJsx).join('')}</>);\n` };
    const body = nodes.map(toHtml).join('');
    const text = whole
      ? `<!doctype html><html lang="en"><head><title>Shop</title></head><body>${body}</body></html>`
      : body;
    return { language, text };
  });

// ——— config files ———

const weirdKey = fc.oneof(
  fc.string(),
  fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'wording/jargn', 'a11y/'),
);
const ruleKey = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ruleIds) }, { weight: 1, arbitrary: weirdKey });
const severity = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SEVERITY_SETTINGS) }, fc.jsonValue());
const ruleSetting = fc.oneof(
  { weight: 4, arbitrary: severity },
  fc.tuple(severity),
  fc.tuple(severity, fc.oneof(fc.dictionary(weirdKey, fc.jsonValue()), fc.jsonValue())),
  fc.array(fc.jsonValue(), { maxLength: 4 }),
);
const globs = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.array(
      fc.oneof(
        fc.constantFrom('**/*.html', 'src/**', '../x/**', '/abs/**', '!../x', 'C:\\x', '~/x', '', 'a/../b'),
        fc.string(),
      ),
      { maxLength: 3 },
    ),
  },
  fc.jsonValue(),
);

/** A config object: mostly the right keys, with values right, nearly right or anything. */
export const nearConfig = fc.record(
  {
    $schema: fc.oneof(fc.string(), fc.jsonValue()),
    root: fc.oneof(fc.boolean(), fc.jsonValue()),
    extends: fc.oneof(
      fc.constantFrom('touchpoint:recommended', 'touchpoint:all', 'touchpoint:none', '', 'touchpoint:'),
      fc.array(fc.constantFrom('touchpoint:recommended', 'touchpoint:all', './base.json'), { maxLength: 3 }),
      fc.jsonValue(),
    ),
    rules: fc.oneof({ weight: 4, arbitrary: fc.dictionary(ruleKey, ruleSetting, { maxKeys: 4 }) }, fc.jsonValue()),
    components: fc.oneof(
      fc.dictionary(weirdKey, fc.oneof(fc.constantFrom('button', 'a', 'Button', 'my-link', '1a'), fc.jsonValue()), {
        maxKeys: 3,
      }),
      fc.jsonValue(),
    ),
    pages: globs,
    include: globs,
    exclude: globs,
    skip: fc.oneof(
      fc.array(fc.constantFrom('tests', 'stories', 'examples', 'development', 'fixtures', 'other'), { maxLength: 4 }),
      fc.jsonValue(),
    ),
    maxFileSize: fc.oneof(fc.integer(), fc.double(), fc.jsonValue()),
  },
  { requiredKeys: [] },
);
/** And sometimes a key Touchpoint does not know. */
export const configValue = fc.oneof(
  { weight: 6, arbitrary: nearConfig },
  { weight: 1, arbitrary: fc.tuple(nearConfig, weirdKey, fc.jsonValue()).map(([c, k, v]) => ({ ...c, [k]: v })) },
  { weight: 1, arbitrary: fc.jsonValue() },
  {
    weight: 1,
    arbitrary: fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    }),
  },
);

/** Text of a config file: valid JSON of a config, JSON cut short or edited, or anything. */
export const configText = fc.oneof(
  { weight: 4, arbitrary: nearConfig.map((config) => JSON.stringify(config)) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        nearConfig.map((config) => JSON.stringify(config, null, 2)),
        fc.nat(),
        fc.nat({ max: 3 }),
        fc.constantFrom('', '{', '}', ',', '"', '\\', '\u0000', '\ufeff', '\r\n', '/*', '0x'),
      )
      .map(([text, at, cut, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + cut);
      }),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => `\ufeff${JSON.stringify(value)}`) },
);

// ——— baselines, cache rows and reports edited by hand ———

const nameKey = fc.oneof(
  fc.constantFrom('page.html', 'src/Pay.tsx', '__proto__', 'constructor', 'toString', ''),
  nastyText,
);
const baselineRuleKey = fc.oneof(fc.constantFrom(...ruleIds), fc.constantFrom('__proto__', 'valueOf', ''), fc.string());
const baselineEntry = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 5 }).map((count) => ({ count })) },
  fc.constantFrom<unknown>({ count: -1 }, { count: 1.5 }, { count: '1' }, { count: null }, {}, null, [], 3, 'x'),
  fc.jsonValue({ maxDepth: 2 }),
);
/** Baselines right, nearly right, or anything, as JSON text (sometimes cut short, with a BOM, or not JSON). */
export const baselineText = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .record({
        version: fc.oneof({ weight: 4, arbitrary: fc.constant<unknown>(1) }, fc.constantFrom<unknown>(2, '1', null)),
        files: fc.oneof(
          {
            weight: 4,
            arbitrary: fc.dictionary(nameKey, fc.dictionary(baselineRuleKey, baselineEntry, { maxKeys: 3 }), {
              maxKeys: 3,
            }),
          },
          fc.array(fc.dictionary(baselineRuleKey, baselineEntry, { maxKeys: 2 }), { maxLength: 2 }),
          fc.dictionary(nameKey, fc.array(baselineEntry, { maxLength: 2 }), { maxKeys: 2 }),
          fc.jsonValue({ maxDepth: 2 }),
        ),
      })
      .chain((baseline) =>
        fc.oneof(
          { weight: 3, arbitrary: fc.constant(JSON.stringify(baseline, null, 2)) },
          fc.nat().map((cut) => {
            const text = JSON.stringify(baseline);
            return text.slice(0, cut % text.length);
          }),
          fc.constant(`\ufeff${JSON.stringify(baseline)}`),
        ),
      ),
  },
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary' }),
);

/** Values that break a reader expecting another type or range. */
export const TAMPERED_VALUES = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    0,
    1,
    2,
    3,
    -1,
    1.5,
    1e300,
    '',
    'x',
    'error',
    'wording/nope',
    [],
    {},
    true,
    [0],
    { start: 5, end: 1 },
    { line: 0, column: 0, endLine: 0, endColumn: 0 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
