/**
 * Where message text lives in a UI, for the error-message and wording rules: text blocks
 * (an element's own run of text and inline elements), attributes and props that carry
 * messages (`title`, `aria-label`, `errorMessage`, `helperText`, `error`, `message`…), and in
 * JSX files string literals and template literal parts passed to error setters and toasts
 * (`setError("…")`, `toast.error("…")`).
 */
import { getAttribute, type SourceRange, type UiDocument, type UiElement, type UiNode, type UiText } from './model.js';
import phrases from './data/error-phrases.json';
import { normalizePhrase } from './rules/phrases.js';
import { collapseWhitespace, descendants, isFormField, staticRole, staticValue } from './semantics.js';

export type MessageSource = 'text' | 'attribute' | 'call';

export interface MessageText {
  readonly text: string;
  /** Where the message is: text block, attribute value, or string literal. */
  readonly range: SourceRange;
  /** The exact source ranges of the text itself (a text block's text nodes, without the markup between). */
  readonly segments: readonly SourceRange[];
  readonly source: MessageSource;
  /** The element holding the text or attribute; undefined for calls. */
  readonly element?: UiElement;
  /** Attribute name or callee, for details in findings. */
  readonly via?: string;
  /** Shown as an error: error container, error prop, error setter or toast. */
  readonly errorContext: boolean;
  /** Some of the message is only known at run time (`{count}` items failed). */
  readonly partial: boolean;
}

/** Props and attributes whose value is shown to people as a message. */
export const MESSAGE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'title',
  'aria-label',
  'aria-description',
  'errormessage',
  'errortext',
  'helpertext',
  'error',
  'message',
  'data-error',
  'validationmessage',
  'description',
  'hint',
  'tooltip',
  'label',
  'alt',
  'placeholder',
]);
const ERROR_ATTRIBUTES: ReadonlySet<string> = new Set([
  'errormessage',
  'errortext',
  'error',
  'data-error',
  'validationmessage',
]);

/** Callees whose string arguments are shown as messages: setters, toasts, notifications. */
export const MESSAGE_CALLEE =
  /(^|\.)(set[A-Z]?\w*(Error|Message|Status|Alert|Notice|Toast|Feedback|Warning)\w*|error|warning|warn|alert|toast|notify|notification|showError|showToast|showMessage|showAlert|enqueueSnackbar|addToast|addNotification|message|fail)$/;
const ERROR_CALLEE = /(error|fail|alert|warn)/i;
/** Logging for developers, never shown to people. */
const DEVELOPER_LOG = /^(console|logger|log|Sentry|debug|trace)\./;

/** Class, id or test-id tokens that mark an element as an error message container. */
export const ERROR_CONTAINER_TOKEN = /(^|[\s_-])(error|errors|invalid|danger)([\s_-]|$)/i;

const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'img',
]);
const NOT_PROSE = new Set(['script', 'style', 'template', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'noscript']);

const errorContainers = new WeakMap<UiElement, boolean>();

/**
 * An element that holds an error message. A wrapper that holds form fields (`field--error`,
 * Bootstrap's `has-error`) styles a field group in its error state; it is not a message.
 */
export function isErrorContainer(element: UiElement): boolean {
  let result = errorContainers.get(element);
  if (result === undefined) {
    const marked =
      staticRole(element) === 'alert' ||
      staticValue(getAttribute(element, 'aria-live')) === 'assertive' ||
      ['class', 'id', 'data-testid'].some((name) =>
        ERROR_CONTAINER_TOKEN.test(staticValue(getAttribute(element, name)) ?? ''),
      );
    result = marked && !descendants(element).some(isFormField);
    errorContainers.set(element, result);
  }
  return result;
}

function insideErrorContainer(element: UiElement | undefined): boolean {
  for (let current = element; current; current = current.parent) {
    if (isErrorContainer(current)) return true;
  }
  return false;
}

function insideNonProse(element: UiElement | undefined): boolean {
  for (let current = element; current; current = current.parent) {
    if (NOT_PROSE.has(current.tag)) return true;
  }
  return false;
}

/**
 * Text blocks: the nearest non-inline ancestor of each text node gathers its inline run.
 * `<p>Payment failed. <a href="/help">Get help</a></p>` is one message.
 */
function textBlocks(document: UiDocument): MessageText[] {
  const blocks = new Map<
    UiElement | undefined,
    { parts: string[]; segments: SourceRange[]; start: number; end: number; partial: boolean }
  >();
  const order: Array<UiElement | undefined> = [];
  const visit = (node: UiNode, block: UiElement | undefined): void => {
    if (node.type === 'element' || (node.type === 'text' && !node.text.trim())) return;
    let entry = blocks.get(block);
    if (!entry) {
      entry = { parts: [], segments: [], start: node.range.start, end: node.range.end, partial: false };
      blocks.set(block, entry);
      order.push(block);
    }
    if (node.type === 'text') {
      entry.parts.push(node.text);
      entry.segments.push(node.range);
    } else entry.partial = true;
    entry.start = Math.min(entry.start, node.range.start);
    entry.end = Math.max(entry.end, node.range.end);
  };
  const blockOf = (parent: UiElement | undefined): UiElement | undefined => {
    let current = parent;
    while (current && INLINE.has(current.tag) && current.parent) current = current.parent;
    return current;
  };
  const expressionTexts: UiText[] = [];
  const stack: UiNode[] = [...document.roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      if (NOT_PROSE.has(node.tag)) continue;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
      continue;
    }
    // A string from an expression (`{ok ? "Saved" : "Failed"}`) is one alternative, not part of a run.
    if (node.type === 'text' && node.fromExpression) expressionTexts.push(node);
    else visit(node, blockOf(node.parent));
  }
  const result: MessageText[] = [];
  for (const block of order) {
    const entry = blocks.get(block)!;
    const text = collapseWhitespace(entry.parts.join(' '));
    if (!text) continue;
    result.push({
      text,
      range: { start: entry.start, end: entry.end },
      segments: entry.segments,
      source: 'text',
      element: block,
      errorContext: insideErrorContainer(block),
      partial: entry.partial,
    });
  }
  for (const node of expressionTexts) {
    const text = collapseWhitespace(node.text);
    if (!text) continue;
    const block = blockOf(node.parent);
    result.push({
      text,
      range: node.range,
      segments: [node.range],
      source: 'text',
      element: block,
      errorContext: insideErrorContainer(block),
      partial: false,
    });
  }
  return result;
}

function attributeMessages(document: UiDocument): MessageText[] {
  const result: MessageText[] = [];
  for (const element of document.elements) {
    if (insideNonProse(element)) continue;
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (!MESSAGE_ATTRIBUTES.has(name)) continue;
      const errorContext = ERROR_ATTRIBUTES.has(name) || insideErrorContainer(element);
      if (attribute.kind === 'static' && attribute.value && attribute.valueRange) {
        result.push({
          text: attribute.value,
          range: attribute.valueRange,
          segments: [attribute.valueRange],
          source: 'attribute',
          element,
          via: attribute.name,
          errorContext,
          partial: false,
        });
      } else if (attribute.possibleStrings) {
        for (const part of attribute.possibleStrings) {
          result.push({
            text: part.text,
            range: part.range,
            segments: [part.range],
            source: 'attribute',
            element,
            via: attribute.name,
            errorContext,
            partial: false,
          });
        }
      }
    }
  }
  return result;
}

function callMessages(document: UiDocument): MessageText[] {
  const result: MessageText[] = [];
  for (const call of document.calls) {
    if (!MESSAGE_CALLEE.test(call.callee) || DEVELOPER_LOG.test(call.callee)) continue;
    const partial = call.parts.length > 1 || call.parts.some((part) => part.partOfTemplate);
    for (const part of call.parts) {
      // One lower-case token is a state value (setStatus('error')), not a message.
      if (!part.text.trim() || /^[a-z][\w-]*$/.test(part.text.trim())) continue;
      result.push({
        text: part.text,
        range: part.range,
        segments: [part.range],
        source: 'call',
        via: call.callee,
        errorContext: ERROR_CALLEE.test(call.callee),
        partial,
      });
    }
  }
  return result;
}

const cache = new WeakMap<UiDocument, readonly MessageText[]>();

/** Every message in the document, in source order (computed once per document). */
export function collectMessages(document: UiDocument): readonly MessageText[] {
  let messages = cache.get(document);
  if (!messages) {
    messages = [...textBlocks(document), ...attributeMessages(document), ...callMessages(document)].sort(
      (a, b) => a.range.start - b.range.start,
    );
    cache.set(document, messages);
  }
  return messages;
}

/** Words that mark text as an error message even outside an error container. */
export const ERROR_WORDS =
  /\b(error|errors|fail|failed|failure|wrong|invalid|problem|unable|couldn['’]?t|can['’]?t|oops|whoops|denied|declined|unexpected|incorrect)\b/i;

/** “error rate”, “error messages”: the word names a topic, the text is not an error. */
const ERROR_AS_TOPIC =
  /\berrors?[\s-](messages?|rates?|codes?|handling|recovery|states?|budgets?|logs?|pages?|boundar(y|ies)|tracking|reports?)\b/gi;
/** Labels (headings, table cells, options…) name things; outside an error container they are not messages. */
const LABEL_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'th',
  'td',
  'label',
  'option',
  'summary',
  'legend',
  'caption',
  'dt',
]);

/** Text shown as, or reading like, an error message. */
export function looksLikeError(message: MessageText): boolean {
  if (message.errorContext) return true;
  if (message.source === 'text' && message.element && LABEL_TAGS.has(message.element.tag)) return false;
  return ERROR_WORDS.test(message.text.replace(ERROR_AS_TOPIC, ''));
}

/** Splits a message into normalised sentences (and clauses): ". ! ? : ; ," and line breaks. */
export function messageSentences(text: string): string[] {
  return text
    .split(/[.!?:;,\n\r]+|\s[-–—]\s/)
    .map(normalizePhrase)
    .filter(Boolean);
}

/**
 * A message is vague when every sentence is a vague phrase or a filler and at least one is
 * vague: “Oops! Something went wrong. Please try again.”
 */
export function isVagueMessage(
  text: string,
  extraVague: readonly string[] = [],
  extraFillers: readonly string[] = [],
): boolean {
  const vague =
    extraVague.length === 0 ? DEFAULT_VAGUE : new Set([...DEFAULT_VAGUE, ...extraVague.map(normalizePhrase)]);
  const fillers =
    extraFillers.length === 0 ? DEFAULT_FILLERS : new Set([...DEFAULT_FILLERS, ...extraFillers.map(normalizePhrase)]);
  const sentences = messageSentences(text);
  return (
    sentences.length > 0 &&
    sentences.every((sentence) => vague.has(sentence) || fillers.has(sentence)) &&
    sentences.some((sentence) => vague.has(sentence))
  );
}

const DEFAULT_VAGUE: ReadonlySet<string> = new Set(phrases.vague.map(normalizePhrase));
const DEFAULT_FILLERS: ReadonlySet<string> = new Set(phrases.fillers.map(normalizePhrase));
