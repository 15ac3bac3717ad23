/**
 * Fields whose only label is a placeholder. The hint vanishes as soon as people type, so they
 * forget what the field was for, and placeholder text is often too pale to read. A field is
 * labelled by `aria-label`, `aria-labelledby`, a wrapping `<label>`, a `<label for>` with its
 * id, a `title`, or (components) a `label` prop. Dynamic ids are trusted when some label in the
 * file has a dynamic `for` / `htmlFor`.
 *
 * Search fields are left alone: what people type is the purpose, so a vanishing hint costs
 * nothing, and a search box with a magnifier and a placeholder is the convention. A field is a
 * search field when its markup says so: `type="search"`, `role="searchbox"` / `"combobox"`, a
 * search landmark around it, or a name, id, class, test id or component name with “search”.
 */
import { getAttribute, type MarkupKind, type UiElement } from '../../model.js';
import { maskTemplates } from '../../templates.js';
import { closest, isFormField, staticRole, staticValue } from '../shared/elementMeaning.js';
import { defineRule, type Fix } from '../types.js';

const LABEL = new Set(['label']);
const SEARCH_WORD = /search/i;
const SEARCH_ROLES = new Set(['searchbox', 'combobox']);

function isSearchField(field: UiElement): boolean {
  if (staticValue(getAttribute(field, 'type'))?.toLowerCase() === 'search') return true;
  const role = staticRole(field);
  if (role && SEARCH_ROLES.has(role)) return true;
  if (
    ['name', 'id', 'class', 'data-testid', 'data-test-id', 'data-test'].some((name) =>
      SEARCH_WORD.test(staticValue(getAttribute(field, name)) ?? ''),
    )
  )
    return true;
  if (field.component && SEARCH_WORD.test(field.component)) return true;
  for (let current = field.parent; current; current = current.parent) {
    if (current.tag === 'search' || staticRole(current) === 'search') return true;
  }
  return false;
}

export default defineRule({
  id: 'errors/placeholder-as-label',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-rate', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['wcag2a', 'wcag332', 'wcag131'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 9 findings on the corpus (bench/README.md), 1 kept: chat and link fields whose placeholder is the convention (excalidraw), and fields labelled by a heading or an aria-label the rule did not see (formbricks).
  recommended: false,
  supersedes: ['a11y/label'],
  help: 'Add a visible label; keep the placeholder for an example at most',
  why: 'The placeholder disappears as soon as people type, so they forget what the field asked for and make mistakes.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const labelFor = new Set<string>();
    let dynamicFor = false;
    for (const element of document.elements) {
      if (element.tag !== 'label') continue;
      const target = getAttribute(element, 'for');
      if (!target) continue;
      const value = staticValue(target);
      if (value === undefined) dynamicFor = true;
      else labelFor.add(value);
    }
    for (const field of document.elements) {
      if (!isFormField(field)) continue;
      const placeholder = getAttribute(field, 'placeholder');
      if (!placeholder) continue;
      context.examined(field);
      if (
        field.hasSpread ||
        ['aria-label', 'aria-labelledby', 'title', 'label'].some((name) => getAttribute(field, name))
      )
        continue;
      if (closest(field, LABEL) || isSearchField(field)) continue;
      const id = getAttribute(field, 'id');
      if (id && (staticValue(id) === undefined ? dynamicFor : labelFor.has(staticValue(id)!))) continue;
      const text = staticValue(placeholder);
      const shown = text && maskTemplates(text) === text ? text : undefined;
      context.report({
        range: placeholder.range,
        detail: shown ? `“${shown}” is the only label` : undefined,
        why: shown
          ? `“${shown}” disappears as soon as people type, so they forget what the field asked for and make mistakes.`
          : 'The placeholder disappears as soon as people type, so they forget what the field asked for and make mistakes.',
        fix: labelFix(field, document.kind),
      });
    }
  },
});

/** Inserts `<label for="id">Placeholder text</label>` before a field that has a static id. */
function labelFix(field: UiElement, kind: MarkupKind): Fix | undefined {
  const id = staticValue(getAttribute(field, 'id'));
  const text = staticValue(getAttribute(field, 'placeholder'));
  if (!id || !text) return undefined;
  const attribute = kind === 'jsx' ? 'htmlFor' : 'for';
  const label = `<label ${attribute}="${id}">${text.replace(/[<>{}&]/g, '')}</label>`;
  return {
    title: `Add a label: “${text}”`,
    edits: [{ range: { start: field.range.start, end: field.range.start }, newText: label }],
    safe: false,
  };
}
