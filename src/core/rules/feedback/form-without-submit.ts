/**
 * A form with no submit control: no `<button>` (whose default type is submit), no
 * `<input type="submit">` or `type="image"`, and no component mapped to a button. People look
 * for the button that sends the form; without it, pressing Enter is the only way, and few
 * know it. Forms whose content comes from components we cannot see (unmapped components,
 * dynamic children) are trusted, and so are JSX forms whose submit handler only calls
 * `preventDefault()` (live filters that apply on change).
 *
 * Also left alone: forms of choices that apply as soon as they change, with no button at all
 * (checkboxes, radio buttons, sliders, colour pickers and selects: a settings panel or a demo's
 * controls), where nothing is typed that would need sending.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { onlyStopsEvent } from '../shared/handlerSignals.js';
import { isFormField, staticValue } from '../shared/elementMeaning.js';
import { defineRule } from '../types.js';

/** Fields whose change is the whole action: nothing is typed, nothing waits to be sent. */
const CHOICE_TYPES = new Set(['checkbox', 'radio', 'range', 'color']);

function isChoiceField(element: UiElement): boolean {
  if (element.tag === 'select') return true;
  return element.tag === 'input' && CHOICE_TYPES.has(staticValue(getAttribute(element, 'type'))?.toLowerCase() ?? '');
}

function isAnyButton(element: UiElement): boolean {
  if (element.tag === 'button') return true;
  const type = staticValue(getAttribute(element, 'type'))?.toLowerCase();
  return element.tag === 'input' && (type === 'button' || type === 'reset' || type === 'submit' || type === 'image');
}

/** A settings-style form: only choices that apply on change, and no button to press. */
function appliesOnChange(inside: readonly UiElement[]): boolean {
  const fields = inside.filter(isFormField);
  return fields.length > 0 && fields.every(isChoiceField) && !inside.some(isAnyButton);
}

function isSubmitControl(element: UiElement): boolean {
  const type = staticValue(getAttribute(element, 'type'))?.toLowerCase();
  if (element.tag === 'button')
    return type === undefined || type === 'submit' || getAttribute(element, 'type')?.kind === 'dynamic';
  if (element.tag === 'input') return type === 'submit' || type === 'image';
  return false;
}

/** `onSubmit={(e) => e.preventDefault()}`: a form used for layout (live filters), not submitted. */
function onlyStopsSubmission(form: UiElement): boolean {
  return onlyStopsEvent(getAttribute(form, 'onSubmit')?.handler);
}

export default defineRule({
  id: 'feedback/form-without-submit',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'time-on-task'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-6'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 7 findings judged, none kept.
  recommended: false,
  help: 'Give the form a submit button that says what it does',
  why: 'People look for a button to send the form; without one, many never find out that Enter would work.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    for (const form of document.elements) {
      if (form.tag !== 'form' || form.isComponent) continue;
      const inside: UiElement[] = [];
      let opaque = form.hasSpread;
      const stack = [...form.children];
      while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.type === 'dynamic') opaque = true;
        if (node.type !== 'element') continue;
        if (node.isComponent && !node.isMapped) opaque = true;
        inside.push(node);
        for (const child of node.children) stack.push(child);
      }
      // Buttons elsewhere can submit this form through form="id".
      const id = staticValue(getAttribute(form, 'id'));
      const external =
        id !== undefined &&
        document.elements.some(
          (element) => staticValue(getAttribute(element, 'form')) === id && isSubmitControl(element),
        );
      if (inside.some(isSubmitControl) || external) {
        context.examined(form);
        continue;
      }
      if (opaque || onlyStopsSubmission(form) || appliesOnChange(inside)) continue;
      context.examined(form);
      const plainButton = inside.find(isAnyButton);
      context.report({
        range: form.nameRange,
        detail: plainButton
          ? 'this form has no submit button: its buttons are type="button" and do not send it'
          : 'this form has no submit button',
      });
    }
  },
});
