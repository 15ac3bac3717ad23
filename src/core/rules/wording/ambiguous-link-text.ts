/**
 * Link text that makes no sense on its own: “click here”, “read more”, “more”, “link”. People
 * scan pages for links, and screen-reader users often list them out of context, so the text
 * must say where the link goes. We judge the accessible name (aria-label and aria-labelledby
 * win, and visually hidden text inside the link counts), so `Read more<span class="sr-only">
 * about returns</span>` passes. Names only known at run time are trusted.
 */
import { getAttribute } from '../../model.js';
import { accessibleName, elementsById, staticRole, wordsRange } from '../../semantics.js';
import { normalizePhrase, wordListOptions } from '../phrases.js';
import { defineRule } from '../types.js';

const DEFAULT_PHRASES = [
  'click here',
  'click',
  'here',
  'click this link',
  'this link',
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
  help: 'Write link text that says where the link goes',
  why: 'People scan for links and screen readers list them out of context, so “Read more” repeated down a page tells nobody where each one leads.',
  optionsSchema: wordListOptions('phrases', 'extraPhrases', 'Link texts that are ambiguous on their own'),
  defaultOptions: { phrases: DEFAULT_PHRASES, extraPhrases: [] },
  check(context) {
    const { document, options } = context;
    const ambiguous = new Set([...options.phrases, ...options.extraPhrases].map(normalizePhrase));
    const ids = elementsById(document);
    for (const element of document.elements) {
      const isLink =
        (element.tag === 'a' && getAttribute(element, 'href') !== undefined) || staticRole(element) === 'link';
      if (!isLink) continue;
      const name = accessibleName(element, ids);
      if (!name.known) continue;
      context.examined(element);
      const normalized = normalizePhrase(name.text);
      if (!ambiguous.has(normalized)) continue;
      context.report({
        range: wordsRange(element, document.text),
        detail: `“${name.text}”`,
      });
    }
  },
});
