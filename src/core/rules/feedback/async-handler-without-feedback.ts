/**
 * JSX click and submit handlers that do asynchronous work (await, fetch, .then, a mutation)
 * but tell the person nothing: no pending, loading or status state set, no toast or message,
 * no navigation. The screen looks the same before, during and after, so people click again or
 * leave. A pending state bound on the element itself (disabled / aria-busy / loading) also
 * counts as feedback. Handlers defined outside the file (props, imports) are trusted.
 */
import { getAttribute } from '../../model.js';
import { givesFeedback, setsPendingState } from '../../handlerSignals.js';
import { defineRule } from '../types.js';

const HANDLERS = ['onClick', 'onSubmit'];
const BOUND_FEEDBACK = [
  'disabled',
  'aria-disabled',
  'aria-busy',
  'loading',
  'isloading',
  'pending',
  'ispending',
  'busy',
  'issubmitting',
];

export default defineRule({
  id: 'feedback/async-handler-without-feedback',
  area: 'feedback',
  lens: 'UX',
  metrics: ['error-rate', 'task-success', 'support-contacts'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-1'],
  languages: ['jsx'],
  help: 'Show progress while the action runs, and its result when it ends',
  why: 'When nothing changes after a click, people click again or leave, not knowing whether it worked.',
  defaultOptions: {},
  check(context) {
    for (const element of context.document.elements) {
      for (const name of HANDLERS) {
        const attribute = getAttribute(element, name);
        const handler = attribute?.handler;
        if (!attribute || !handler || !handler.resolved || !handler.doesAsyncWork) continue;
        context.examined(element);
        if (setsPendingState(handler.calls) || givesFeedback(handler.calls)) continue;
        if (element.hasSpread || BOUND_FEEDBACK.some((bound) => getAttribute(element, bound) !== undefined)) continue;
        context.report({
          range: attribute.nameRange,
          detail: `${handler.name ? `${handler.name} ` : 'the handler '}waits for work but sets no pending, status or message state`,
        });
      }
    }
  },
});
