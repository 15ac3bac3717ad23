/**
 * Pages whose navigation menu (six links or more, not a breadcrumb) comes before the main
 * content need a skip link: a same-page link (`href="#main"`) before it, so keyboard users can
 * jump past the menu instead of tabbing through every item on every page. Runs on full pages;
 * the finding sits on that nav. A short menu (a few chapter or section links) is quick to tab
 * past, so it is left alone.
 */
import { getAttribute } from '../../model.js';
import { isBreadcrumb, isLink, isNavigation, SITE_MENU_LINKS } from '../shared/navigationStructure.js';
import { descendants, staticRole, staticValue } from '../shared/elementMeaning.js';

import { defineRule } from '../types.js';

export default defineRule({
  id: 'navigation/missing-skip-link',
  area: 'navigation',
  lens: 'UX',
  metrics: ['clicks-to-completion', 'time-on-task', 'reach'],
  severity: 'info',
  impact: 'moderate',
  tags: ['wcag2a', 'wcag241'],
  languages: ['html', 'jsx'],
  supersedes: ['a11y/bypass'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one remaining finding on the corpus was judged noise (a menu inside a popover demo).
  recommended: false,
  page: true,
  help: 'Add a “Skip to content” link before the navigation',
  why: 'Without a skip link, keyboard users tab through the whole menu on every page before reaching the content.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    // A short breadcrumb is quick to tab past; a menu is what people need to skip.
    const nav = document.elements.find(
      (element) =>
        isNavigation(element) &&
        !isBreadcrumb(element) &&
        descendants(element).filter(isLink).length >= SITE_MENU_LINKS,
    );
    const main = document.elements.find((element) => element.tag === 'main' || staticRole(element) === 'main');
    if (!nav || (main && main.range.start < nav.range.start)) return;
    context.examined(nav);
    const skip = document.elements.some(
      (element) =>
        element.index < nav.index &&
        element.tag === 'a' &&
        (staticValue(getAttribute(element, 'href')) ?? '').length > 1 &&
        (staticValue(getAttribute(element, 'href')) ?? '').startsWith('#'),
    );
    if (skip) return;
    context.report({ range: nav.nameRange, detail: 'no same-page link before the menu' });
  },
});
