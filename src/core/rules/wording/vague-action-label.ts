/**
 * Buttons labelled “Submit”, “OK”, “Yes”, “Click”, “Go” say nothing about what will happen.
 * People read the button to decide, so its label should name the action. An `<input
 * type="submit">` without a value is “Submit” to browsers and counts. The finding quotes the
 * button and, when there is one, the title of the form, dialog or section it sits in, so the
 * better label can be found in the developer's own words. Left alone: “OK” as the only button
 * of a dialog (it acknowledges a message), and buttons nobody sees (`hidden`,
 * `aria-hidden="true"`, `display: none`), such as a hidden submit button that lets Enter send
 * a form.
 */
import { getAttribute, type UiElement } from '../../model.js';
import {
  isHidden,
  accessibleName,
  descendants,
  elementsById,
  isButtonLike,
  staticRole,
  staticValue,
  textContent,
  wordsRange,
} from '../shared/elementMeaning.js';
import { normalizePhrase, shorten, wordListOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

const DEFAULT_LABELS = [
  'submit',
  'ok',
  'okay',
  'yes',
  'no',
  'click',
  'click me',
  'click here',
  'go',
  'press',
  'button',
  'enter',
  'do it',
  'proceed',
  'send it',
];
/** Answers that only make sense next to their question. */
const ANSWERS = new Set(['ok', 'okay', 'yes', 'no']);
/** Where a button's context is named: forms, dialogs and sections, by their title. */
const CONTAINERS = new Set(['form', 'dialog', 'fieldset', 'section', 'article']);
const TITLES = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend']);

interface Options {
  labels: string[];
  extraLabels: string[];
}

export default defineRule<Options>({
  id: 'wording/vague-action-label',
  area: 'wording',
  lens: 'UX',
  metrics: ['error-rate', 'time-on-task'],
  severity: 'info',
  impact: 'minor',
  tags: ['nielsen-2', 'plain-language'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its findings on the corpus were judged noise or debatable ("Click me!" on a demo about clicking; a "Submit" on a one-field form).
  recommended: false,
  help: 'Label the button with what it does',
  why: 'People read the button to decide; “Submit” or “OK” makes them guess what will happen.',
  optionsSchema: wordListOptions('labels', 'extraLabels', 'Button labels that say nothing about what happens'),
  defaultOptions: { labels: DEFAULT_LABELS, extraLabels: [] },
  check(context) {
    const { document, options } = context;
    const vague = new Set([...options.labels, ...options.extraLabels].map(normalizePhrase));
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isButtonLike(element) || isHidden(element, document)) continue;
      const name = accessibleName(element, ids);
      if (!name.known || !name.text) continue;
      context.examined(element);
      const label = normalizePhrase(name.text);
      if (!vague.has(label)) continue;
      if ((label === 'ok' || label === 'okay') && isOnlyButtonOfDialog(element)) continue; // acknowledging a message
      const where = contextTitle(element, ids);
      context.report({
        range: wordsRange(element, document.text),
        detail: where ? `“${name.text}” in “${shorten(where)}”` : `“${name.text}”`,
        why: ANSWERS.has(label)
          ? `“${name.text}” only makes sense next to its question, so people reread it to find out what they agree to.`
          : `“${name.text}” does not say what will happen, so people have to guess before they press it.`,
      });
    }
  },
});

function isOnlyButtonOfDialog(element: UiElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    const role = staticRole(current);
    if (current.tag === 'dialog' || role === 'dialog' || role === 'alertdialog') {
      return descendants(current).filter(isButtonLike).length === 1;
    }
  }
  return false;
}

/**
 * The title of the nearest form, dialog or section around the button: its aria-label, what
 * aria-labelledby points to, or its first heading or legend before the button.
 */
function contextTitle(element: UiElement, ids: Map<string, UiElement>): string | undefined {
  for (let current = element.parent; current; current = current.parent) {
    const role = staticRole(current);
    if (!CONTAINERS.has(current.tag) && role !== 'dialog' && role !== 'alertdialog' && role !== 'form') continue;
    const label = staticValue(getAttribute(current, 'aria-label'))?.trim();
    if (label) return label;
    const labelledBy = staticValue(getAttribute(current, 'aria-labelledby'))?.trim().split(/\s+/)[0];
    const target = labelledBy ? ids.get(labelledBy) : undefined;
    const title =
      target ?? descendants(current).find((candidate) => TITLES.has(candidate.tag) && candidate.index < element.index);
    const text = title ? textContent(title) : undefined;
    if (text?.known && text.text) return text.text;
  }
  return undefined;
}
