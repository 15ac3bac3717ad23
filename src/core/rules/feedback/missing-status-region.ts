/**
 * A page or component with script-driven forms or asynchronous actions needs somewhere to
 * announce results (a form that posts to a URL loads a new page, which is its own announcement):
 * `role="status"`, `role="alert"`, `aria-live`, `<output>`, or (JSX) a toast or notification
 * call, which design systems render into a live region. Without one, screen-reader users never
 * hear “Saved” or “Payment failed”, and sighted people may miss a change far from the button.
 * Reported once per file, on the first form or async control.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { isLiveRegion } from '../../semantics.js';
import { defineRule, type Fix } from '../types.js';

const NOTIFY_CALLEE =
  /(^|\.)(toast|notify|notification|enqueueSnackbar|addToast|addNotification|message|announce|showToast|showNotification)(\.\w+)?$/;

export default defineRule({
  id: 'feedback/missing-status-region',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['nielsen-1', 'wcag2aa', 'wcag413'],
  languages: ['html', 'jsx'],
  help: 'Add a status region that announces the result of the action',
  why: 'People who cannot see the change, or are looking elsewhere, never learn whether their action worked.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const trigger = document.elements.find(
      (element) =>
        (element.tag === 'form' &&
          !element.isComponent &&
          !navigates(element) &&
          submitsSomething(element, document.kind)) ||
        [getAttribute(element, 'onClick'), getAttribute(element, 'onSubmit')].some(
          (attribute) => attribute?.handler?.doesAsyncWork,
        ),
    );
    if (!trigger) return;
    context.examined(trigger);
    if (document.elements.some(isLiveRegion)) return;
    if (document.calls.some((call) => NOTIFY_CALLEE.test(call.callee))) return;
    if (
      document.elements.some(
        (element) =>
          element.isComponent &&
          !element.isMapped &&
          /toast|snackbar|notification|alert|status|flash|announcer/i.test(element.name),
      )
    )
      return;
    context.report({
      range: trigger.nameRange,
      detail:
        trigger.tag === 'form'
          ? 'this form has nowhere to announce its result'
          : 'this action has nowhere to announce its result',
      fix: statusRegionFix(trigger),
    });
  },
});

/** A form posting to a URL loads a new page, which shows the result; script-driven forms do not. */
function navigates(form: UiElement): boolean {
  const action = getAttribute(form, 'action');
  return (
    action !== undefined &&
    action.kind === 'static' &&
    (action.value ?? '').trim() !== '' &&
    getAttribute(form, 'data-remote') === undefined
  );
}

/** JSX forms whose submit handler only stops the event (filters, layout) submit nothing. */
function submitsSomething(form: UiElement, kind: 'html' | 'jsx'): boolean {
  if (kind === 'html' || getAttribute(form, 'action')) return true;
  const handler = getAttribute(form, 'onSubmit')?.handler;
  return (
    handler === undefined ||
    !handler.resolved ||
    handler.doesAsyncWork ||
    handler.calls.some((call) => !STOP_EVENT.test(call.callee))
  );
}

const STOP_EVENT = /(^|\.)(preventDefault|stopPropagation)$/;

/** The same markup works in HTML and JSX: an empty polite region at the top of the form. */
function statusRegionFix(trigger: UiElement): Fix | undefined {
  if (trigger.tag !== 'form' || !trigger.contentRange) return undefined;
  const at = trigger.contentRange.start;
  const region = '<p role="status" aria-live="polite"></p>';
  return {
    title: 'Add an empty status region to this form',
    edits: [{ range: { start: at, end: at }, newText: `\n${region}` }],
    safe: false,
  };
}
