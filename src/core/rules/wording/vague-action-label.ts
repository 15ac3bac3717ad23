/**
 * Buttons labelled “Submit”, “OK”, “Yes”, “Click”, “Go” say nothing about what will happen.
 * People read the button to decide; “Save address” or “Pay £42” answers the question the
 * button asks. An `<input type="submit">` without a value is “Submit” to browsers and counts.
 * “OK” as the only button of a dialog acknowledges a message and is fine.
 */
import type { UiElement } from '../../model.js';
import { accessibleName, descendants, elementsById, isButtonLike, staticRole, wordsRange } from '../../semantics.js';
import { normalizePhrase, wordListOptions } from '../phrases.js';
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
  help: 'Label the button with what it does (“Save address”, “Pay £42”)',
  why: 'People read the button to decide; “Submit” or “OK” makes them guess what will happen.',
  optionsSchema: wordListOptions('labels', 'extraLabels', 'Button labels that say nothing about what happens'),
  defaultOptions: { labels: DEFAULT_LABELS, extraLabels: [] },
  check(context) {
    const { document, options } = context;
    const vague = new Set([...options.labels, ...options.extraLabels].map(normalizePhrase));
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isButtonLike(element)) continue;
      const name = accessibleName(element, ids);
      if (!name.known || !name.text) continue;
      context.examined(element);
      const label = normalizePhrase(name.text);
      if (!vague.has(label)) continue;
      if ((label === 'ok' || label === 'okay') && isOnlyButtonOfDialog(element)) continue; // acknowledging a message

      context.report({
        range: wordsRange(element, document.text),
        detail: `“${name.text}”`,
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
