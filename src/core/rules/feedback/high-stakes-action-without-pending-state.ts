/**
 * A button that commits money or data (pay, order, transfer, delete account…) must show that
 * it is working after the first click. We accept any sign of a pending state: a disabled /
 * aria-disabled / aria-busy attribute or a design-system `loading`-style prop bound in JSX; in
 * JSX a click or submit handler that sets pending state (`setSubmitting(true)`); in HTML a
 * status region in the form, or Rails / Turbo's `data-disable-with` / `data-turbo-submits-with`.
 * A confirmation step (confirm(), a dialog, data-confirm) also stops the second click.
 *
 * Left alone: buttons of a `<form method="dialog">` (they only close the dialog), and
 * “Checkout” / “Check out”, which open the checkout step (a page, or the browser's payment
 * sheet) where the commitment is made; add them back through `extraActions` if yours pays.
 * Each finding says why in the button's own words (“Delete account” can be clicked twice…).
 */
import { getAttribute, type UiElement } from '../../model.js';
import { asksForConfirmation, onlyNavigates, setsPendingState, showsPendingState } from '../shared/handlerSignals.js';
import {
  accessibleName,
  closest,
  descendants,
  elementsById,
  isButtonLike,
  isFormField,
  isLiveRegion,
  staticValue,
} from '../shared/elementMeaning.js';
import { phrasePattern, wordListOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

const DEFAULT_ACTIONS = [
  'pay',
  'pay now',
  'buy',
  'buy now',
  'purchase',
  'place order',
  'order now',
  'complete order',
  'transfer',
  'send money',
  'send payment',
  'donate',
  'subscribe',
  'book',
  'book now',
  'reserve',
  'confirm',
  'confirm payment',
  'confirm order',
  'delete account',
  'close account',
  'cancel subscription',
  'upgrade',
  'withdraw',
  'submit payment',
  'submit order',
  'complete purchase',
  'renew',
  'top up',
];

const FORM = new Set(['form']);

interface Options {
  actions: string[];
  extraActions: string[];
}

export default defineRule<Options>({
  id: 'feedback/high-stakes-action-without-pending-state',
  area: 'feedback',
  lens: 'CX',
  metrics: ['trust', 'support-contacts', 'error-rate'],
  severity: 'error',
  impact: 'critical',
  tags: ['nielsen-1', 'double-submit'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one finding on the corpus was judged noise (a demo "Confirm order" that only swaps panels, with nothing pending); too little real evidence for it to be on by default.
  recommended: false,
  help: 'Show that the action is in progress after the first click, and stop a second click',
  why: 'A button that commits money or data and does not change after a click invites a second click: a double charge, a duplicate order.',
  optionsSchema: wordListOptions(
    'actions',
    'extraActions',
    'Button labels (words or phrases) that commit money or data',
  ),
  defaultOptions: { actions: DEFAULT_ACTIONS, extraActions: [] },
  check(context) {
    const { document, options } = context;
    const pattern = phrasePattern([...options.actions, ...options.extraActions]);
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isButtonLike(element)) continue;
      if (
        element.tag === 'input' &&
        staticValue(getAttribute(element, 'type')) === 'button' &&
        !getAttribute(element, 'onclick')
      )
        continue;
      const name = accessibleName(element, ids);
      if (!name.known) continue; // label only known at run time: trust it
      const match = pattern.exec(name.text);
      if (!match) continue;
      const form = closest(element, FORM);
      if (/^subscribe$/i.test(match[0]) && form && isNewsletterForm(form)) continue;
      if (closesDialog(element, form)) continue;
      context.examined(element);
      if (showsPendingState(element)) continue;
      if (document.kind === 'jsx' && handlersSetPendingState(element, form)) continue;
      // “Upgrade now” that only opens the checkout page: the money is committed there, not here.
      if (document.kind === 'jsx' && onlyNavigates(getAttribute(element, 'onClick')?.handler?.calls ?? [])) continue;
      // A confirmation step between the click and the action stops the double submit too.
      if (confirmsFirst(element, form)) continue;
      if (document.kind === 'html' && form && hasStatusRegion(form)) continue;
      context.report({
        range: element.nameRange,
        detail: `“${name.text}” has no disabled, busy or loading state`,
        why: secondClickRisk(name.text, match[0]),
        confidence: element.hasSpread ? 'low' : 'high',
      });
    }
  },
});

function handlersSetPendingState(element: UiElement, form: UiElement | undefined): boolean {
  const handlers = [getAttribute(element, 'onClick')?.handler];
  const type = staticValue(getAttribute(element, 'type'));
  if (form && type !== 'button') handlers.push(getAttribute(form, 'onSubmit')?.handler);
  return handlers.some((handler) => handler !== undefined && setsPendingState(handler.calls));
}

/** A sign-up form with just an email field: subscribing twice costs nothing. */
function isNewsletterForm(form: UiElement): boolean {
  const fields = descendants(form).filter(isFormField);
  return (
    fields.length === 1 &&
    /email|newsletter/i.test(
      `${staticValue(getAttribute(fields[0]!, 'type')) ?? ''} ${staticValue(getAttribute(fields[0]!, 'name')) ?? ''}`,
    )
  );
}

function confirmsFirst(element: UiElement, form: UiElement | undefined): boolean {
  const handlers = [
    getAttribute(element, 'onClick')?.handler,
    form ? getAttribute(form, 'onSubmit')?.handler : undefined,
  ];
  if (handlers.some((handler) => handler !== undefined && asksForConfirmation(handler.calls))) return true;
  return [element, form].some(
    (candidate) =>
      candidate !== undefined &&
      (getAttribute(candidate, 'data-confirm') !== undefined ||
        getAttribute(candidate, 'data-turbo-confirm') !== undefined ||
        /confirm\s*\(/.test(staticValue(getAttribute(candidate, 'onclick')) ?? '') ||
        /confirm\s*\(/.test(staticValue(getAttribute(candidate, 'onsubmit')) ?? '')),
  );
}

function hasStatusRegion(form: UiElement): boolean {
  return descendants(form).some(isLiveRegion);
}

/** `<form method="dialog">` (or `formmethod="dialog"`): the button closes the dialog, nothing is sent. */
function closesDialog(element: UiElement, form: UiElement | undefined): boolean {
  return (
    staticValue(getAttribute(element, 'formmethod'))?.toLowerCase() === 'dialog' ||
    (form !== undefined && staticValue(getAttribute(form, 'method'))?.toLowerCase() === 'dialog')
  );
}

/** What a second click does, by the action's words: charge, move money, order, book, delete. */
const SECOND_CLICK: ReadonlyArray<readonly [RegExp, (words: string) => string]> = [
  [/^(delete|close|cancel|remove|end)\b/i, (words) => `fail or ${words.split(/\s+/)[0]!.toLowerCase()} twice`],
  [/order/i, () => 'place the order twice'],
  [/^(book|reserve)/i, () => 'book twice'],
  [/^(transfer|send|withdraw)/i, () => 'send the money twice'],
  [
    /^(pay|buy|purchase|donate|subscribe|upgrade|renew|top up|submit payment|complete purchase|confirm payment)/i,
    () => 'charge twice',
  ],
];

/** The finding's why, in the button's own words. */
function secondClickRisk(label: string, action: string): string {
  const quoted = label.length > 60 ? `${label.slice(0, 57)}…` : label;
  const consequence = SECOND_CLICK.find(([pattern]) => pattern.test(action))?.[1](action) ?? 'send it twice';
  return `“${quoted}” can be clicked twice before anything changes, and the second click may ${consequence}.`;
}
