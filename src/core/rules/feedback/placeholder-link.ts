/**
 * Links that go nowhere: `href="#"`, `href="javascript:…"`, an empty href, or an `<a>` with no
 * href that is wired up as a button (click handler, role=button or tabindex). People expect a
 * link to take them somewhere; when it runs script instead, the page often looks unchanged
 * and keyboard users cannot press it with Space. `<a>` without href and without any behaviour
 * is a legitimate placeholder (HTML spec) and is left alone; dynamic hrefs are trusted.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { staticRole, staticValue } from '../../semantics.js';
import { defineRule, type Fix } from '../types.js';

const PLACEHOLDER_HREF = /^\s*(#!?|javascript:.*|)\s*$/is;

export default defineRule({
  id: 'feedback/placeholder-link',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'clicks-to-completion', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-1', 'wcag2a'],
  languages: ['html', 'jsx'],
  help: 'Use a <button> for actions and give links a real destination',
  why: 'A link that goes nowhere looks broken when clicked and cannot be pressed with the Space key.',
  defaultOptions: {},
  check(context) {
    for (const element of context.document.elements) {
      if (element.tag !== 'a') continue;
      const href = getAttribute(element, 'href');
      const actsAsButton =
        getAttribute(element, 'onclick') !== undefined ||
        staticRole(element) === 'button' ||
        getAttribute(element, 'tabindex') !== undefined;
      if (!href) {
        if (!actsAsButton || element.hasSpread) continue;
        context.examined(element);
        context.report({
          range: element.nameRange,
          detail: 'it has no href but acts as a button',
          fix: toButton(element, context.document.text),
        });
        continue;
      }
      const value = staticValue(href);
      if (value === undefined) continue; // dynamic: trusted
      context.examined(element);
      if (!PLACEHOLDER_HREF.test(value)) continue;
      context.report({
        range: href.range,
        detail: value.trim() ? `href="${value.trim().slice(0, 40)}" goes nowhere` : 'the href is empty',
        fix: actsAsButton ? toButton(element, context.document.text) : undefined,
      });
    }
  },
});

/** Rewrites `<a href="#" onClick=…>Buy</a>` as `<button type="button" onClick=…>Buy</button>`. */
function toButton(element: UiElement, text: string): Fix | undefined {
  const closingTag = `</${element.name}>`;
  const closingStart = element.range.end - closingTag.length;
  if (!element.contentRange || text.slice(closingStart, element.range.end) !== closingTag) return undefined;
  const href = getAttribute(element, 'href');
  const edits = [
    { range: element.nameRange, newText: 'button' },
    href
      ? { range: href.range, newText: 'type="button"' }
      : { range: { start: element.nameRange.end, end: element.nameRange.end }, newText: ' type="button"' },
    { range: { start: closingStart + 2, end: element.range.end - 1 }, newText: 'button' },
  ];
  const role = getAttribute(element, 'role');
  // role="button" is implied by <button>; drop it with the space before it.
  if (role && staticRole(element) === 'button')
    edits.push({ range: { start: role.range.start - 1, end: role.range.end }, newText: '' });
  return { title: 'Change this link to a <button type="button">', edits, safe: false };
}
