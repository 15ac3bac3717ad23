/**
 * A disabled action with nothing that says why: no `aria-describedby`, no `title`, and no
 * other text in its group (a hint like “Fill in every field to continue”). People are left
 * guessing what they must do to go on. Buttons disabled only while work runs
 * (`disabled={isSaving}`) are fine: the pending state is the reason, and the label usually
 * says so.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { accessibleName, elementsById, isButtonLike, staticValue, textContent } from '../../semantics.js';
import { defineRule } from '../types.js';

const PENDING_EXPRESSION =
  /pending|loading|submitting|saving|sending|paying|busy|processing|inflight|inprogress|working|uploading|deleting/i;

export default defineRule({
  id: 'feedback/disabled-without-reason',
  area: 'feedback',
  lens: 'UX',
  metrics: ['time-on-task', 'abandonment'],
  severity: 'info',
  impact: 'minor',
  tags: ['nielsen-1', 'nielsen-9'],
  languages: ['html', 'jsx'],
  help: 'Say why the action is not available, next to it or in aria-describedby',
  why: 'A greyed-out button with no reason leaves people guessing what they did wrong, and some give up.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isButtonLike(element)) continue;
      const disabled = getAttribute(element, 'disabled') ?? getAttribute(element, 'aria-disabled');
      if (!disabled || staticValue(disabled) === 'false') continue;
      if (disabled.kind === 'dynamic' && PENDING_EXPRESSION.test(disabled.expression ?? '')) continue;
      context.examined(element);
      if (element.hasSpread || getAttribute(element, 'aria-describedby') || getAttribute(element, 'title')) continue;
      if (hasHintNearby(element)) continue;
      const name = accessibleName(element, ids);
      context.report({
        range: disabled.range,
        detail: name.text ? `“${name.text}” is disabled with no reason given` : undefined,
      });
    }
  },
});

/** Text in the button's group other than the button itself: a hint people can read. */
function hasHintNearby(element: UiElement): boolean {
  const group = element.parent;
  if (!group) return false;
  for (const sibling of group.children) {
    if (sibling === element) continue;
    if (sibling.type === 'dynamic') return true; // run-time text nearby may well be the reason
    if (sibling.type === 'text') {
      if (sibling.fromExpression || sibling.text.trim()) return true;
      continue;
    }
    const text = textContent(sibling);
    if (!text.known || text.text || sibling.conditional) return true;
  }
  return false;
}
