/**
 * A form with no submit control: no `<button>` (whose default type is submit), no
 * `<input type="submit">` or `type="image"`, and no component mapped to a button. People look
 * for the button that sends the form; without it, pressing Enter is the only way, and few
 * know it. Forms whose content comes from components we cannot see (unmapped components,
 * dynamic children) are trusted, and so are JSX forms whose submit handler only calls
 * `preventDefault()` (live filters that apply on change).
 */
import { getAttribute, type UiElement } from '../../model.js';
import { staticValue } from '../../semantics.js';
import { defineRule } from '../types.js';

function isSubmitControl(element: UiElement): boolean {
  const type = staticValue(getAttribute(element, 'type'))?.toLowerCase();
  if (element.tag === 'button')
    return type === undefined || type === 'submit' || getAttribute(element, 'type')?.kind === 'dynamic';
  if (element.tag === 'input') return type === 'submit' || type === 'image';
  return false;
}

/** `onSubmit={(e) => e.preventDefault()}`: a form used for layout (live filters), not submitted. */
function onlyStopsSubmission(form: UiElement): boolean {
  const handler = getAttribute(form, 'onSubmit')?.handler;
  return (
    handler !== undefined &&
    handler.resolved &&
    handler.calls.length > 0 &&
    handler.calls.every((call) => /(^|\.)(preventDefault|stopPropagation)$/.test(call.callee))
  );
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
        stack.push(...node.children);
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
      if (opaque || onlyStopsSubmission(form)) continue;
      context.examined(form);
      context.report({ range: form.nameRange, detail: 'this form has no submit button' });
    }
  },
});
