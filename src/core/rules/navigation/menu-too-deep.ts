/**
 * Navigation menus nested deeper than 3 levels (configurable). Each level is another hover or
 * tap that must land precisely; deep menus are where people get lost and give up. Levels are
 * lists nested in list items inside a nav or role=menu.
 */
import type { UiElement } from '../../model.js';
import { isMenu, listsIn, menuItems } from '../shared/navigationStructure.js';
import { defineRule } from '../types.js';

interface Options {
  maxDepth: number;
}

export default defineRule<Options>({
  id: 'navigation/menu-too-deep',
  area: 'navigation',
  lens: 'UX',
  metrics: ['abandonment', 'clicks-to-completion', 'reach'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['information-architecture', 'nielsen-6'],
  languages: ['html', 'jsx'],
  help: 'Flatten the menu to three levels or fewer, and link to section pages instead',
  why: 'Every extra menu level is another precise hover or tap; deep menus are where people get lost and give up.',
  optionsSchema: {
    type: 'object',
    properties: { maxDepth: { type: 'integer', minimum: 1, description: 'Most menu levels allowed.' } },
    additionalProperties: false,
  },
  defaultOptions: { maxDepth: 3 },
  check(context) {
    const { document, options } = context;
    const seen = new Set<UiElement>();
    for (const menu of document.elements) {
      if (!isMenu(menu) || seen.has(menu)) continue;
      const top = listsIn(menu);
      if (top.length === 0) continue;
      context.examined(menu);
      const queue = top.map((list) => ({ list, depth: 1 }));
      while (queue.length > 0) {
        const { list, depth } = queue.shift()!;
        if (seen.has(list)) continue;
        seen.add(list);
        if (depth > options.maxDepth) {
          context.report({ range: list.nameRange, detail: `level ${depth} of the menu, at most ${options.maxDepth}` });
          continue;
        }
        for (const item of menuItems(list))
          for (const inner of listsIn(item)) queue.push({ list: inner, depth: depth + 1 });
      }
    }
  },
});
