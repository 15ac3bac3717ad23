/**
 * JSX click and submit handlers on native elements (`<button>`, `<form>`, or a component mapped
 * to one) that do asynchronous work (await, fetch, .then, a mutation) but tell the person
 * nothing: no pending, loading or status state set, no toast or message, no navigation, and no
 * pending state bound on the element (disabled / aria-busy / loading) or, for a form, on a
 * control inside it. The screen looks the same before, during and after, so people click again
 * or leave.
 *
 * Left alone, because the feedback is given where this file cannot see it: handlers passed to
 * unmapped components (a loading button or confirmation dialog awaits the promise it gets back
 * and shows progress itself), handlers defined outside the file, work handed to a callback from
 * props (`await onSave()`: the parent reports the result), and forms whose content comes from
 * components or expressions.
 */
import { getAttribute, type HandlerSummary, type UiElement } from '../../model.js';
import { givesFeedback, setsPendingState, showsPendingState } from '../shared/handlerSignals.js';
import { descendants } from '../shared/elementMeaning.js';
import { defineRule } from '../types.js';

const HANDLERS = ['onClick', 'onSubmit'];
/** A callback received from props: `onSave(…)`, `props.onSubmit(…)`, `this.props.save(…)`. */
const PROP_CALLBACK = /^(on[A-Z]\w*|(this\.)?props\.\w+)$/;

export default defineRule({
  id: 'feedback/async-handler-without-feedback',
  area: 'feedback',
  lens: 'UX',
  metrics: ['error-rate', 'task-success', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-1'],
  languages: ['jsx'],
  // No true positive on real code (four open-source apps): their feedback lives in hooks,
  // services and component libraries this file cannot see. Opt-in until it earns its place.
  recommended: false,
  help: 'Show progress while the action runs, and its result when it ends',
  why: 'When nothing changes after a click, people click again or leave, not knowing whether it worked.',
  defaultOptions: {},
  check(context) {
    for (const element of context.document.elements) {
      // A component that receives the handler can await it and show progress itself.
      if (element.isComponent && !element.isMapped) continue;
      for (const name of HANDLERS) {
        const attribute = getAttribute(element, name);
        const handler = attribute?.handler;
        if (!attribute || !handler || !handler.resolved || !handler.doesAsyncWork) continue;
        context.examined(element);
        if (setsPendingState(handler.calls) || givesFeedback(handler.calls) || handsWorkToParent(handler)) continue;
        if (element.hasSpread || showsPendingState(element)) continue;
        if (element.tag === 'form' && formShowsProgressOrHidesIt(element)) continue;
        context.report({
          range: attribute.nameRange,
          detail: `${handler.name ? `${handler.name} ` : 'the handler '}waits for work but sets no pending, status or message state`,
        });
      }
    }
  },
});

/** `await onSave(values)`: the parent that passed the callback reports the result. */
function handsWorkToParent(handler: HandlerSummary): boolean {
  return handler.calls.some((call) => PROP_CALLBACK.test(call.callee));
}

/**
 * A control inside the form shows the pending state (`<button disabled={saving}>`,
 * `<Savebar state={…}>`), or part of the form is rendered by components or expressions we
 * cannot see (the submit button among them).
 */
function formShowsProgressOrHidesIt(form: UiElement): boolean {
  return [form, ...descendants(form)].some(
    (inner) =>
      (inner !== form && showsPendingState(inner)) ||
      (inner.isComponent && !inner.isMapped) ||
      inner.hasSpread ||
      inner.children.some((child) => child.type === 'dynamic' && RENDERED_ELSEWHERE.test(child.expression)),
  );
}

/** `{children}`, `{children(props)}`, `{renderActions()}`: markup from elsewhere. */
const RENDERED_ELSEWHERE = /\bchildren\b|\brender\w*\s*\(/;
