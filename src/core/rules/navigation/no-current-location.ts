/**
 * A navigation with links where none says “you are here”: no `aria-current` (static or bound),
 * and in JSX no active-state binding either (a dynamic class or prop mentioning active,
 * current or selected, or router components such as `NavLink` that set aria-current
 * themselves). People lose their bearings when the menu does not show where they are.
 * A static HTML page is judged only when the menu links to that page itself (the file's path
 * from the config folder); breadcrumbs, footer, legal or social menus and pagers of only
 * previous / next links are not judged.
 */
import { getAttribute, type UiElement } from '../../model.js';
import * as path from 'node:path';
import { isBreadcrumb, isLink, isNavigation } from '../shared/navigationStructure.js';
import { descendants, staticValue } from '../shared/elementMeaning.js';
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

/**
 * A pager of “Previous” / “Next” links (by their words, `rel`, label or the code that builds
 * them: `{t("previous")}`, `href={nextPageUrl}`): it leads away from where you are, and has no
 * link to the current page to mark. A numbered pager is still judged (its current page is).
 */
const STEP_LINK = /\b(prev(ious)?|next|older|newer|first|last)(Page|Url|Href)?\b|[«»‹›←→]/i;
function onlySteps(links: readonly UiElement[], text: string): boolean {
  return links.every((link) => STEP_LINK.test(text.slice(link.range.start, link.range.end)));
}

/** Footer, legal and social menus list pages people are rarely on. */
const SECONDARY_NAV = /footer|legal|social|utility/i;

function pagePath(fileName: string, baseDirectory: string | undefined): string {
  const relative = (baseDirectory ? path.relative(baseDirectory, fileName) : fileName).split(path.sep).join('/');
  return normalizePath(`/${relative}`);
}

function normalizePath(href: string): string {
  return href
    .replace(/[?#].*$/, '')
    .replace(/\/index\.html?$/i, '/')
    .replace(/\.html?$/i, '')
    .replace(/(.)\/$/, '$1')
    .toLowerCase();
}

function samePath(href: string | undefined, ownPath: string): boolean {
  return href !== undefined && href.startsWith('/') && normalizePath(href) === ownPath;
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
    const { document, baseDirectory } = context;
    const ownPath =
      document.kind === 'html' && document.fileName ? pagePath(document.fileName, baseDirectory) : undefined;
    for (const nav of document.elements) {
      if (
        !isNavigation(nav) ||
        isBreadcrumb(nav) ||
        SECONDARY_NAV.test(staticValue(getAttribute(nav, 'aria-label')) ?? '')
      )
        continue;
      const links = descendants(nav).filter((element) => isLink(element) || /^(NavLink|Link)$/.test(element.name));
      if (links.length < 2 || onlySteps(links, document.text)) continue;
      // A static page can only be judged when the menu links to the page itself.
      if (
        document.kind === 'html' &&
        !links.some((link) => ownPath !== undefined && samePath(staticValue(getAttribute(link, 'href')), ownPath))
      )
        continue;
      context.examined(nav);
      if (links.some(marksCurrent)) continue;
      context.report({
        range: nav.nameRange,
        detail: `none of its ${links.length} links is marked as the current page`,
      });
    }
  },
});
