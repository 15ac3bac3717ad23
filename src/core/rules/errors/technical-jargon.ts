/**
 * Developer-facing text shown to people in error messages: `null` / `undefined` / `NaN`,
 * exception names (TypeError, NullPointerException), system codes (ENOENT), HTTP status codes
 * (“Error 500”), database messages (SQLSTATE, ORA-00001), stack words, hex addresses, and
 * browser messages (“Failed to fetch” on its own). The patterns are data
 * (data/technical-terms.json). The finding sits on the matched text, in messages that read as
 * errors; template syntax in the text (`{{ value }}`) is a run-time value and is not read.
 *
 * JSX also shows raw error text that no pattern can see, because it is only known at run time:
 * - a caught error shown whole to a message setter or toast inside an event handler
 *   (`.catch((e) => toast.error(String(e)))`, `setError(`${err}`)`, `err.stack`);
 * - an error's stack or `toString()` rendered as text (`{error.stack}`, `{String(err)}`),
 *   outside a `<pre>` / `<code>` / details block that shows it on purpose.
 * `err.message` is left alone, rendered or passed to a toast: form libraries, API clients and
 * server actions put messages written for people there.
 */
import terms from '../../data/technical-terms.json';
import { type UiDocument, type UiNode, type SourceRange } from '../../model.js';
import { collectMessages, isDeveloperCall, looksLikeError, MESSAGE_CALLEE } from '../shared/messageTexts.js';
import { isHidden } from '../shared/elementMeaning.js';
import { maskTemplates } from '../../templates.js';
import { shorten } from '../shared/wordLists.js';
import { defineRule, type RuleContext } from '../types.js';

interface PatternEntry {
  pattern: string;
  label: string;
  flags?: string;
}

interface Options {
  extraPatterns: PatternEntry[];
}

const compile = (entry: PatternEntry) => ({
  pattern: new RegExp(entry.pattern, `g${entry.flags ?? ''}`),
  label: entry.label,
});
const BUILT_IN = (terms.patterns as PatternEntry[]).map(compile);
const compiled = new WeakMap<Options, Array<{ pattern: RegExp; label: string }>>();

function patternsFor(options: Options): Array<{ pattern: RegExp; label: string }> {
  let patterns = compiled.get(options);
  if (!patterns) {
    patterns = [...BUILT_IN, ...options.extraPatterns.map(compile)];
    compiled.set(options, patterns);
  }
  return patterns;
}

/** Names that hold a caught error, by convention (`e`, `err`, `error`, `saveError`). */
const ERROR_NAME = /^(e|er|err|error|ex|exc|exception|\w+Error|\w+Err)$/;
/**
 * Where an expression shows the error as developers see it (`err.stack`, `err.toString()`,
 * `String(err)`, `${err}`: “TypeError: …” with its name in front): offset and text of that part,
 * or undefined. `err.message` alone is left alone, as in JSX: on real apps the catch blocks that
 * toast it show messages their own API client or server action wrote for people (25 findings on
 * formbricks and outline, none an owner would change).
 */
function rawErrorText(expression: string, name: string): { index: number; text: string } | undefined {
  const escaped = name.replace(/[$]/g, '\\$&');
  const match = new RegExp(
    `(^|[^\\w.$])(${escaped}\\??\\.stack\\b(?!\\s*\\()|${escaped}\\??\\.toString\\(\\)|String\\(\\s*${escaped}\\s*\\)|\\$\\{\\s*${escaped}\\s*\\})`,
  ).exec(expression);
  return match ? { index: match.index + match[1]!.length, text: match[2]! } : undefined;
}
/** Rendered in JSX, only the stack and `toString()` are surely written for developers. */
const RENDERED_RAW_ERROR = /^(\w+)\??\.(stack|toString\(\))$|^String\((\w+)\)$/;
/** Places that show code or details on purpose (a “Show details” block). */
const CODE_BLOCK = /^(pre|code|details|samp)$|(^|\.)(Pre|Code|CodeBlock|Details|Collapse|Accordion\w*|Expander)$/;
/** Handlers of something the person did; their messages reach that person. */
const ACTION_HANDLER = /^on[A-Z]/;

export default defineRule<Options>({
  id: 'errors/technical-jargon',
  area: 'errors',
  lens: 'CX',
  metrics: ['trust', 'comprehension', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-9', 'plain-language'],
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 30 findings judged on four apps, none kept (a caught error shown in an admin's catch-all toast, a developer tool's “stack trace”).
  recommended: false,
  help: 'Describe the problem in words people use, and log the technical detail instead',
  why: 'Codes and programming words tell customers the product is broken and give them nothing to act on.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraPatterns: {
        type: 'array',
        description:
          'More patterns: { "pattern": "regular expression", "flags": "i", "label": "what it is, in plain words" }.',
        items: {
          type: 'object',
          required: ['pattern', 'label'],
          properties: {
            pattern: { type: 'string', minLength: 1 },
            label: { type: 'string' },
            flags: { enum: ['', 'i'] },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraPatterns: [] },
  check(context) {
    const { document } = context;
    const PATTERNS = patternsFor(context.options);
    for (const message of collectMessages(document)) {
      if (!looksLikeError(message)) continue;
      if (message.via && !/error|message|fail|alert|toast|notify|warn|helper|title|label/i.test(message.via)) continue;
      context.examined(message.element);
      for (const segment of message.segments) {
        const source = maskTemplates(document.text.slice(segment.start, segment.end));
        for (const { pattern, label } of PATTERNS) {
          pattern.lastIndex = 0;
          for (const match of source.matchAll(pattern)) {
            const start = segment.start + match.index;
            context.report({
              range: { start, end: start + match[0].length },
              detail: `“${match[0]}” is ${label}`,
              why: `“${match[0]}” in “${shorten(message.text)}” is ${label}: it tells people the product is broken and gives them nothing to act on.`,
            });
          }
        }
      }
    }
    if (document.kind === 'jsx') {
      reportCaughtErrors(context);
      reportRenderedErrors(context, document);
    }
  },
});

/** `catch (err) { setError(err.message) }` in a handler of something the person did. */
function reportCaughtErrors(context: RuleContext<Options>): void {
  const reported = new Set<number>();
  for (const element of context.document.elements) {
    for (const attribute of element.attributes) {
      if (!ACTION_HANDLER.test(attribute.name) || !attribute.handler?.resolved) continue;
      for (const use of attribute.handler.caughtErrorUses ?? []) {
        if (reported.has(use.range.start)) continue;
        if (!MESSAGE_CALLEE.test(use.callee) || isDeveloperCall(use.callee)) continue;
        reported.add(use.range.start);
        context.examined(element);
        // `err instanceof Error ? err.message : String(err)`: the message, or what was thrown in its place.
        if (/\binstanceof\s+Error\b/.test(use.argument)) continue;
        const raw = rawErrorText(use.argument, use.caughtName);
        if (!raw) continue;
        const start = use.range.start + raw.index;
        report(context, { start, end: start + raw.text.length }, raw.text, `${use.callee}() shows it to people`);
      }
    }
  }
}

/** `{error.stack}`, `{String(err)}` rendered as text. */
function reportRenderedErrors(context: RuleContext<Options>, document: UiDocument): void {
  const stack: UiNode[] = [...document.roots];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      if (CODE_BLOCK.test(node.tag)) continue;
      for (const child of node.children) stack.push(child);
      continue;
    }
    if (node.type !== 'dynamic') continue;
    const match = RENDERED_RAW_ERROR.exec(node.expression.trim());
    const name = match?.[1] ?? match?.[3];
    if (!name || !ERROR_NAME.test(name) || (node.parent !== undefined && isHidden(node.parent, document))) continue;
    context.examined(node.parent);
    report(context, node.range, node.expression.trim(), 'it is shown as text');
  }
}

function report(context: RuleContext<Options>, range: SourceRange, expression: string, where: string): void {
  context.report({
    range,
    detail: `“${shorten(expression)}” is the error's own text, written for developers, and ${where}`,
    why: `“${shorten(expression)}” shows whatever the code or the browser said (“Failed to fetch”, “Unexpected token”), which tells people the product is broken and gives them nothing to act on.`,
  });
}
