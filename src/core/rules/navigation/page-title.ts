/**
 * Every page needs a specific `<title>`: it names the browser tab, the bookmark, the search
 * result and the first thing a screen reader announces. Missing, empty and boilerplate titles
 * (“Home”, “Untitled”, “Document”, “React App”, “Vite + React”) are reported. Runs on full
 * pages only. Titles set at run time (`<title>{product.name}</title>`) are trusted, and so are
 * Next.js pages that export `metadata` or `generateMetadata`, and heads a template tag, a
 * component or a run-time value fills in (`{% seo %}`, `<Seo />`): they may write the title.
 */
import { descendants, textContent } from '../shared/elementMeaning.js';
import { normalizePhrase } from '../shared/wordLists.js';
import { pageAnchor } from '../shared/navigationStructure.js';
import { defineRule } from '../types.js';
import type { UiDocument, UiNode } from '../../model.js';
import { templateInText } from '../../templates.js';

const DEFAULT_GENERIC_TITLES = [
  'home',
  'homepage',
  'home page',
  'untitled',
  'untitled document',
  'document',
  'react app',
  'index',
  'page',
  'title',
  'new page',
  'welcome',
  'vite app',
  'vite react',
  'vite react ts',
  'create next app',
  'my app',
  'app',
  'website',
  'my website',
  'test',
  'page title',
  'title here',
];

/**
 * A `<head>` whose content is filled in when the page is built may write the title itself: a
 * template tag (`{% seo %}`, Jekyll's SEO tag; `{% block title %}`, `{{ head_tags }}`,
 * `<%= render "head" %>`), a component (`<Seo />`, `<Meta />`) or a value known at run time.
 */
function headMayWriteTitle(document: UiDocument): boolean {
  const head = document.elements.find((element) => element.tag === 'head' && !element.isComponent);
  if (!head) return false;
  if (document.kind === 'html') {
    // Words in a head end it for the parser (`{% seo %}` goes to the body), so read the source
    // as written, up to `</head>`.
    const closing = /<\/head\s*>|<body[\s>]/gi;
    closing.lastIndex = head.range.start;
    return templateInText(document.text.slice(head.range.start, closing.exec(document.text)?.index)) === 'value';
  }
  const stack: UiNode[] = [...head.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'dynamic') return true;
    if (node.type === 'text' && templateInText(node.text) === 'value') return true;
    if (node.type !== 'element') continue;
    if (node.isComponent && !node.isMapped) return true;
    stack.push(...node.children);
  }
  return false;
}

const NEXT_METADATA = /export\s+(const\s+metadata\b|(async\s+)?function\s+generateMetadata\b)/;

interface Options {
  extraGenericTitles: string[];
}

export default defineRule<Options>({
  id: 'navigation/page-title',
  area: 'navigation',
  lens: 'UX',
  metrics: ['orientation', 'findability', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['wcag2a', 'wcag242', 'nielsen-6'],
  languages: ['html', 'jsx'],
  supersedes: ['a11y/document-title'],
  page: true,
  help: 'Give the page a title that says what it is and whose it is',
  why: 'The title names the tab, the bookmark and the search result; “Untitled” or “Home” makes the page hard to find again.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraGenericTitles: {
        type: 'array',
        items: { type: 'string' },
        description: 'More titles that say nothing about the page.',
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraGenericTitles: [] },
  check(context) {
    const { document, options } = context;
    if (document.kind === 'jsx' && NEXT_METADATA.test(document.text)) return;
    const generic = new Set([...DEFAULT_GENERIC_TITLES, ...options.extraGenericTitles].map(normalizePhrase));
    const svgContent = new Set(document.elements.filter((element) => element.tag === 'svg').flatMap(descendants));
    const titles = document.elements.filter((element) => element.tag === 'title' && !svgContent.has(element));
    const anchor = pageAnchor(document, ['head', 'html']);
    if (!anchor) return;
    context.examined(anchor);
    const title = titles[0];
    if (!title) {
      if (!headMayWriteTitle(document)) context.report({ range: anchor.nameRange, detail: 'the page has no <title>' });
      return;
    }
    const text = textContent(title);
    if (!text.known) return;
    if (!text.text) {
      context.report({ range: title.nameRange, detail: 'the <title> is empty' });
    } else if (generic.has(normalizePhrase(text.text))) {
      context.report({ range: title.contentRange ?? title.nameRange, detail: `“${text.text}” could be any page` });
    }
  },
});
