/**
 * A place that shows the result of an action, but silently: an element named for it (`id` or
 * `class` says result, output, message, status, feedback, notice, response), or in JSX an
 * element that renders the message a handler sets after asynchronous work (`setMessage(…)` →
 * `{message}`), on a page or component with a script-driven form or action, and no live region
 * anywhere (`role="status"`, `role="alert"`, `aria-live`, `<output>`), no toast or notification
 * call and no toaster component. Screen-reader users never hear “Saved” or “3 results”, and
 * sighted people may miss a change far from the button. The fix is one attribute on that
 * element: `role="status"`.
 *
 * Left alone: pages and components that do not show where the result goes. A React app usually
 * announces results from its shell (a toaster, a notifier hook) or the next page, which one
 * component file cannot see, and a form's result may be the page it loads, a closed dialog, a
 * sound or a scroll. Before, the rule reported every such file; on real code none of those
 * findings was worth fixing. Error containers are errors/not-announced's to report, and lists of
 * results (a search result list) should not be read out whole, so they are left alone too.
 */
import { ERROR_CONTAINER_TOKEN } from '../shared/messageTexts.js';
import { getAttribute, type MarkupKind, type UiDocument, type UiElement } from '../../model.js';
import { STATUS_COMPONENT, messageStateNames, notifies } from '../shared/handlerSignals.js';
import {
  INTERACTIVE_ROLES,
  INTERACTIVE_TAGS,
  descendants,
  isAriaHidden,
  isFormField,
  isLiveRegion,
  staticValue,
  textContent,
} from '../shared/elementMeaning.js';
import { defineRule, type Fix } from '../types.js';

/** Words in an id or class that name a place where a result is written. */
const RESULT_WORDS = new Set([
  'result',
  'results',
  'output',
  'message',
  'msg',
  'status',
  'feedback',
  'notice',
  'response',
]);
/** Elements a short result can be written into. */
const TEXT_SPOTS = new Set([
  'p',
  'div',
  'span',
  'pre',
  'strong',
  'em',
  'b',
  'small',
  'section',
  'output',
  'code',
  'samp',
]);
/** Structure that makes an element a whole view (a list of results), not a line of status. */
const STRUCTURE = new Set(['ul', 'ol', 'table', 'form', 'dl', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Longer fixed text than this is prose, not a place a result is written into. */
const MAX_PLACEHOLDER_TEXT = 60;

export default defineRule({
  id: 'feedback/missing-status-region',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['nielsen-1', 'wcag2aa', 'wcag413'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 9 findings on the corpus (bench/README.md), 6 kept (67%, under the 70% a recommended rule needs): the rest were a status badge showing data (“Published”) and statuses announced by the app shell.
  recommended: false,
  help: 'Announce the result where it appears: add role="status" to that element',
  why: 'People who cannot see the change, or are looking elsewhere, never learn whether their action worked.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const trigger = document.elements.find((element) => isScriptDrivenAction(element, document));
    if (!trigger) return;
    context.examined(trigger); // one opportunity per file that acts, as a page announces once
    if (document.elements.some(isLiveRegion)) return;
    if (document.calls.some((call) => notifies(call.callee))) return;
    if (
      document.elements.some(
        (element) => element.isComponent && !element.isMapped && STATUS_COMPONENT.test(element.name),
      )
    )
      return;
    const stateNames = messageStatesSetByAsyncWork(document);
    // Alternatives of one status (“Saving…” / “Saved” / “Failed”) are one place: reported once.
    const byPlace = new Map<string, UiElement[]>();
    for (const spot of document.elements) {
      if (!isResultSpot(spot, stateNames)) continue;
      const place = describe(spot);
      byPlace.set(place, [...(byPlace.get(place) ?? []), spot]);
    }
    let reported = 0;
    for (const [place, spots] of byPlace) {
      const [first, ...others] = spots as [UiElement, ...UiElement[]];
      if (reported++ > 0) context.examined(first);
      // A region announces changes to its content; one that appears with its text may be missed.
      const swapped = others.length > 0 || first.conditional;
      context.report({
        range: first.nameRange,
        detail: swapped
          ? `${place} shows the result, but screen readers are not told when it changes: keep one element with role="status" on the page and change its text`
          : `${place} shows the result, but screen readers are not told when it changes`,
        fix: swapped ? undefined : roleStatusFix(first),
        related: others.map((other) => ({ message: 'the same status, another state', range: other.nameRange })),
      });
    }
  },
});

/** A form handled by script, or (JSX) a click / submit handler that does asynchronous work. */
function isScriptDrivenAction(element: UiElement, document: UiDocument): boolean {
  if (element.tag === 'form' && !element.isComponent)
    return !navigates(element) && submitsSomething(element, document.kind);
  return [getAttribute(element, 'onClick'), getAttribute(element, 'onSubmit')].some(
    (attribute) => attribute?.handler?.doesAsyncWork === true,
  );
}

/**
 * A form posting to a URL (or to its own page) loads a new page, which shows the result; a
 * dialog form closes its dialog. Script-driven forms do neither.
 */
function navigates(form: UiElement): boolean {
  const action = getAttribute(form, 'action');
  const method = staticValue(getAttribute(form, 'method'))?.toLowerCase();
  if (method === 'dialog') return true;
  if (getAttribute(form, 'data-remote') !== undefined) return false;
  return (action !== undefined && action.kind === 'static' && (action.value ?? '').trim() !== '') || method === 'post';
}

/** JSX forms whose submit handler only stops the event (filters, layout) submit nothing. */
function submitsSomething(form: UiElement, kind: MarkupKind): boolean {
  if (kind === 'html' || getAttribute(form, 'action')) return true;
  const handler = getAttribute(form, 'onSubmit')?.handler;
  return (
    handler === undefined ||
    !handler.resolved ||
    handler.doesAsyncWork ||
    handler.calls.some((call) => !/(^|\.)(preventDefault|stopPropagation)$/.test(call.callee))
  );
}

/** `setMessage(…)` / `setResult(…)` in handlers that wait for work: the file shows `{message}`. */
function messageStatesSetByAsyncWork(document: UiDocument): Set<string> {
  const names = new Set<string>();
  if (document.kind !== 'jsx') return names;
  for (const element of document.elements) {
    for (const attribute of element.attributes) {
      const handler = attribute.handler;
      if (!handler?.resolved || !handler.doesAsyncWork) continue;
      for (const name of messageStateNames(handler.calls)) {
        if (!ERROR_CONTAINER_TOKEN.test(` ${name.replace(/([a-z])([A-Z])/g, '$1 $2')} `)) names.add(name);
      }
    }
  }
  return names;
}

function isResultSpot(element: UiElement, stateNames: ReadonlySet<string>): boolean {
  if (element.isComponent || !TEXT_SPOTS.has(element.tag) || element.repeated) return false;
  if (!namedForResults(element) && !rendersState(element, stateNames)) return false;
  if (isErrorStyled(element) || isAriaHidden(element) || announcedAnyway(element)) return false;
  if (INTERACTIVE_ROLES.has(staticValue(getAttribute(element, 'role'))?.toLowerCase() ?? '')) return false;
  const inner = descendants(element);
  if (
    inner.some(
      (node) =>
        INTERACTIVE_TAGS.has(node.tag) ||
        isFormField(node) ||
        STRUCTURE.has(node.tag) ||
        namedForResults(node) ||
        node.repeated,
    )
  )
    return false;
  const text = textContent(element);
  return !text.known || text.text.length <= MAX_PLACEHOLDER_TEXT;
}

function namedForResults(element: UiElement): boolean {
  return ['id', 'class'].some((name) =>
    wordsOf(staticValue(getAttribute(element, name)) ?? '').some((word) => RESULT_WORDS.has(word)),
  );
}

/** `resultText`, `pub-msg`, `result1` → result, text / pub, msg / result. */
function wordsOf(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

function rendersState(element: UiElement, stateNames: ReadonlySet<string>): boolean {
  if (stateNames.size === 0) return false;
  return element.children.some(
    (child) =>
      child.type === 'dynamic' &&
      [...stateNames].some((name) => new RegExp(`(^|[^\\w.$])${name}\\b`).test(child.expression)),
  );
}

function isErrorStyled(element: UiElement): boolean {
  return ['class', 'id', 'data-testid'].some((name) =>
    ERROR_CONTAINER_TOKEN.test(staticValue(getAttribute(element, name)) ?? ''),
  );
}

/**
 * In a live region, in a component that announces (`<Alert>`, `<StatusMessage>`), or inside a
 * control (a loading button's own “Working…” label is read with the button).
 */
function announcedAnyway(element: UiElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    if (isLiveRegion(current) || (current.isComponent && !current.isMapped && STATUS_COMPONENT.test(current.name)))
      return true;
    if (INTERACTIVE_TAGS.has(current.tag)) return true; // part of a control's name, read with it
  }
  return false;
}

function describe(element: UiElement): string {
  const id = staticValue(getAttribute(element, 'id'));
  if (id) return `<${element.name} id="${id}">`;
  const className = staticValue(getAttribute(element, 'class'));
  if (className) return `<${element.name} ${getAttribute(element, 'class')!.name}="${className.slice(0, 30)}">`;
  return `<${element.name}>`;
}

/** The same markup works in HTML and JSX: role="status" is polite and atomic. */
function roleStatusFix(spot: UiElement): Fix {
  const at = spot.nameRange.end;
  return {
    title: 'Add role="status" so the result is announced',
    edits: [{ range: { start: at, end: at }, newText: ' role="status"' }],
    safe: false,
  };
}
