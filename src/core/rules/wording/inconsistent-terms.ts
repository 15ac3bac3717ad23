/**
 * The same thing named differently: sign in / log in, basket / cart / bag, email / e-mail,
 * postcode / ZIP code… Groups are data (data/terms.json), extendable in config. In a single
 * file the less used variant is reported; in a workspace review (CLI, “Review Workspace”) the
 * whole workspace is counted and every use of a minority variant is reported, with the
 * majority's first use as related information. Ties go to the variant listed first. Only
 * prose is read (proseSentences.ts): not code, template placeholders or placeholder text.
 */
import termData from '../../data/terms.json';
import { proseOf, sourceRange } from '../shared/proseSentences.js';
import { phrasePattern } from '../shared/wordLists.js';
import type { UiDocument } from '../../model.js';
import { defineRule, type CollectedItem, type LocatedItem, type ReportDescriptor, type RuleContext } from '../types.js';

interface Group {
  readonly concept: string;
  readonly variants: Readonly<Record<string, readonly string[]>>;
}

interface Options {
  extraGroups: Group[];
}

interface CompiledGroups {
  readonly groups: readonly Group[];
  /** Every phrase of every variant in one pattern, longest first. */
  readonly pattern: RegExp;
  readonly byPhrase: ReadonlyMap<string, { concept: string; variant: string }>;
}

const compiled = new WeakMap<Options, CompiledGroups>();

function groupsFor(options: Options): CompiledGroups {
  let entry = compiled.get(options);
  if (!entry) {
    const groups = [...(termData.groups as unknown as Group[]), ...options.extraGroups];
    const byPhrase = new Map<string, { concept: string; variant: string }>();
    for (const group of groups) {
      for (const [variant, phrases] of Object.entries(group.variants)) {
        for (const phrase of phrases)
          byPhrase.set(phrase.toLowerCase().replace(/\s+/g, ' '), { concept: group.concept, variant });
      }
    }
    entry = { groups, byPhrase, pattern: new RegExp(phrasePattern([...byPhrase.keys()]).source, 'giu') };
    compiled.set(options, entry);
  }
  return entry;
}

const collected = new WeakMap<UiDocument, CollectedItem[]>();

/** Term uses in a document, found once (check and collect both need them). */
function collectTerms(context: RuleContext<Options>): CollectedItem[] {
  const { document } = context;
  const cached = collected.get(document);
  if (cached) return cached;
  const { pattern, byPhrase } = groupsFor(context.options);
  const items: CollectedItem[] = [];
  for (const { sentences, filler } of proseOf(document)) {
    if (filler) continue;
    for (const sentence of sentences) {
      for (const match of sentence.text.matchAll(pattern)) {
        const use = byPhrase.get(match[0].toLowerCase().replace(/\s+/g, ' '));
        const range = sourceRange(sentence, match.index, match[0].length);
        if (!use || !range || !namesTheConcept(match[0], sentence.text, match.index)) continue;
        items.push({ range, data: { concept: use.concept, variant: use.variant, text: match[0] } });
      }
    }
  }
  items.sort((a, b) => a.range.start - b.range.start);
  collected.set(document, items);
  return items;
}

/** “Register” names signing up only for an account (“Register”, “Register for an account”), not “register a passkey”. */
const REGISTERS_OTHER =
  /^\s+(?:(?:a|an|the|your|this|new|another)\s+)?(?!(?:an? )?accounts?\b|for\b|with\b|now\b|today\b|here\b|to\b|and\b|or\b)[a-z]/i;

/** Whether a phrase of a group names its concept where it stands (see REGISTERS_OTHER). */
function namesTheConcept(phrase: string, sentence: string, index: number): boolean {
  return !/^register$/i.test(phrase) || !REGISTERS_OTHER.test(sentence.slice(index + phrase.length));
}

/** Reports every use of a minority variant, per concept; `fileOf` is undefined in one file. */
function judge(
  items: ReadonlyArray<CollectedItem & { fileName?: string }>,
  options: Options,
  report: (item: CollectedItem & { fileName?: string }, descriptor: ReportDescriptor) => void,
): void {
  const order = new Map(groupsFor(options).groups.map((group) => [group.concept, Object.keys(group.variants)]));
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
        why: `Calling it “${use.data.text}” here and “${example.data.text}” elsewhere makes people wonder whether they are two things.`,
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
  languages: ['html', 'jsx', 'catalog'],
  // Off in touchpoint:recommended (precision on real code, bench/README.md): 10 findings judged, none kept.
  recommended: false,
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
