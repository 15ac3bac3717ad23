/**
 * Links with the same text that go to different places: “Returns” in the header goes to the
 * policy, “Returns” in the footer to the returns form. People expect the same words to lead
 * to the same place, and screen-reader users listing links cannot tell them apart. Texts that
 * are ambiguous on their own (“Read more”) are left to wording/ambiguous-link-text. Targets are
 * compared without a trailing slash or `index.html`; dynamic hrefs are trusted.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { isLink } from '../shared/navigationStructure.js';
import { accessibleName, elementsById, staticValue } from '../shared/elementMeaning.js';
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
      if (first.target === target) continue;
      context.report({
        range:
          link.contentRange && link.contentRange.end > link.contentRange.start ? link.contentRange : link.nameRange,
        detail: `“${name.text}” also links to ${first.target}`,
        related: [{ message: `“${name.text}” going to ${first.target}`, range: first.element.nameRange }],
      });
    }
  },
});
