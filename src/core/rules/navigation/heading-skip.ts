/**
 * Heading levels that skip (h2 → h4). People and screen readers use headings as the page's
 * outline; a skipped level suggests a missing section. Going back up any number of levels is
 * fine (h4 → h2), and the first heading of a fragment or component may be any level, since a
 * component does not know where it will be placed (axe's heading-order makes the same call).
 * In JSX each top-level tree is judged on its own. `role="heading"` with a static
 * `aria-level` counts as a heading.
 */
import { getAttribute, type UiElement } from '../../model.js';
import { staticRole, staticValue } from '../shared/elementMeaning.js';
import { defineRule } from '../types.js';

export function headingLevel(element: UiElement): number | undefined {
  const match = /^h([1-6])$/.exec(element.tag);
  if (match) return Number(match[1]);
  if (staticRole(element) === 'heading') {
    const level = Number(staticValue(getAttribute(element, 'aria-level')) ?? '2');
    return Number.isInteger(level) && level >= 1 ? level : undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'navigation/heading-skip',
  area: 'navigation',
  lens: 'UX',
  metrics: ['time-on-task', 'orientation', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['best-practice', 'nielsen-4'],
  languages: ['html', 'jsx'],
  supersedes: ['a11y/heading-order'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 5 findings judged, none kept.
  recommended: false,
  help: 'Use the next heading level down, without skipping one',
  why: 'Headings are the outline people scan; a skipped level looks like a missing section and slows down finding things.',
  defaultOptions: {},
  check(context) {
    // HTML pages are one outline; in JSX each top-level tree is its own.
    const previousByTree = new Map<number, number>();
    for (const element of context.document.elements) {
      const level = headingLevel(element);
      if (level === undefined) continue;
      const previous = previousByTree.get(element.tree);
      previousByTree.set(element.tree, level);
      if (previous === undefined) continue;
      context.examined(element);
      if (level > previous + 1) {
        context.report({
          range: element.nameRange,
          detail: `h${previous} is followed by h${level}: use h${previous + 1}`,
        });
      }
    }
  },
});
