/**
 * The same thing named differently: sign in / log in, basket / cart / bag, email / e-mail,
 * postcode / ZIP code… Groups are data (data/terms.json), extendable in config. In a single
 * file the less used variant is reported; in a workspace review (CLI, “Review Workspace”) the
 * whole workspace is counted and every use of a minority variant is reported, with the
 * majority's first use as related information. Ties go to the variant listed first.
 */
import termData from '../../data/terms.json';
import { collectMessages } from '../../messages.js';
import { phrasePattern } from '../phrases.js';
import { defineRule, type CollectedItem, type LocatedItem, type ReportDescriptor, type RuleContext } from '../types.js';

interface Group {
  readonly concept: string;
  readonly variants: Readonly<Record<string, readonly string[]>>;
}

interface Options {
  extraGroups: Group[];
}

const compiled = new WeakMap<Options, Array<{ group: Group; variants: Array<{ name: string; pattern: RegExp }> }>>();

function groupsFor(options: Options) {
  let groups = compiled.get(options);
  if (!groups) {
    groups = [...(termData.groups as unknown as Group[]), ...options.extraGroups].map((group) => ({
      group,
      variants: Object.entries(group.variants).map(([name, phrases]) => ({
        name,
        pattern: new RegExp(phrasePattern(phrases).source, 'giu'),
      })),
    }));
    compiled.set(options, groups);
  }
  return groups;
}

function collectTerms(context: RuleContext<Options>): CollectedItem[] {
  const { document } = context;
  const items: CollectedItem[] = [];
  const groups = groupsFor(context.options);
  for (const message of collectMessages(document)) {
    for (const segment of message.segments) {
      const source = document.text.slice(segment.start, segment.end);
      for (const { group, variants } of groups) {
        const taken: Array<[number, number]> = [];
        for (const variant of variants) {
          for (const match of source.matchAll(variant.pattern)) {
            const start = segment.start + match.index;
            const end = start + match[0].length;
            if (taken.some(([a, b]) => start < b && end > a)) continue;
            taken.push([start, end]);
            items.push({
              range: { start, end },
              data: { concept: group.concept, variant: variant.name, text: match[0] },
            });
          }
        }
      }
    }
  }
  return items.sort((a, b) => a.range.start - b.range.start);
}

/** Reports every use of a minority variant, per concept; `fileOf` is undefined in one file. */
function judge(
  items: ReadonlyArray<CollectedItem & { fileName?: string }>,
  options: Options,
  report: (item: CollectedItem & { fileName?: string }, descriptor: ReportDescriptor) => void,
): void {
  const order = new Map(groupsFor(options).map(({ group }) => [group.concept, Object.keys(group.variants)]));
  const byConcept = new Map<string, Array<CollectedItem & { fileName?: string }>>();
  for (const item of items) {
    const list = byConcept.get(item.data.concept!) ?? [];
    list.push(item);
    byConcept.set(item.data.concept!, list);
  }
  for (const [concept, uses] of byConcept) {
    const counts = new Map<string, number>();
    for (const use of uses) counts.set(use.data.variant!, (counts.get(use.data.variant!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const preference = order.get(concept) ?? [];
    const majority = [...counts.entries()].sort(
      (a, b) => b[1] - a[1] || preference.indexOf(a[0]) - preference.indexOf(b[0]),
    )[0]![0];
    const example = uses.find((use) => use.data.variant === majority)!;
    for (const use of uses) {
      if (use.data.variant === majority) continue;
      report(use, {
        range: use.range,
        detail: `“${use.data.text}” here, “${majority}” in ${counts.get(majority)} other place${counts.get(majority) === 1 ? '' : 's'}`,
        related: [{ message: `“${example.data.text}” is used here`, range: example.range, fileName: example.fileName }],
      });
    }
  }
}

export default defineRule<Options>({
  id: 'wording/inconsistent-terms',
  area: 'wording',
  lens: 'UX',
  metrics: ['learnability', 'brand-perception'],
  severity: 'info',
  impact: 'minor',
  tags: ['nielsen-4', 'consistency'],
  languages: ['html', 'jsx'],
  help: 'Use one name for one thing across the product',
  why: 'When the same thing has two names, people wonder whether they are two things, and the brand sounds less sure of itself.',
  optionsSchema: {
    type: 'object',
    properties: {
      extraGroups: {
        type: 'array',
        description:
          'More groups: { "concept": "…", "variants": { "preferred": ["phrase", …], "other": ["phrase", …] } }.',
        items: {
          type: 'object',
          required: ['concept', 'variants'],
          properties: {
            concept: { type: 'string' },
            variants: {
              type: 'object',
              additionalProperties: { type: 'array', items: { type: 'string' }, minItems: 1 },
              minProperties: 2,
            },
          },
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  },
  defaultOptions: { extraGroups: [] },
  check(context) {
    const items = collectTerms(context);
    items.forEach(() => context.examined());
    judge(items, context.options, (_item, descriptor) => context.report(descriptor));
  },
  workspace: {
    collect: collectTerms,
    checkWorkspace(items: readonly LocatedItem[], options, report) {
      judge(items, options, (item, descriptor) => report(item.fileName!, descriptor));
      return { examined: items.length };
    },
  },
});
