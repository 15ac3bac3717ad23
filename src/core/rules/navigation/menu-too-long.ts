/**
 * A navigation menu level with more than 9 items (configurable; Miller's 7 ± 2 is the usual
 * guide). Long flat menus make people read every item to find one. Each level of a nav or
 * role=menu is counted on its own; lists built with `.map()` are not counted, since their
 * length is only known at run time.
 */
import type { UiElement } from '../../model.js';
import { isMenu, listsIn, menuItems } from '../shared/navigationStructure.js';
import { defineRule } from '../types.js';

interface Options {
  maxItems: number;
}

export default defineRule<Options>({
  id: 'navigation/menu-too-long',
  area: 'navigation',
  lens: 'UX',
  metrics: ['time-on-task', 'clicks-to-completion'],
  severity: 'warning',
  impact: 'moderate',
  tags: ['information-architecture', 'nielsen-6'],
  languages: ['html', 'jsx'],
  help: 'Group the menu into fewer top-level items',
  why: 'In a long flat menu people have to read every item to find one, and many give up and search or leave.',
  optionsSchema: {
    type: 'object',
    properties: { maxItems: { type: 'integer', minimum: 2, description: 'Most items allowed at one menu level.' } },
    additionalProperties: false,
  },
  defaultOptions: { maxItems: 9 },
  check(context) {
    const { document, options } = context;
    const judged = new Set<UiElement>();
    for (const menu of document.elements) {
      if (!isMenu(menu)) continue;
      const levels = listsIn(menu);
      if (levels.length === 0) levels.push(menu);
      for (let i = 0; i < levels.length; i++) {
        const level = levels[i]!;
        if (judged.has(level)) continue;
        judged.add(level);
        const items = menuItems(level);
        for (const item of items) levels.push(...listsIn(item));
        if (items.length === 0 || items.some((item) => item.repeated)) continue;
        context.examined(level);
        if (items.length > options.maxItems) {
          context.report({ range: level.nameRange, detail: `${items.length} items, at most ${options.maxItems}` });
        }
      }
    }
  },
});
