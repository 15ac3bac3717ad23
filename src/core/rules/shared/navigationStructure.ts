/**
 * Navigation structure shared by the navigation rules: which elements are navigation regions,
 * menus and links, and the levels of a menu.
 */
import { getAttribute, type UiDocument, type UiElement, type UiNode } from '../../model.js';
import { descendants, nearestSelfOrAncestor, staticRole, staticValue } from './elementMeaning.js';

export function isNavigation(element: UiElement): boolean {
  return element.tag === 'nav' || staticRole(element) === 'navigation';
}

export function isMenu(element: UiElement): boolean {
  const role = staticRole(element);
  return isNavigation(element) || role === 'menu' || role === 'menubar';
}

export function isLink(element: UiElement): boolean {
  return (element.tag === 'a' && getAttribute(element, 'href') !== undefined) || staticRole(element) === 'link';
}

export function isBreadcrumb(element: UiElement): boolean {
  const label = [
    staticValue(getAttribute(element, 'aria-label')),
    staticValue(getAttribute(element, 'class')),
    staticValue(getAttribute(element, 'id')),
  ]
    .filter(Boolean)
    .join(' ');
  return /bread-?crumb/i.test(label) || /bread-?crumb/i.test(element.isComponent ? element.name : '');
}

/** The items of one menu level: `li` of a list, or the links and buttons directly in a nav. */
export function menuItems(list: UiElement): UiElement[] {
  const items: UiElement[] = [];
  for (const child of list.children) {
    if (child.type !== 'element') continue;
    if (child.tag === 'li' || staticRole(child) === 'menuitem' || isLink(child) || child.tag === 'button')
      items.push(child);
  }
  return items;
}

/** Lists (ul, ol, role=menu) directly inside an element, looking through wrapper divs. */
export function listsIn(element: UiElement): UiElement[] {
  const lists: UiElement[] = [];
  // Breadth first, read in place (no shift, no spread: a wrapper may hold 100,000 children).
  const queue: UiNode[] = [...element.children];
  for (let next = 0; next < queue.length; next++) {
    const node = queue[next]!;
    if (node.type !== 'element') continue;
    if (node.tag === 'ul' || node.tag === 'ol' || staticRole(node) === 'menu' || staticRole(node) === 'menubar') {
      lists.push(node);
      continue;
    }
    if (node.tag === 'li') continue;
    for (const child of node.children) queue.push(child);
  }
  return lists;
}

/** A menu worth skipping or jumping to: this many links or more (fewer are quick to tab past). */
export const SITE_MENU_LINKS = 6;

/**
 * A page that is part of a site: it has site chrome, a navigation menu of at least
 * SITE_MENU_LINKS links, a header with two links or more (a logo link and a menu), or a footer
 * with three or more (not inside a dialog or popover). A standalone page (one demo, one form,
 * one message, a title in a `<header>`, credits in a `<footer>`, a few chapter links) has
 * nothing to jump past and no place in a hierarchy to show, so the rules about landmarks, the
 * main heading and breadcrumbs leave it alone.
 */
export function hasSiteChrome(document: UiDocument): boolean {
  let answer = siteChrome.get(document);
  if (answer === undefined) {
    answer = document.elements.some((element) => {
      if (element.isComponent) return false;
      const role = staticRole(element);
      const fewestLinks =
        element.tag === 'header' || role === 'banner'
          ? 2
          : element.tag === 'footer' || role === 'contentinfo'
            ? 3
            : isNavigation(element)
              ? SITE_MENU_LINKS
              : undefined;
      if (fewestLinks === undefined || overlayAbove(element.parent)) return false;
      return descendants(element).filter(isLink).length >= fewestLinks;
    });
    siteChrome.set(document, answer);
  }
  return answer;
}

/** Asked by several page rules of the same document. */
const siteChrome = new WeakMap<UiDocument, boolean>();

/** The nearest dialog or popover holding an element (remembered, see nearestSelfOrAncestor). */
const overlayAbove = nearestSelfOrAncestor(
  (element) =>
    element.tag === 'dialog' ||
    getAttribute(element, 'popover') !== undefined ||
    ['dialog', 'alertdialog'].includes(staticRole(element) ?? ''),
);

/** Where a page-level finding goes: the first of these elements the page has, else its first element. */
export function pageAnchor(document: UiDocument, tags: readonly string[]): UiElement | undefined {
  for (const tag of tags) {
    const found = document.elements.find((element) => element.tag === tag);
    if (found) return found;
  }
  return document.elements[0];
}
