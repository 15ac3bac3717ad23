/**
 * A disabled action with nothing that says why: no `aria-describedby`, no `title`, and no
 * other text in its group (a hint like “Fill in every field to continue”). People are left
 * guessing what they must do to go on. Buttons disabled only while work runs
 * (`disabled={isSaving}`) are fine: the pending state is the reason, and the label usually
 * says so.
 *
 * Also left alone: a reusable component that only passes a `disabled` flag through from its
 * props or context (`disabled={disabled}`, `aria-disabled={item.disabled || undefined}`): the
 * reason belongs where the flag is decided, not in the building block; and, in HTML, a button
 * that is disabled in the markup, has an id and sits on a page with a script: the script
 * enables it once the page is ready (or says why not, as a feature check does). Nor a button
 * inside a heading: an accordion or section header that cannot open has nothing to explain.
 * Nor a button whose label is the reason (“Out of stock”, “Select a size”), the current item
 * of a pager or a list (`disabled={page === currentPage}`), a hidden one (hiding.ts), or one
 * inside a tooltip that has words (`<Tooltip title="Only admins can delete">`).
 */
import { getAttribute, type UiElement } from '../../model.js';
import {
  accessibleName,
  elementsById,
  isButtonLike,
  isHidden,
  staticValue,
  textContent,
} from '../shared/elementMeaning.js';
import { isTooltipWithText } from '../../tooltips.js';
import { defineRule } from '../types.js';

const PENDING_EXPRESSION =
  /pending|loading|submitting|saving|sending|paying|busy|processing|inflight|inprogress|working|uploading|deleting|adding|creating|updating|removing|importing|exporting|generating|fetching|applying/i;

export default defineRule({
  id: 'feedback/disabled-without-reason',
  area: 'feedback',
  lens: 'UX',
  metrics: ['time-on-task', 'abandonment'],
  severity: 'info',
  impact: 'minor',
  tags: ['nielsen-1', 'nielsen-9'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 16 findings on the corpus (bench/README.md), none kept: the reason sat in a tooltip or popover beside the control, or was plain from the screen (an empty field, a first item that cannot move up).
  recommended: false,
  help: 'Say why the action is not available, next to it or in aria-describedby',
  why: 'A greyed-out button with no reason leaves people guessing what they did wrong, and some give up.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const ids = elementsById(document);
    const hasScript = document.elements.some((element) => element.tag === 'script');
    for (const element of document.elements) {
      if (!isButtonLike(element)) continue;
      const disabled = getAttribute(element, 'disabled') ?? getAttribute(element, 'aria-disabled');
      if (!disabled || staticValue(disabled) === 'false') continue;
      if (disabled.kind === 'dynamic' && PENDING_EXPRESSION.test(disabled.expression ?? '')) continue;
      if (disabled.kind === 'dynamic' && PASSED_THROUGH.test(disabled.expression ?? '')) continue;
      if (disabled.kind === 'dynamic' && CURRENT_ITEM.test(disabled.expression ?? '')) continue;
      if (document.kind === 'html' && enabledByScript(element, hasScript)) continue;
      if (insideHeading(element) || isHidden(element, document)) continue;
      context.examined(element);
      if (element.hasSpread || getAttribute(element, 'aria-describedby') || getAttribute(element, 'title')) continue;
      if (hasHintNearby(element) || inTooltip(element)) continue;
      const name = accessibleName(element, ids);
      if (name.text && SAYS_WHY.test(name.text)) continue;
      context.report({
        range: disabled.range,
        detail: name.text ? `“${name.text}” is disabled with no reason given` : undefined,
      });
    }
  },
});

const HEADING = /^h[1-6]$/;

function insideHeading(element: UiElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    if (HEADING.test(current.tag) || staticValue(getAttribute(current, 'role')) === 'heading') return true;
  }
  return false;
}

/**
 * A flag handed down unchanged: `disabled`, `!!props.disabled`, `item.isDisabled || undefined`,
 * `disabled ?? false`.
 */
const PASSED_THROUGH = /^\s*!*\s*([\w$]+\??\.)*(is)?disabled\s*(\|\|\s*undefined|\?\?\s*(false|undefined))?\s*$/i;

/**
 * Inside a tooltip that has words (`<Tooltip title="Only admins can delete"><span><button
 * disabled>`): the reason on hover. Up to three levels, as a disabled button is wrapped in a
 * `<span>` for the tooltip to get its mouse events.
 */
function inTooltip(element: UiElement): boolean {
  for (let current = element.parent, depth = 0; current && depth < 3; current = current.parent, depth++)
    if (isTooltipWithText(current)) return true;
  return false;
}

/** A label that is the reason: “Out of stock”, “Sold out”, “Select a size”, “Already added”. */
const SAYS_WHY =
  /\b(out of stock|sold out|unavailable|not available|coming soon|(please )?(select|choose|pick) (a|an|one|your)\b|already \w+|no (changes|items|results)\b|nothing to \w+|closed|expired)/i;

/**
 * The current item (`disabled={page === currentPage}`, `disabled={isActive}`), or a pager's
 * end (`disabled={!hasPrevPage}`, `disabled={isLastPage}`): nothing to go to.
 */
const CURRENT_ITEM =
  /\b(current\w*|is(Current|Active|Selected)\w*|active|selected|has(Prev|Previous|Next|More)\w*|(is)?(First|Last)Page|canGo\w*|can(Previous|Next)Page)\b/;

/** `<button id="start" disabled>` on a page with a script: the script decides when it works. */
function enabledByScript(element: UiElement, hasScript: boolean): boolean {
  return (
    hasScript &&
    getAttribute(element, 'disabled')?.kind !== 'dynamic' &&
    staticValue(getAttribute(element, 'id')) !== undefined
  );
}

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
