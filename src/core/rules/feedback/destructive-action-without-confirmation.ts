/**
 * Actions that destroy data or end a relationship (delete, remove, discard, erase, cancel
 * subscription, close account…) should ask first or offer undo. JSX: the click handler (or the
 * form's submit handler) must call something that confirms or undoes (`confirm(…)`,
 * `setShowDeleteDialog(true)`, `openModal`, `undo`); handlers from props are trusted. HTML:
 * `data-confirm` / `data-turbo-confirm` (Rails), an onclick / onsubmit that calls `confirm(`,
 * a button that opens a dialog (`popovertarget`, `commandfor`, `data-bs-toggle="modal"`), or
 * the button sits inside a dialog (it is the confirmation). Each finding's why names the
 * button's own action, never another example.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { asksForConfirmation } from '../shared/handlerSignals.js';
import {
  accessibleName,
  closest,
  elementsById,
  isButtonLike,
  staticRole,
  staticValue,
} from '../shared/elementMeaning.js';
import { phrasePattern, wordListOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

const DEFAULT_ACTIONS = [
  'delete',
  'remove',
  'discard',
  'erase',
  'destroy',
  'cancel subscription',
  'cancel membership',
  'cancel order',
  'close account',
  'deactivate',
  'revoke',
  'clear all',
  'empty basket',
  'empty cart',
  'empty trash',
  'unsubscribe',
  'reset all',
  'wipe',
  'permanently',
];
const CONFIRM_ATTRIBUTES = [
  'data-confirm',
  'data-turbo-confirm',
  'popovertarget',
  'commandfor',
  'data-bs-toggle',
  'data-toggle',
  'aria-haspopup',
];
const FORM = new Set(['form']);

interface Options {
  actions: string[];
  extraActions: string[];
}

export default defineRule<Options>({
  id: 'feedback/destructive-action-without-confirmation',
  area: 'feedback',
  lens: 'UX',
  metrics: ['error-recovery', 'churn', 'trust'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-3', 'nielsen-5'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one finding on the corpus was judged noise (deleting a record of local demo data).
  recommended: false,
  help: 'Ask before destroying data, or let people undo it',
  why: 'One slip of the finger should not destroy someone’s data or end their subscription for good.',
  optionsSchema: wordListOptions('actions', 'extraActions', 'Labels of destructive actions'),
  defaultOptions: { actions: DEFAULT_ACTIONS, extraActions: [] },
  check(context) {
    const { document, options } = context;
    const pattern = phrasePattern([...options.actions, ...options.extraActions]);
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isButtonLike(element) && !(element.tag === 'a' && getAttribute(element, 'onclick'))) continue;
      const name = accessibleName(element, ids);
      if (!name.known || !pattern.test(name.text)) continue;
      if (insideDialog(element)) continue; // the confirmation itself
      const form = closest(element, FORM);
      const handlers = [getAttribute(element, 'onClick')?.handler];
      if (form && staticValue(getAttribute(element, 'type')) !== 'button')
        handlers.push(getAttribute(form, 'onSubmit')?.handler);
      const present = handlers.filter((handler) => handler !== undefined);
      if (document.kind === 'jsx') {
        if (present.length === 0 || present.some((handler) => !handler.resolved)) continue; // behaviour not visible here
      }
      context.examined(element);
      if (element.hasSpread || confirms(element) || (form && confirms(form))) continue;
      if (present.some((handler) => asksForConfirmation(handler.calls))) continue;
      const quoted = name.text.length > 60 ? `${name.text.slice(0, 57)}…` : name.text;
      context.report({
        range: element.nameRange,
        detail: `“${name.text}” acts at once, with no confirmation or undo`,
        why: `One slip on “${quoted}” cannot be taken back: nothing asks first and nothing offers undo.`,
      });
    }
  },
});

function confirms(element: UiElement): boolean {
  if (CONFIRM_ATTRIBUTES.some((name) => getAttribute(element, name) !== undefined)) return true;
  return ['onclick', 'onsubmit'].some((name) => /confirm\s*\(/.test(staticValue(getAttribute(element, name)) ?? ''));
}

function insideDialog(element: UiElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    // A confirmation wrapped around the action (antd's `<Popconfirm>`, mapped with data-confirm).
    if (current.isComponent && getAttribute(current, 'data-confirm') !== undefined) return true;
    const role = staticRole(current);
    if (
      current.tag === 'dialog' ||
      role === 'dialog' ||
      role === 'alertdialog' ||
      /dialog|modal/i.test(current.isComponent ? current.name : '')
    )
      return true;
  }
  return false;
}
