/**
 * `div`, `span`, `li`, `img` and other non-interactive elements with a click handler but no
 * way to reach or press them from a keyboard: they need an interactive role, a tabindex and a
 * key handler (or, better, to be a `<button>`). Elements that are hidden from assistive tech,
 * have role="presentation"/"none", or only catch bubbling clicks from real controls inside
 * them are left alone.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { INTERACTIVE_ROLES, INTERACTIVE_TAGS, descendants, staticRole, staticValue } from '../../semantics.js';
import { defineRule, type Fix } from '../types.js';

const KEY_HANDLERS = ['onkeydown', 'onkeyup', 'onkeypress'];

export default defineRule({
  id: 'feedback/clickable-non-interactive',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'reach', 'legal-risk'],
  severity: 'error',
  impact: 'critical',
  tags: ['wcag2a', 'wcag211', 'wcag412'],
  languages: ['html', 'jsx'],
  help: 'Use a <button> (or give the element a role, tabindex and key handler)',
  why: 'People who use a keyboard or a screen reader cannot find or press a clickable div, so the task stops there for them.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    for (const element of document.elements) {
      if (element.isComponent || INTERACTIVE_TAGS.has(element.tag)) continue;
      const onClick = getAttribute(element, 'onclick');
      if (!onClick) continue;
      const role = staticRole(element);
      if (role === 'presentation' || role === 'none' || staticValue(getAttribute(element, 'aria-hidden')) === 'true')
        continue;
      // A wrapper catching clicks from the controls inside it (event delegation) is fine.
      if (
        descendants(element).some((inner) => INTERACTIVE_TAGS.has(inner.tag) || (staticRole(inner) ?? '') === 'button')
      )
        continue;
      context.examined(element);
      if (element.hasSpread) continue;
      const roleAttribute = getAttribute(element, 'role');
      const hasRole = roleAttribute !== undefined && (role === undefined || INTERACTIVE_ROLES.has(role));
      const hasTabIndex = getAttribute(element, 'tabindex') !== undefined;
      const hasKeys = KEY_HANDLERS.some((name) => getAttribute(element, name) !== undefined);
      if (hasRole && hasTabIndex && hasKeys) continue;
      const missing = [hasRole ? '' : 'a role', hasTabIndex ? '' : 'a tabindex', hasKeys ? '' : 'a key handler'].filter(
        Boolean,
      );
      context.report({
        range: onClick.range,
        detail: `<${element.name}> is clickable but has no ${missing.join(', ')}`,
        fix: hasRole || hasTabIndex ? undefined : roleFix(element, document.kind),
      });
    }
  },
});

/** Adds role="button" and tabindex; a key handler still has to be written by hand. */
function roleFix(element: UiElement, kind: 'html' | 'jsx'): Fix {
  const at = element.nameRange.end;
  const newText = kind === 'jsx' ? ' role="button" tabIndex={0}' : ' role="button" tabindex="0"';
  return {
    title: 'Add role="button" and a tabindex (then handle Enter and Space)',
    edits: [{ range: { start: at, end: at }, newText }],
    safe: false,
  };
}
