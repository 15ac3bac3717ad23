/**
 * Pages three or more levels deep in the site's folder structure (`account/orders/detail.html`)
 * with no breadcrumb. Deep pages are often reached from search or a link, and a breadcrumb is
 * how people see where they are and step back up. Depth is counted from the workspace: the
 * folder of the config file, else the folder reviewed, else the git repository's root; with
 * none of these the depth is unknown and nothing is reported. Folders that do not show in URLs (src, pages, app, public…), route groups
 * (`(shop)`) and index / page / layout file names do not count. Only pages that are part of a
 * navigable site (they have navigation, a header or a footer) are judged: a folder of
 * standalone pages (demos, examples, one-off forms) is not a hierarchy people move through.
 * A breadcrumb is a nav, list or component whose label, class, id or name says breadcrumb.
 */
import * as path from 'node:path';
import { hasSiteChrome, isBreadcrumb, pageAnchor } from '../shared/navigationStructure.js';
import { defineRule } from '../types.js';

const NOT_IN_URL = new Set([
  'src',
  'pages',
  'app',
  'public',
  'www',
  'site',
  'static',
  'views',
  'templates',
  'routes',
  'html',
]);
const INDEX_FILE = /^(index|page|layout|route|default)\.[a-z]+$/i;

interface Options {
  minDepth: number;
}

export default defineRule<Options>({
  id: 'navigation/no-breadcrumb-deep-page',
  area: 'navigation',
  lens: 'UX',
  metrics: ['orientation', 'clicks-to-completion'],
  severity: 'info',
  impact: 'minor',
  tags: ['information-architecture', 'nielsen-6'],
  languages: ['html', 'jsx'],
  page: true,
  help: 'Add a breadcrumb that shows where this page sits and links back up',
  why: 'People who land deep in a site from search need to see where they are and how to step back up.',
  optionsSchema: {
    type: 'object',
    properties: {
      minDepth: { type: 'integer', minimum: 2, description: 'URL depth from which pages need a breadcrumb.' },
    },
    additionalProperties: false,
  },
  defaultOptions: { minDepth: 3 },
  check(context) {
    const { document, options, baseDirectory } = context;
    if (!document.fileName || !baseDirectory) return;
    const relative = path.relative(baseDirectory, document.fileName);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return;
    const segments = relative
      .split(/[\\/]/)
      .filter((segment) => segment && !NOT_IN_URL.has(segment.toLowerCase()) && !/^\(.*\)$/.test(segment));
    if (segments.length > 0 && INDEX_FILE.test(segments[segments.length - 1]!)) segments.pop();
    if (segments.length < options.minDepth) return;
    const anchor = pageAnchor(document, ['body']);
    if (!anchor || !hasSiteChrome(document)) return;
    context.examined(anchor);
    if (document.elements.some(isBreadcrumb)) return;
    context.report({ range: anchor.nameRange, detail: `/${segments.join('/')} is ${segments.length} levels deep` });
  },
});
