/**
 * Link text that makes no sense on its own: “click here”, “read more”, “more”, “link”. People
 * scan pages for links, and screen-reader users often list them out of context, so the text
 * must say where the link goes. We judge the accessible name (aria-label and aria-labelledby
 * win, and visually hidden text inside the link counts), so `Read more<span class="sr-only">
 * about returns</span>` passes. Names only known at run time are trusted. A link is an `<a>`
 * with an `href`, a component mapped to `<a>` (its target may come as `to`), an `<a>` that a
 * script makes a link (a click handler or `tabindex`), or anything with `role="link"`; an
 * `<a>` with none of these is a bookmark, and one with another role (`role="button"`) is not
 * a link.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { accessibleName, elementsById, staticRole, wordsRange } from '../shared/elementMeaning.js';
import { normalizePhrase, wordListOptions } from '../shared/wordLists.js';
import { defineRule } from '../types.js';

const DEFAULT_PHRASES = [
  'click here',
  'click',
  'here',
  'click this link',
  'this link',
  'a link',
  'link',
  'read more',
  'more',
  'learn more',
  'more info',
  'more information',
  'info',
  'details',
  'more details',
  'see more',
  'view more',
  'find out more',
  'continue reading',
  'this',
  'go',
  'go here',
  'start here',
];

interface Options {
  phrases: string[];
  extraPhrases: string[];
}

export default defineRule<Options>({
  id: 'wording/ambiguous-link-text',
  area: 'wording',
  lens: 'UX',
  metrics: ['clicks-to-completion', 'time-on-task', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['wcag2a', 'wcag244', 'plain-language'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): its one finding on the corpus was judged noise ("click here" inside a sentence that says what the link is for).
  recommended: false,
  help: 'Write link text that says where the link goes',
  why: 'People scan for links and screen readers list them out of context, so “Read more” repeated down a page tells nobody where each one leads.',
  optionsSchema: wordListOptions('phrases', 'extraPhrases', 'Link texts that are ambiguous on their own'),
  defaultOptions: { phrases: DEFAULT_PHRASES, extraPhrases: [] },
  check(context) {
    const { document, options } = context;
    const ambiguous = new Set([...options.phrases, ...options.extraPhrases].map(normalizePhrase));
    const ids = elementsById(document);
    for (const element of document.elements) {
      if (!isLink(element)) continue;
      const name = accessibleName(element, ids);
      if (!name.known) continue;
      context.examined(element);
      const normalized = normalizePhrase(name.text);
      if (!ambiguous.has(normalized)) continue;
      context.report({
        range: wordsRange(element, document.text),
        detail: `“${name.text}”`,
        why: `People scan for links and screen readers list them out of context, so “${name.text}” tells nobody where it leads.`,
      });
    }
  },
});

function isLink(element: UiElement): boolean {
  const role = staticRole(element);
  if (role !== undefined || element.tag !== 'a') return role === 'link';
  return (
    getAttribute(element, 'href') !== undefined ||
    element.isComponent ||
    element.hasSpread ||
    getAttribute(element, 'tabindex') !== undefined ||
    element.attributes.some((attribute) => /^on./.test(attribute.key))
  );
}
