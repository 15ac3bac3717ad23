/**
 * A navigation with links where none says “you are here”: no `aria-current` (static or bound),
 * and in JSX no active-state binding either (a dynamic class or prop mentioning active,
 * current or selected, or router components such as `NavLink` that set aria-current
 * themselves). People lose their bearings when the menu does not show where they are.
 * Links built with `.map()` whose props are dynamic are trusted.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { isLink, isNavigation } from '../../navigation.js';
import { descendants } from '../../semantics.js';
import { defineRule } from '../types.js';

const ACTIVE_HINT = /active|current|selected|isCurrent|pathname|location/i;
const SELF_MARKING = /^(NavLink|Nav\.Link|ActiveLink|NavItem|MenuItem|Tab)$/;

function marksCurrent(link: UiElement): boolean {
  if (getAttribute(link, 'aria-current')) return true;
  if (SELF_MARKING.test(link.name)) return true;
  return (
    link.attributes.some(
      (attribute) =>
        attribute.kind === 'dynamic' && ACTIVE_HINT.test(`${attribute.name} ${attribute.expression ?? ''}`),
    ) || link.hasSpread
  );
}

export default defineRule({
  id: 'navigation/no-current-location',
  area: 'navigation',
  lens: 'UX',
  metrics: ['orientation', 'time-on-task', 'reach'],
  severity: 'info',
  impact: 'minor',
  tags: ['nielsen-1', 'wcag2aa', 'wcag248'],
  languages: ['html', 'jsx'],
  help: 'Mark the current page in the menu with aria-current="page"',
  why: 'When the menu does not show where you are, people lose their bearings and click around to find out.',
  defaultOptions: {},
  check(context) {
    for (const nav of context.document.elements) {
      if (!isNavigation(nav)) continue;
      const links = descendants(nav).filter((element) => isLink(element) || /^(NavLink|Link)$/.test(element.name));
      if (links.length < 2) continue;
      context.examined(nav);
      if (links.some(marksCurrent)) continue;
      context.report({
        range: nav.nameRange,
        detail: `none of its ${links.length} links is marked as the current page`,
      });
    }
  },
});
