/**
 * Links with the same text that go to different places: “Returns” in the header goes to the
 * policy, “Returns” in the footer to the returns form. People expect the same words to lead
 * to the same place, and screen-reader users listing links cannot tell them apart. Texts that
 * are ambiguous on their own (“Read more”) are left to wording/ambiguous-link-text. Targets are
 * compared without a trailing slash or `index.html`; dynamic hrefs are trusted. Links in lists
 * with different titles (a docs sidebar's “Introduction” under each section) are told apart by
 * their section, as people read them.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { isLink } from '../shared/navigationStructure.js';
import { accessibleName, elementsById, staticValue, textContent } from '../shared/elementMeaning.js';
import { normalizePhrase } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

const AMBIGUOUS = new Set([
  'click here',
  'here',
  'read more',
  'more',
  'learn more',
  'more info',
  'details',
  'link',
  'this',
  'see more',
  'view more',
  'find out more',
]);

function normalizeTarget(href: string): string {
  return href
    .trim()
    .replace(/\/index\.html?$/i, '/')
    .replace(/(.)\/$/, '$1')
    .toLowerCase();
}

/**
 * The title of the list a link is in: a heading just before the list, or a title element
 * inside it before its items (`<ul><div>Tutorials</div><li>…`); undefined when it has none.
 */
function sectionTitle(link: UiElement): string | undefined {
  let list = link.parent;
  while (list && list.tag !== 'ul' && list.tag !== 'ol') list = list.parent;
  if (!list) return undefined;
  const inside = list.children.find((child): child is UiElement => child.type === 'element' && child.tag !== 'li');
  if (inside && inside.tag !== 'ul' && inside.tag !== 'ol')
    return normalizePhrase(textContent(inside).text) || undefined;
  const siblings = list.parent?.children ?? [];
  for (let i = siblings.indexOf(list) - 1; i >= 0; i--) {
    const before = siblings[i]!;
    if (before.type !== 'element') continue;
    return /^h[1-6]$/.test(before.tag) ? normalizePhrase(textContent(before).text) || undefined : undefined;
  }
  return undefined;
}

/** Two links in lists with different titles: each section says where its link goes (“Introduction” under “Lists”, under “Forms”). */
function inTitledSections(first: UiElement, other: UiElement): boolean {
  const a = sectionTitle(first);
  const b = sectionTitle(other);
  return a !== undefined && b !== undefined && a !== b;
}

export default defineRule({
  id: 'navigation/same-text-different-target',
  area: 'navigation',
  lens: 'UX',
  metrics: ['error-rate', 'orientation', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['wcag2aaa', 'wcag249', 'nielsen-4'],
  languages: ['html', 'jsx'],
  help: 'Give links that go to different places different text',
  why: 'People expect the same words to lead to the same place; when they do not, they land somewhere they did not mean to go.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const ids = elementsById(document);
    const firstByText = new Map<string, { element: UiElement; target: string }>();
    for (const link of document.elements) {
      if (!isLink(link) || link.repeated) continue;
      const href = staticValue(getAttribute(link, 'href'));
      const name = accessibleName(link, ids);
      if (href === undefined || !name.known || !name.text) continue;
      const key = normalizePhrase(name.text);
      if (!key || AMBIGUOUS.has(key)) continue;
      const target = normalizeTarget(href);
      context.examined(link);
      const first = firstByText.get(key);
      if (!first) {
        firstByText.set(key, { element: link, target });
        continue;
      }
      if (first.target === target || inTitledSections(first.element, link)) continue;
      context.report({
        range:
          link.contentRange && link.contentRange.end > link.contentRange.start ? link.contentRange : link.nameRange,
        detail: `“${name.text}” also links to ${first.target}`,
        related: [{ message: `“${name.text}” going to ${first.target}`, range: first.element.nameRange }],
      });
    }
  },
});
