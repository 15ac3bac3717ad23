/**
 * Full pages need landmarks people can jump between: a `<main>` (or role="main") for the
 * content, and navigation lists inside `<nav>`. Reported: a page without main (on `<body>` or
 * `<html>`) that has something to jump past (site chrome: a menu of six links or more, a
 * header or footer full of links), and a list of three or more links outside any nav, header
 * or footer landmark that is named as a menu (class, id or label: menu, nav, sidebar): it
 * reads as a menu nobody can jump to. Left alone: a standalone page (a demo, a message, a few
 * chapter links), where there is nothing to skip, and lists of links that are the content
 * (an index of examples, links to try, a list of articles). JSX pages
 * that render unmapped components may get their landmarks from them, so a missing main is not
 * reported there.
 */
import type { UiElement } from '../../model.js';
import { hasSiteChrome, isLink, isNavigation, pageAnchor } from '../shared/navigationStructure.js';
import { getAttribute } from '../../model.js';
import { staticRole, staticValue } from '../shared/elementMeaning.js';
import { defineRule } from '../types.js';

const LANDMARK_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'main']);

function insideLandmark(element: UiElement): boolean {
  for (let current = element.parent; current; current = current.parent) {
    if (
      LANDMARK_TAGS.has(current.tag) ||
      isNavigation(current) ||
      ['banner', 'contentinfo', 'complementary', 'menu', 'menubar'].includes(staticRole(current) ?? '')
    )
      return true;
  }
  return false;
}

/** A list whose items are each just a link: a menu. */
function isLinkList(list: UiElement): boolean {
  const items = list.children.filter((child): child is UiElement => child.type === 'element' && child.tag === 'li');
  if (items.length < 3) return false;
  return items.every((item) => {
    const elements = item.children.filter((child): child is UiElement => child.type === 'element');
    const text = item.children.some((child) => child.type === 'text' && child.text.trim());
    return elements.length === 1 && isLink(elements[0]!) && !text;
  });
}

/** The list or a wrapper says it is a menu (class, id or label: menu, nav, sidebar). */
function namedMenu(list: UiElement): boolean {
  for (let current: UiElement | undefined = list; current && current.tag !== 'body'; current = current.parent) {
    const names = ['class', 'id', 'aria-label']
      .map((name) => staticValue(getAttribute(current!, name)) ?? '')
      .join(' ');
    if (/\b(menu|nav|navigation|sidebar|sidenav|navbar)\b/i.test(names)) return true;
  }
  return false;
}

/** The list is all the page shows: no text or other element beside it (an index page). */
function isWholeContent(list: UiElement, body: UiElement): boolean {
  const hasOtherContent = (node: UiElement): boolean =>
    node.children.some((child) => {
      if (child === list) return false;
      if (child.type === 'text') return child.text.trim().length > 0;
      if (child.type === 'dynamic') return true;
      if (['script', 'style', 'noscript', 'template'].includes(child.tag)) return false;
      return child.range.start <= list.range.start && child.range.end >= list.range.end ? hasOtherContent(child) : true;
    });
  return !hasOtherContent(body);
}

export default defineRule({
  id: 'navigation/missing-landmarks',
  area: 'navigation',
  lens: 'UX',
  metrics: ['time-on-task', 'reach', 'legal-risk'],
  severity: 'warning',
  impact: 'serious',
  tags: ['best-practice', 'wcag2a', 'wcag131'],
  languages: ['html', 'jsx'],
  supersedes: ['a11y/landmark-one-main'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its remaining findings on the corpus were judged noise or debatable (small pages where a <main> helps nobody).
  recommended: false,
  page: true,
  help: 'Put the content in <main> and menus in <nav>',
  why: 'Landmarks let screen-reader and keyboard users jump straight to the content or the menu instead of wading through everything.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const anchor = pageAnchor(document, ['body', 'html']);
    if (!anchor) return;
    context.examined(anchor);
    const hasMain = document.elements.some((element) => element.tag === 'main' || staticRole(element) === 'main');
    const opaque =
      document.kind === 'jsx' && document.elements.some((element) => element.isComponent && !element.isMapped);
    const menus = document.elements.filter((list) => (list.tag === 'ul' || list.tag === 'ol') && isLinkList(list));
    const strayMenus = menus.filter(
      (list) => !insideLandmark(list) && !isWholeContent(list, anchor) && namedMenu(list),
    );
    if (!hasMain && !opaque && (hasSiteChrome(document) || strayMenus.length > 0))
      context.report({ range: anchor.nameRange, detail: 'the page has no <main>' });
    for (const list of menus) {
      context.examined(list);
      if (!strayMenus.includes(list)) continue;
      context.report({ range: list.nameRange, detail: 'a list of links outside <nav>' });
    }
  },
});
