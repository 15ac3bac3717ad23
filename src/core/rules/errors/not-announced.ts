/**
 * Error containers (class, id or test id says error, errors, invalid or danger) that are not
 * announced: no `role="alert"` / `role="status"` / `aria-live` on them or an ancestor, and not
 * referenced by a field's `aria-describedby` / `aria-errormessage` (which screen readers read
 * with the field). Left alone: containers that hold form fields (Bootstrap's `has-error`
 * wrappers), empty ones, icons (and wrappers of icons alone) and hidden elements; buttons and badges styled as errors
 * (`btn-error`, `badge-danger`); values marked `invalid` (a table cell, a field state) whose text
 * does not read as an error; and error pages or sections with their own heading, which are read
 * as the page loads (in JSX, unless they appear under a condition).
 */
import { getAttribute, type UiElement } from '../../model.js';
import { ERROR_CONTAINER_TOKEN, ERROR_WORDS } from '../shared/messageTexts.js';
import { maskTemplates } from '../../templates.js';
import {
  collapseWhitespace,
  containsFormField,
  descendants,
  isLiveRegion,
  staticValue,
  textContent,
} from '../shared/elementMeaning.js';
import { shorten } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

/** Class tokens of controls and badges: their colour says “error”, they are not messages. */
const CONTROL_CLASS = /(^|\s)(btn|button|badge|label|tag|chip|pill|icon|fa|zmdi|glyphicon)(\s|$|-)/i;
/** Tokens other than “invalid”: `invalid` alone often marks a value's state, not a message. */
const MESSAGE_TOKEN = /(^|[\s_-])(error|errors|danger)([\s_-]|$)/i;
const ICON_NAME = /Icon|^Svg|Svg$|Glyph/;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const NOT_MESSAGES = new Set([
  'input',
  'select',
  'textarea',
  'form',
  'svg',
  'img',
  'i',
  'button',
  'label',
  'fieldset',
  'html',
  'body',
]);

function markers(element: UiElement): string[] {
  return ['class', 'id', 'data-testid'].map((name) => staticValue(getAttribute(element, name)) ?? '');
}

function isErrorStyled(element: UiElement): boolean {
  return markers(element).some((value) => ERROR_CONTAINER_TOKEN.test(value));
}

/** An error message, not a control or a value styled as one. */
function isMessageContainer(element: UiElement): boolean {
  if (CONTROL_CLASS.test(staticValue(getAttribute(element, 'class')) ?? '')) return false;
  if (markers(element).some((value) => MESSAGE_TOKEN.test(value))) return true;
  return ERROR_WORDS.test(textContent(element).text); // marked only “invalid”
}

/** An error page or section with its own heading is read with the page, in reading order. */
function isErrorSection(element: UiElement): boolean {
  if (element.conditional) return false; // JSX: appears later, under a condition
  for (let current = element.parent; current; current = current.parent) if (current.conditional) return false;
  return descendants(element).some((child) => HEADINGS.has(child.tag));
}

/** Icons alone (`<div className="error-icon"><IconAlertCircle /></div>`): nothing to read out. */
function holdsOnlyIcons(element: UiElement): boolean {
  const { text, known } = textContent(element, { includeAlt: false });
  return (
    text === '' &&
    known &&
    descendants(element).every((inner) => !inner.isComponent || inner.isMapped || ICON_NAME.test(inner.name))
  );
}

function announced(element: UiElement): boolean {
  for (let current: UiElement | undefined = element; current; current = current.parent) {
    if (isLiveRegion(current)) return true;
  }
  return false;
}

export default defineRule({
  id: 'errors/not-announced',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-recovery', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['wcag2aa', 'wcag413', 'nielsen-9'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 16 findings on the corpus (bench/README.md), none kept: error text in editors and settings that is shown under the field being typed in, where an alert would interrupt each keystroke, or already inside a dialog that announces it.
  recommended: false,
  help: 'Announce the error with role="alert" (or link it to its field)',
  why: 'An error that appears silently is never heard by screen-reader users, who carry on as if nothing went wrong.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const referenced = new Set<string>();
    let dynamicReferences = false;
    for (const element of document.elements) {
      for (const name of ['aria-describedby', 'aria-errormessage']) {
        const attribute = getAttribute(element, name);
        if (!attribute) continue;
        const value = staticValue(attribute);
        if (value === undefined) dynamicReferences = true;
        else for (const id of value.split(/\s+/)) referenced.add(id);
      }
    }
    for (const element of document.elements) {
      if (NOT_MESSAGES.has(element.tag) || element.isComponent || !isErrorStyled(element)) continue;
      if (staticValue(getAttribute(element, 'aria-hidden')) === 'true' || element.children.length === 0) continue;
      if (containsFormField(element)) continue;
      if (element.parent && isErrorStyled(element.parent)) continue; // judge the outermost container
      if (!isMessageContainer(element) || isErrorSection(element) || holdsOnlyIcons(element)) continue;

      context.examined(element);
      if (element.hasSpread || announced(element)) continue;
      const id = getAttribute(element, 'id');
      if (id && (staticValue(id) === undefined ? dynamicReferences : referenced.has(staticValue(id)!))) continue;
      const at = element.nameRange.end;
      const content = textContent(element);
      const known = collapseWhitespace(maskTemplates(content.text));
      // Text with run-time parts is quoted as far as it is known: “Error running query: …”.
      const text = known && !content.known ? `${shorten(known)} …` : shorten(known);
      context.report({
        range: element.nameRange,
        detail: `<${element.name}> looks like an error message but is not announced`,
        why: text
          ? `When “${text}” appears, screen-reader users do not hear it, and carry on as if nothing went wrong.`
          : 'When this error message appears, screen-reader users do not hear it, and carry on as if nothing went wrong.',
        fix: {
          title: 'Add role="alert"',
          edits: [{ range: { start: at, end: at }, newText: ' role="alert"' }],
          safe: true,
        },
      });
    }
  },
});
