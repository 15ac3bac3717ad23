/**
 * Where message text lives in a UI, for the error-message and wording rules: text blocks
 * (an element's own run of text and inline elements), attributes and props that carry
 * messages (`title`, `aria-label`, `errorMessage`, `helperText`, `error`, `message`…), and in
 * JSX files string literals and template literal parts passed to error setters and toasts
 * (`setError("…")`, `toast.error("…")`).
 *
 * Not messages: developer logs and warnings (`console.warn`, `Logger.error`, `warning(…)`,
 * `invariant(…)`); thrown errors are not calls and never reach here. Template syntax in the
 * text (`{{ name }}`, `{% if %}`, `<% %>`, `${…}`) is a run-time value, not prose: it is masked
 * out and makes the message partial.
 */
import { maskTemplates } from '../../templates.js';
import {
  getAttribute,
  type CatalogMessage,
  type MessageCall,
  type SourceRange,
  type StringPart,
  type UiDocument,
  type UiElement,
  type UiNode,
  type UiText,
} from '../../model.js';
import phrases from '../../data/error-phrases.json';
import { normalizePhrase } from './wordLists.js';
import {
  collapseWhitespace,
  containsFormField,
  nearestSelfOrAncestor,
  staticRole,
  staticValue,
} from './elementMeaning.js';

export type MessageSource = 'text' | 'attribute' | 'call' | 'catalog';

export interface MessageText {
  readonly text: string;
  /** Where the message is: text block, attribute value, string literal, or catalog message. */
  readonly range: SourceRange;
  /** The exact source ranges of the text itself (a text block's text nodes, without the markup between). */
  readonly segments: readonly SourceRange[];
  readonly source: MessageSource;
  /** The element holding the text or attribute; undefined for calls and catalog messages. */
  readonly element?: UiElement;
  /** Attribute name, callee or catalog key, for details in findings. */
  readonly via?: string;
  /** Shown as an error: error container, error prop, error setter or toast. */
  readonly errorContext: boolean;
  /** Some of the message is only known at run time (`{count}` items failed). */
  readonly partial: boolean;
  /**
   * A catalog message that names something rather than says something: one word, or a title,
   * badge, status, column or button by its key or translator's note (catalogMessages).
   */
  readonly label?: boolean;
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
/**
 * Callees that show their text as an error (`setError`, `toast.error`, `notification.error`,
 * `showError`, `fail`). Generic ones (`alert`, `toast`, `message`, `notification.warning`,
 * `setStatus`) show any kind of message: their text is an error only when it reads as one.
 */
const ERROR_CALLEE = /(error|fail|danger)\w*$/i;
/**
 * Developer-facing calls, never shown to people: loggers and error trackers
 * (`console.warn`, `Logger.error`, `this.logger.info`, `Sentry.captureMessage`), and
 * development warnings and assertions called by bare name (`warning(cond, "…")`, `invariant`).
 */
const DEVELOPER_CALL =
  /^(console|logger|log|sentry|bugsnag|rollbar|datadog|newrelic|debug|trace)\.|(^|\.)(logger|log)\.|(^|\.)(capture(Exception|Message)|log(Error|Warning|Warn|Info|Debug)?|report(Error|Exception))$|^(warning|warn|invariant|assert|deprecate|debug|trace)$/i;

/** True for developer logs, warnings and assertions: their text is never shown to people. */
export function isDeveloperCall(callee: string): boolean {
  return DEVELOPER_CALL.test(callee);
}

/** Message text without template syntax, and whether any was there; `undefined` when no words are left. */
function proseOf(text: string): { text: string; templated: boolean } | undefined {
  const masked = maskTemplates(text);
  const prose = masked === text ? text : collapseWhitespace(masked);
  if (!/[\p{L}\p{N}]/u.test(prose)) return undefined;
  return { text: prose, templated: masked !== text };
}

/** Class, id or test-id tokens that mark an element as an error message container. */
export const ERROR_CONTAINER_TOKEN = /(^|[\s_-])(error|errors|invalid|danger)([\s_-]|$)/i;

const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
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
/** Translation components render their text in place: `<p><Trans>Saved</Trans></p>` is one block. */
const TRANSLATION_COMPONENT = /^(Trans|Translate|Translation|FormattedMessage|FormattedHTMLMessage|Localized|T)$/;

function isInline(element: UiElement): boolean {
  return INLINE.has(element.tag) || (element.isComponent && TRANSLATION_COMPONENT.test(element.tag));
}
/**
 * Text inside these is code, data or a field's value, not prose people read as the page's words.
 * A `<template>`'s content is prose: a script shows copies of it (parse/html.ts).
 */
const NOT_PROSE = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'noscript', 'textarea']);

const errorContainers = new WeakMap<UiElement, boolean>();

/** A button or link: `class="danger"` on one styles a destructive action, not a message. */
const ACTION_COMPONENT = /(^|\.)(\w*Button|\w*Link)$/;

/**
 * An element that holds an error message. A wrapper that holds form fields (`field--error`,
 * Bootstrap's `has-error`) styles a field group in its error state; it is not a message, and
 * neither is a button or link styled as dangerous (`<button class="danger">Empty trash`).
 */
export function isErrorContainer(element: UiElement): boolean {
  let result = errorContainers.get(element);
  if (result === undefined) {
    const action = element.tag === 'button' || element.tag === 'a' || ACTION_COMPONENT.test(element.tag);
    const marked =
      !action &&
      (staticRole(element) === 'alert' ||
        staticValue(getAttribute(element, 'aria-live')) === 'assertive' ||
        ['class', 'id', 'data-testid'].some((name) =>
          ERROR_CONTAINER_TOKEN.test(staticValue(getAttribute(element, name)) ?? ''),
        ));
    result = marked && !containsFormField(element);
    errorContainers.set(element, result);
  }
  return result;
}

// Asked of every text block and element: remembered per element (see nearestSelfOrAncestor).
const errorContainerFrom = nearestSelfOrAncestor(isErrorContainer);
const nonProseFrom = nearestSelfOrAncestor((element) => NOT_PROSE.has(element.tag));
/** The block a text run belongs to: the nearest element that is not inline, or the outermost. */
const blockFrom = nearestSelfOrAncestor((element) => !isInline(element) || !element.parent);

/** The error container a message sits in (`<div class="error-panel">`), if any. */
export function errorContainerOf(element: UiElement | undefined): UiElement | undefined {
  return errorContainerFrom(element);
}

function insideErrorContainer(element: UiElement | undefined): boolean {
  return errorContainerFrom(element) !== undefined;
}

function insideNonProse(element: UiElement | undefined): boolean {
  return nonProseFrom(element) !== undefined;
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
    // A message written in a catalog is judged there, once (its words here are only the element's).
    if (node.type === 'text' && !node.resolvedFrom) {
      entry.parts.push(node.text);
      entry.segments.push(...(node.segments ?? [node.range]));
    } else entry.partial = true;
    entry.start = Math.min(entry.start, node.range.start);
    entry.end = Math.max(entry.end, node.range.end);
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
    if (node.type === 'text' && node.fromExpression) {
      if (!node.resolvedFrom) expressionTexts.push(node);
    } else visit(node, blockFrom(node.parent));
  }
  const result: MessageText[] = [];
  for (const block of order) {
    const entry = blocks.get(block)!;
    const prose = proseOf(collapseWhitespace(entry.parts.join(' ')));
    if (!prose) continue;
    result.push({
      text: prose.text,
      range: { start: entry.start, end: entry.end },
      segments: entry.segments,
      source: 'text',
      element: block,
      errorContext: insideErrorContainer(block),
      partial: entry.partial || prose.templated,
    });
  }
  for (const node of expressionTexts) {
    const prose = proseOf(collapseWhitespace(node.text));
    if (!prose) continue;
    const block = blockFrom(node.parent);
    result.push({
      text: prose.text,
      range: node.range,
      segments: node.segments ?? [node.range],
      source: 'text',
      element: block,
      errorContext: insideErrorContainer(block),
      partial: prose.templated,
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
      // A translation component's description is a note for translators, never shown.
      if (name === 'description' && element.isComponent && TRANSLATION_COMPONENT.test(element.tag)) continue;
      const errorContext = ERROR_ATTRIBUTES.has(name) || insideErrorContainer(element);
      // The value written, or each string a JSX expression may give (`error ? "…" : "…"`).
      const parts =
        attribute.kind === 'static' && attribute.value && attribute.valueRange
          ? [{ text: attribute.value, range: attribute.valueRange, partOfTemplate: false }]
          : (attribute.possibleStrings ?? []);
      for (const part of parts) {
        if ('resolvedFrom' in part && part.resolvedFrom) continue;
        const prose = proseOf(part.text);
        if (!prose) continue;
        result.push({
          text: prose.text,
          range: part.range,
          segments: part.segments ?? [part.range],
          source: 'attribute',
          element,
          via: attribute.name,
          errorContext,
          partial: prose.templated || Boolean(part.partOfTemplate),
        });
      }
    }
  }
  return result;
}

function callMessages(document: UiDocument): MessageText[] {
  const result: MessageText[] = [];
  for (const call of document.calls) {
    if (!MESSAGE_CALLEE.test(call.callee) || isDeveloperCall(call.callee)) continue;
    const partial = call.parts.length > 1 || call.parts.some((part) => part.partOfTemplate);
    const errorCallee = ERROR_CALLEE.test(call.callee);
    for (const part of call.parts) {
      // One lower-case token is a state value (setStatus('error')), not a message.
      if (!part.text.trim() || /^[a-z][\w-]*$/.test(part.text.trim()) || part.resolvedFrom) continue;
      const prose = proseOf(part.text);
      if (!prose) continue;
      result.push({
        text: prose.text,
        range: part.range,
        segments: part.segments ?? [part.range],
        source: 'call',
        via: call.callee,
        // alert("Copied"), toast("Saved"): a generic callee shows an error only when the text reads as one.
        errorContext: errorCallee || (ERROR_WORDS.test(prose.text) && !isEmptyState(prose.text)),
        // “Connection test failed:” leads in to a value passed next (`, response.message`).
        partial: partial || prose.templated || /:\s*$/.test(prose.text) || titlesABody(document.text, call, part),
      });
    }
  }
  return result;
}

/**
 * The string is the call's first argument and a body follows it (`Alert.alert("Error",
 * error.message)`, `showAlert("Upload failed", reason)`): a title over the message, whose body
 * may say what happened. An options object after it (`toast("Failed", { duration })`) is no body.
 */
function titlesABody(text: string, call: MessageCall, part: StringPart): boolean {
  const before = text.slice(call.range.start, part.range.start);
  if (!/^(?:new\s+)?[\w$.]+\s*\(\s*["'`]$/.test(before)) return false;
  return /^["'`]\s*,\s*(?![\s{)])/.test(text.slice(part.range.end, call.range.end));
}

/**
 * A catalog key that says its message is an error: the message's own name (`uploadFailed`,
 * `invalidEmail`) or its group's (`errors.network`, `loginErrorMessages.locked`). Not “problem”:
 * on real apps it names a feature as often as a failure (“app problems”, “problemMessages”).
 */
const ERROR_KEY = /(error|fail|invalid|denied)/i;
/** The last words of keys that name a thing on screen: a title, a button, a column. */
const NAMED_THINGS = 'title|label|header|heading|button|btn|tooltip|placeholder|link|tab|column|menu';
/** A key naming a label, not a message (`errorPageTitle`, `retryButton`, `errorsColumn`). */
const LABEL_KEY = new RegExp(`(${NAMED_THINGS}|description|hint|action)s?$`, 'i');
/** A key naming what shows beside a message (`errorTitle`, `statusBadge`); not `…Description`, a message's body. */
const NAMING_KEY = new RegExp(`(${NAMED_THINGS}|badge|status)s?$`, 'i');
/** A translator's note that says what the message is: “error message”, “Error shown when…”. */
const ERROR_NOTE = /\berror (message|text|notification|toast|alert|banner|shown|displayed)\b|^error\b/i;
/**
 * A translator's note that says the message names something shown beside the message proper:
 * “toast title when save fails”, “Refund status failure”, “Badge shown when…”, “aria-label for
 * the error icon”. Not “description” or “helper text”: those name a message's body.
 */
const LABEL_NOTE =
  /\b(title|heading|header|label|badge|status|column|tooltip|button|link|tab|menu item|option|placeholder)s?\b/i;

function isErrorKey(message: CatalogMessage): boolean {
  const name = message.key.split('.').pop()!;
  if (LABEL_KEY.test(name)) return false;
  return ERROR_KEY.test(message.key) || ERROR_NOTE.test(message.description ?? '');
}

/** A message that names something (a title over a body, a status, a column, an icon): see LABEL_NOTE. */
function isLabelMessage(message: CatalogMessage, words: string): boolean {
  if (!/\s/.test(words.trim())) return true; // “Error”, “Failed”: a status or a title, never the whole message
  return NAMING_KEY.test(message.key.split('.').pop()!) || LABEL_NOTE.test(message.description ?? '');
}

/**
 * Messages written for translation (catalogs, `defineMessages`, `t("…")` outside JSX): one
 * message a variant (plural or select branch). A message also passed straight to a message
 * callee (`toast.error(t("Could not save"))`) is that call's message instead, with its context.
 */
function catalogMessages(document: UiDocument, taken: ReadonlySet<number>): MessageText[] {
  const result: MessageText[] = [];
  for (const message of document.catalog ?? []) {
    if (taken.has(message.range.start)) continue;
    const errorKey = isErrorKey(message);
    for (const segments of message.variants) {
      const words = segments.map((segment) => document.text.slice(segment.start, segment.end)).join(' ');
      const prose = proseOf(collapseWhitespace(words));
      if (!prose) continue;
      result.push({
        text: prose.text,
        range: message.range,
        segments,
        source: 'catalog',
        via: message.key,
        // Its words alone can still make it read as one (looksLikeError).
        errorContext: errorKey,
        partial: message.hasArguments || prose.templated,
        label: isLabelMessage(message, prose.text),
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
    const calls = callMessages(document);
    const taken = new Set(calls.map((message) => message.range.start));
    messages = [
      ...textBlocks(document),
      ...attributeMessages(document),
      ...calls,
      ...catalogMessages(document, taken),
    ].sort((a, b) => a.range.start - b.range.start);
    cache.set(document, messages);
  }
  return messages;
}

/**
 * A message that reports a failure: it opens with one (“Sorry”, “Couldn't…”, “Unable to…”,
 * “Invalid…”, “Something went wrong”, “There was a problem…”) or ends with one (“Export failed”).
 */
const FAILURE_REPORT =
  /^(sorry|oops|whoops|uh[- ]oh|errors?\b|fail(ed|ure)?\b|could ?n['’]?t|could not|can['’]?t|cannot|unable to|invalid|incorrect|something went wrong|there (was|is|has been) (a|an) (\w+ )?(error|problem)|we (could ?n['’]?t|could not|can['’]?t|cannot|were unable|are unable)|an? (\w+ )?(error|problem) (occurred|happened))|\b(failed|failure|error)[.!]?$/i;

/** Text about a message rather than one: “Sent when a CSV export fails”, “Shown if the upload failed”. */
const SAYS_WHEN = /^\w+ (when|if|whenever|once|after)\b/i;

/** Words that mark text as an error message even outside an error container. */
export const ERROR_WORDS =
  /\b(error|errors|fail|failed|failure|wrong|invalid|problem|unable|couldn['’]?t|can['’]?t|oops|whoops|denied|declined|unexpected|incorrect)\b/i;

/** “error rate”, “error messages”, “Error ID”: the word names a topic or a field, the text is not an error. */
const ERROR_AS_TOPIC =
  /\berrors?[\s-](messages?|rates?|codes?|ids?|numbers?|details|types?|handling|recovery|states?|budgets?|logs?|pages?|boundar(y|ies)|tracking|reports?)\b/gi;

/**
 * An empty state (“Sorry, we couldn't find anything”, “No results”): a search or a list with
 * nothing in it yet, not a failure.
 */
const EMPTY_STATE =
  /\b(no (results?|matches|items|entries|records)( found)?|nothing (found|matches|to show|here)|(could ?n['’]?t|could not|can['’]?t|cannot) find (anything|any (results?|matches|items)))\b/i;

export function isEmptyState(text: string): boolean {
  return EMPTY_STATE.test(text);
}

/**
 * Components whose text names something (a heading, a button, a tab, a label) rather than
 * tells people something: `<Heading>Loading failed</Heading>`, `<Button>Show errors</Button>`.
 */
const LABEL_COMPONENT =
  /(^|\.)(H[1-6]|Heading|Title|Subtitle|Label|\w+Label|Button|\w+Button|Link|NavLink|Tab|MenuItem|Option|Switch|Checkbox|Radio|Toggle|Tooltip|Badge|Chip|Tag|Legend|Caption|TableCell|TableHeader)$/;
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
  'title',
  'button',
]);

/** A heading, button, table cell, option or page title: its text names something. */
function isLabel(element: UiElement): boolean {
  if (LABEL_TAGS.has(element.tag)) return true;
  // `<ErrorLabel>`, `<AlertTitle>`: named for the message they show.
  return (
    element.isComponent &&
    !element.isMapped &&
    LABEL_COMPONENT.test(element.tag) &&
    !/Error|Alert|Warning|Message|Notice|Invalid/.test(element.tag)
  );
}

/**
 * Text that mentions a failure without being a message about one: a question (“Right or
 * wrong?”), a conditional explanation (“If the password does not match, decryption fails”), or
 * a paragraph of prose (error messages are short).
 */
const EXPLANATION = /^(if|when|whenever|in case|unless)\b/i;
const PROSE_WORDS = 20;

function readsAsProse(text: string): boolean {
  const trimmed = text.trim();
  if (/^[^.!?]*\?$/.test(trimmed) || EXPLANATION.test(trimmed)) return true;
  return trimmed.split(/\s+/).length > PROSE_WORDS;
}

/**
 * Text shown as, or reading like, an error message. Outside an error container, error prop,
 * error setter or toast, the text needs an error word and must not be a label (heading,
 * button, table cell), an empty state (“No results”), a question or an explanation.
 */
export function looksLikeError(message: MessageText): boolean {
  // A catalog string is seen without its screen: it is an error message when its name or note
  // says so, or when it reports a failure (“Couldn't save the voucher”, “Export failed”), not
  // when a failure word turns up in help text (“It can't be changed later”).
  if (message.source === 'catalog') {
    const text = message.text.trim();
    if (message.label || readsAsProse(text) || SAYS_WHEN.test(text)) return false;
    return message.errorContext || FAILURE_REPORT.test(text);
  }
  if (message.errorContext) return true;
  if (message.source === 'text' && message.element && isLabel(message.element)) return false;
  if (isEmptyState(message.text) || readsAsProse(message.text)) return false;
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
