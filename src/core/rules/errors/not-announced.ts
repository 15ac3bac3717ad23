/**
 * Error containers (class, id or test id says error, errors, invalid or danger) that are not
 * announced: no `role="alert"` / `role="status"` / `aria-live` on them or an ancestor, and not
 * referenced by a field's `aria-describedby` / `aria-errormessage` (which screen readers read
 * with the field). Containers that hold form fields (Bootstrap's `has-error` wrappers), empty
 * ones, icons and hidden elements are left alone.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { ERROR_CONTAINER_TOKEN } from '../../messages.js';
import { descendants, isFormField, isLiveRegion, staticValue } from '../../semantics.js';
import { defineRule } from '../types.js';

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

function isErrorStyled(element: UiElement): boolean {
  return ['class', 'id', 'data-testid'].some((name) =>
    ERROR_CONTAINER_TOKEN.test(staticValue(getAttribute(element, name)) ?? ''),
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
      if (descendants(element).some(isFormField)) continue;
      if (element.parent && isErrorStyled(element.parent)) continue; // judge the outermost container
      context.examined(element);
      if (element.hasSpread || announced(element)) continue;
      const id = getAttribute(element, 'id');
      if (id && (staticValue(id) === undefined ? dynamicReferences : referenced.has(staticValue(id)!))) continue;
      const at = element.nameRange.end;
      context.report({
        range: element.nameRange,
        detail: `<${element.name}> looks like an error message but is not announced`,
        fix: {
          title: 'Add role="alert"',
          edits: [{ range: { start: at, end: at }, newText: ' role="alert"' }],
          safe: true,
        },
      });
    }
  },
});
