/**
 * A page needs exactly one `<h1>` that says what the page is: people and screen readers use it
 * to confirm they landed in the right place. Reported: a page with no h1 (on `<main>`, or
 * `<body>`, or `<html>`), and every h1 after the first. Both are reported only on pages of a
 * site (site chrome: a header, footer, aside or a real menu, see hasSiteChrome), where people
 * arrive from elsewhere and need to confirm where they are; a standalone page (one demo, one
 * widget, named by its title) is left alone, with or without smaller headings, and so are its
 * several h1s (a slider's slides, a game's screens, shown one at a time). JSX pages
 * that render unmapped components may get their h1 from them, so a missing h1 is not reported
 * there.
 */
import { hasSiteChrome, pageAnchor } from '../shared/navigationStructure.js';
import { defineRule } from '../types.js';

export default defineRule({
  id: 'navigation/page-h1',
  area: 'navigation',
  lens: 'UX',
  metrics: ['orientation', 'time-on-task', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['best-practice', 'nielsen-6'],
  languages: ['html', 'jsx'],
  supersedes: ['a11y/page-has-heading-one'],
  page: true,
  help: 'Give the page one <h1> that says what it is',
  why: 'The main heading is how people confirm they are in the right place; none, or several, leaves them unsure.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const anchor = pageAnchor(document, ['main', 'body', 'html']);
    if (!anchor) return;
    context.examined(anchor);
    const h1s = document.elements.filter((element) => element.tag === 'h1');
    if (h1s.length === 0) {
      const opaque =
        document.kind === 'jsx' && document.elements.some((element) => element.isComponent && !element.isMapped);
      const otherHeadings = document.elements.filter((element) => /^h[2-6]$/.test(element.tag));
      if (opaque || !hasSiteChrome(document)) return;
      context.report({
        range: anchor.nameRange,
        detail:
          otherHeadings.length > 0
            ? `the page has no <h1>; its outline starts at <${otherHeadings[0]!.tag}>`
            : 'the page has no <h1>',
      });
      return;
    }
    // Several h1s on a standalone page are its panels (a slider's slides, a game's screens),
    // one shown at a time: left alone as a missing h1 is there.
    if (!hasSiteChrome(document)) return;
    for (const extra of h1s.slice(1)) {
      if (extra.conditional) continue; // one of several alternatives
      context.report({ range: extra.nameRange, detail: `one of ${h1s.length} <h1> elements` });
    }
  },
});
