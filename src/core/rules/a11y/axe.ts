/**
 * The a11y area: axe-core's rules, two ways. Element rules run live on every lint through
 * virtual nodes built from the document model (axe/axeCore.ts, answers cached per element);
 * PAGE_AXE_RULES take their answers from the whole-page run (axe/pageAxe.ts) when the lint had
 * one (on open/save, reviews, the CLI). One Touchpoint rule per axe rule, `a11y/<axe-id>`,
 * with axe's own help text and help page, severity from axe's impact (critical / serious →
 * error, moderate → warning, minor → info), lens CX (reach, legal risk).
 *
 * Dynamic JSX is trusted: a rule that judges an element's content (names, list children) is
 * not reported when part of that content is only known at run time; a rule that judges
 * attributes is not reported when a meaningful attribute is dynamic or spread; a rule that
 * judges the parent is not reported when the parent is outside the file. axe's "incomplete"
 * answers become low-confidence findings. NOT_CHECKED_STATICALLY lists the rules that need a
 * browser's layout, with the reason reports show.
 */
import {
  axeRuleInfo,
  clearAnswerCache,
  evaluate,
  hashText,
  matchesRule,
  possibleRules,
  releaseAxeMemory,
  virtualTree,
  type VirtualTree,
} from '../../axe/axeCore.js';
import type { Metric } from '../../impact.js';
import type { UiDocument, UiElement } from '../../model.js';
import { pageAnchor } from '../../navigation.js';
import type { AnyRule, Impact, Severity } from '../types.js';

type Judges = 'attributes' | 'content' | 'parent';

/**
 * Rules whose axe selector is "*" are narrowed first to the elements they can concern, so a
 * lint pays for axe only where it can find something (axe would reject the rest anyway).
 */
const hasAria = (element: UiElement): boolean =>
  element.attributes.some((attribute) => attribute.key.startsWith('aria-') || attribute.key === 'role');
const INTERACTIVE = new Set([
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'details',
  'audio',
  'video',
  'iframe',
]);
const isInteractiveContainer = (element: UiElement): boolean =>
  (INTERACTIVE.has(element.tag) ||
    element.attributes.some((attribute) => attribute.key === 'role' || attribute.key === 'tabindex')) &&
  element.children.some((child) => child.type === 'element');
const CANDIDATE: Readonly<Record<string, (element: UiElement) => boolean>> = {
  'aria-allowed-attr': hasAria,
  'aria-conditional-attr': hasAria,
  'aria-prohibited-attr': hasAria,
  'aria-valid-attr': hasAria,
  'aria-valid-attr-value': hasAria,
  'autocomplete-valid': (element) => element.attributes.some((attribute) => attribute.key === 'autocomplete'),
  'nested-interactive': isInteractiveContainer,
};

/** The axe rules that run on one element, and what each judges. */
export const LIVE_AXE_RULES: ReadonlyArray<{ readonly id: string; readonly judges: Judges }> = [
  { id: 'aria-allowed-attr', judges: 'attributes' },
  { id: 'aria-allowed-role', judges: 'attributes' },
  { id: 'aria-command-name', judges: 'content' },
  { id: 'aria-conditional-attr', judges: 'attributes' },
  { id: 'aria-deprecated-role', judges: 'attributes' },
  { id: 'aria-dialog-name', judges: 'content' },
  { id: 'aria-input-field-name', judges: 'content' },
  { id: 'aria-meter-name', judges: 'content' },
  { id: 'aria-progressbar-name', judges: 'content' },
  { id: 'aria-prohibited-attr', judges: 'attributes' },
  { id: 'aria-required-attr', judges: 'attributes' },
  { id: 'aria-required-children', judges: 'content' },
  { id: 'aria-required-parent', judges: 'parent' },
  { id: 'aria-roles', judges: 'attributes' },
  { id: 'aria-text', judges: 'content' },
  { id: 'aria-toggle-field-name', judges: 'content' },
  { id: 'aria-tooltip-name', judges: 'content' },
  { id: 'aria-treeitem-name', judges: 'content' },
  { id: 'aria-valid-attr', judges: 'attributes' },
  { id: 'aria-valid-attr-value', judges: 'attributes' },
  { id: 'autocomplete-valid', judges: 'attributes' },
  { id: 'button-name', judges: 'content' },
  { id: 'definition-list', judges: 'content' },
  { id: 'empty-heading', judges: 'content' },
  { id: 'empty-table-header', judges: 'content' },
  { id: 'frame-title', judges: 'attributes' },
  { id: 'html-has-lang', judges: 'attributes' },
  { id: 'html-lang-valid', judges: 'attributes' },
  { id: 'html-xml-lang-mismatch', judges: 'attributes' },
  { id: 'image-alt', judges: 'attributes' },
  { id: 'input-button-name', judges: 'attributes' },
  { id: 'input-image-alt', judges: 'attributes' },
  { id: 'link-name', judges: 'content' },
  { id: 'list', judges: 'content' },
  { id: 'listitem', judges: 'parent' },
  { id: 'nested-interactive', judges: 'content' },
  { id: 'object-alt', judges: 'content' },
  { id: 'presentation-role-conflict', judges: 'attributes' },
  { id: 'role-img-alt', judges: 'attributes' },
  { id: 'server-side-image-map', judges: 'attributes' },
  { id: 'summary-name', judges: 'content' },
  { id: 'svg-img-alt', judges: 'content' },
  { id: 'tabindex', judges: 'attributes' },
  { id: 'valid-lang', judges: 'attributes' },
  { id: 'video-caption', judges: 'content' },
];

const LIVE_IDS = LIVE_AXE_RULES.map((rule) => rule.id);
const LIVE_BY_ID = new Map(LIVE_AXE_RULES.map((rule) => [rule.id, rule]));

/**
 * axe rules for the whole-page run (axe/pageAxe.ts: `axe.run` in jsdom, on save, on review and
 * in the CLI, never per keystroke): those that need the whole tree or follow id references.
 * `page`: judged only on full pages (an HTML document, or a file matched by `pages`), because a
 * component alone says nothing about the page's title, landmarks or skip links.
 */
export const PAGE_AXE_RULES: ReadonlyArray<{ readonly id: string; readonly page: boolean }> = [
  { id: 'accesskeys', page: false },
  { id: 'area-alt', page: false },
  { id: 'aria-braille-equivalent', page: false },
  { id: 'aria-hidden-body', page: true },
  { id: 'aria-hidden-focus', page: false },
  { id: 'aria-tab-name', page: false },
  { id: 'blink', page: false },
  { id: 'bypass', page: true },
  { id: 'dlitem', page: false },
  { id: 'document-title', page: true },
  { id: 'duplicate-id-aria', page: false },
  { id: 'form-field-multiple-labels', page: false },
  { id: 'frame-title-unique', page: false },
  { id: 'heading-order', page: false },
  { id: 'image-redundant-alt', page: false },
  { id: 'label', page: false },
  { id: 'label-title-only', page: false },
  { id: 'landmark-banner-is-top-level', page: true },
  { id: 'landmark-contentinfo-is-top-level', page: true },
  { id: 'landmark-main-is-top-level', page: true },
  { id: 'landmark-no-duplicate-banner', page: true },
  { id: 'landmark-no-duplicate-contentinfo', page: true },
  { id: 'landmark-no-duplicate-main', page: true },
  { id: 'landmark-one-main', page: true },
  { id: 'landmark-unique', page: false },
  { id: 'marquee', page: false },
  { id: 'meta-refresh', page: true },
  { id: 'meta-viewport', page: true },
  { id: 'meta-viewport-large', page: true },
  { id: 'page-has-heading-one', page: true },
  { id: 'region', page: true },
  { id: 'scope-attr-valid', page: false },
  { id: 'select-name', page: false },
  { id: 'table-duplicate-name', page: false },
  { id: 'td-headers-attr', page: false },
  { id: 'th-has-data-cells', page: false },
];

/**
 * Where one of Touchpoint's rules and an axe rule report the same element for the same reason,
 * the engine keeps Touchpoint's (it says more and often has a fix): axe id → Touchpoint rule.
 * Page-level pairs (title, h1, main, skip link) count as the same element anywhere in the file.
 */
export const TWINS: Readonly<Record<string, { readonly rule: string; readonly pageLevel: boolean }>> = {
  'document-title': { rule: 'navigation/page-title', pageLevel: true },
  'page-has-heading-one': { rule: 'navigation/page-h1', pageLevel: true },
  'landmark-one-main': { rule: 'navigation/missing-landmarks', pageLevel: true },
  bypass: { rule: 'navigation/missing-skip-link', pageLevel: true },
  'heading-order': { rule: 'navigation/heading-skip', pageLevel: false },
  label: { rule: 'errors/placeholder-as-label', pageLevel: false },
};

/** axe rules that cannot run on source at all, with the reason shown as “not checked statically”. */
export const NOT_CHECKED_STATICALLY: Readonly<Record<string, string>> = {
  'color-contrast': 'needs rendered colours and layout',
  'color-contrast-enhanced': 'needs rendered colours and layout',
  'target-size': 'needs layout (sizes and spacing)',
  'link-in-text-block': 'needs rendered styles',
  'css-orientation-lock': 'needs the page’s style sheets',
  'avoid-inline-spacing': 'needs computed styles',
  'scrollable-region-focusable': 'needs layout (overflow)',
  'focus-order-semantics': 'needs a browser',
  'hidden-content': 'needs computed styles',
  'label-content-name-mismatch': 'needs rendered text',
  'skip-link':
    'applies only to links placed off-screen until focused, which needs layout (navigation/missing-skip-link checks skip links)',
};

const ID_REFERENCES = new Set([
  'aria-describedby',
  'aria-labelledby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-errormessage',
  'aria-details',
  'aria-flowto',
  'for',
  'list',
  'form',
  'headers',
]);

const SEVERITY: Readonly<Record<Impact, Severity>> = {
  critical: 'error',
  serious: 'error',
  moderate: 'warning',
  minor: 'info',
};

/** One sentence for a designer per axe category. */
const WHY: Readonly<Record<string, string>> = {
  'cat.text-alternatives':
    'People who cannot see an image or a frame hear nothing useful about it, so they miss what it says or does.',
  'cat.name-role-value':
    'A control with no name or the wrong role is announced as “button” or not at all, so screen-reader users cannot tell what it does.',
  'cat.aria':
    'Broken ARIA makes assistive technology announce something other than what people see, which is worse than no ARIA at all.',
  'cat.forms':
    'Fields that browsers and assistive technology cannot identify are harder to fill in, and harder still without sight.',
  'cat.keyboard': 'People who use a keyboard or switch device get stuck or lost when focus goes to the wrong place.',
  'cat.language':
    'Screen readers pick their voice and pronunciation from the page language; the wrong one makes every word hard to understand.',
  'cat.structure':
    'Lists and headings that are not built as such lose their structure for screen-reader users, who then cannot skim.',
  'cat.tables': 'Screen-reader users hear table cells without their headers, so the numbers lose their meaning.',
  'cat.time-and-media':
    'Moving, blinking or uncaptioned media shuts out people who are deaf, who have epilepsy or who cannot follow fast changes.',
  'cat.parsing': 'Elements browsers no longer support behave unpredictably for assistive technology.',
};

const METRICS: readonly Metric[] = ['reach', 'legal-risk', 'task-success'];

/** What one live axe rule concluded about one element. */
interface Answer {
  readonly ruleId: string;
  /** The rule applied to the element (an opportunity, for the score). */
  readonly examined: boolean;
  readonly report?: { readonly detail: string | undefined; readonly confidence: 'high' | 'low' };
}

/**
 * Answers of every live rule for one element, cached by what they can depend on: the element's
 * source text (its subtree), its ancestors' opening tags, and how components are mapped. On a
 * re-lint after a keystroke only the edited element and its ancestors miss; the virtual tree
 * is built only when something misses.
 */
const MAX_CACHED_ELEMENTS = 20_000;
const elementAnswers = new Map<string, readonly Answer[]>();
const documentAnswers = new WeakMap<UiDocument, ReadonlyMap<string, ReadonlyArray<[UiElement, Answer]>>>();

/** Forgets cached element answers (for benchmarks that measure a first lint). */
export function clearElementAnswers(): void {
  elementAnswers.clear();
  clearAnswerCache();
}

/** axe walks trees recursively; far deeper than any real page, it would overflow the stack. */
const MAX_DEPTH = 1_000;
const TOO_DEEP = new Map<string, ReadonlyArray<[UiElement, Answer]>>();

function answersOf(document: UiDocument): ReadonlyMap<string, ReadonlyArray<[UiElement, Answer]>> {
  const known = documentAnswers.get(document);
  if (known) return known;
  if (maxDepth(document) > MAX_DEPTH) {
    documentAnswers.set(document, TOO_DEEP);
    return TOO_DEEP;
  }
  const { text } = document;
  const mapping = [
    ...new Set(document.elements.filter((element) => element.isComponent).map((e) => `${e.name}=${e.tag}`)),
  ].join(',');
  const salt = `${document.kind}|${mapping}|`;
  const subtrees = subtreeHashes(document);
  const contexts = new Map<UiElement, string>();
  const found: Array<readonly Answer[]> = [];
  const misses: Array<{ element: UiElement; key: string; possible: typeof LIVE_AXE_RULES; at: number }> = [];
  for (const element of document.elements) {
    const parent = element.parent;
    const context = parent
      ? hashText(
          `${contexts.get(parent) ?? ''}<${parent.tag}${text.slice(parent.openingRange.start, parent.openingRange.end)}`,
        )
      : '';
    contexts.set(element, context);
    const key = `${salt}${context}|${subtrees.get(element)}`;
    const cached = elementAnswers.get(key);
    found.push(cached ?? []);
    if (cached) continue;
    const possible = possibleRules(LIVE_IDS, element, document.kind)
      .filter((id) => CANDIDATE[id]?.(element) ?? true)
      .map((id) => LIVE_BY_ID.get(id)!);
    if (possible.length > 0) misses.push({ element, key, possible, at: found.length - 1 });
    else remember(key, []);
  }
  if (misses.length > 0) {
    releaseAxeMemory();
    const tree = virtualTree(
      document,
      misses.map((miss) => miss.element),
    );
    for (const { element, key, possible, at } of misses) {
      found[at] = answerElement(element, possible, tree);
      remember(key, found[at]);
    }
  }
  const byRule = new Map<string, Array<[UiElement, Answer]>>(LIVE_AXE_RULES.map(({ id }) => [id, []]));
  document.elements.forEach((element, i) => {
    for (const answer of found[i]!) byRule.get(answer.ruleId)!.push([element, answer]);
  });
  documentAnswers.set(document, byRule);
  return byRule;
}

function maxDepth(document: UiDocument): number {
  const depths = new Map<UiElement, number>();
  let deepest = 0;
  for (const element of document.elements) {
    const depth = (element.parent ? depths.get(element.parent)! : 0) + 1;
    depths.set(element, depth);
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * A hash of each element's own source and what it contains, children before parents (document
 * order reversed), so the work stays proportional to the file however deep it nests.
 */
function subtreeHashes(document: UiDocument): Map<UiElement, string> {
  const { text, elements } = document;
  const hashes = new Map<UiElement, string>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const element = elements[i]!;
    let own = `${element.tag}${text.slice(element.openingRange.start, element.openingRange.end)}`;
    for (const child of element.children)
      own +=
        child.type === 'element'
          ? `(${hashes.get(child)})`
          : child.type === 'text'
            ? `"${child.text}`
            : `{${child.expression}`;
    hashes.set(element, hashText(own));
  }
  return hashes;
}

function remember(key: string, answers: readonly Answer[]): void {
  if (elementAnswers.size >= MAX_CACHED_ELEMENTS) elementAnswers.delete(elementAnswers.keys().next().value!);
  elementAnswers.set(key, answers);
}

function answerElement(element: UiElement, rules: typeof LIVE_AXE_RULES, tree: VirtualTree): readonly Answer[] {
  const node = tree.nodes.get(element);
  if (!node) return [];
  const answers: Answer[] = [];
  for (const { id, judges } of rules) {
    if (!matchesRule(id, node)) continue;
    if (trusted(element, judges, tree)) continue;
    const result = evaluate(id, node);
    if (result.outcome === 'inapplicable') continue;
    if (!('messages' in result)) {
      answers.push({ ruleId: id, examined: true });
      continue;
    }
    // Virtual nodes cannot follow id references, so axe cannot finish those checks; that is
    // our blind spot, not the author's mistake (errors/not-linked-to-field checks links).
    if (result.outcome === 'incomplete' && element.attributes.some((attribute) => ID_REFERENCES.has(attribute.key))) {
      answers.push({ ruleId: id, examined: true });
      continue;
    }
    answers.push({
      ruleId: id,
      examined: true,
      report: {
        detail: [...new Set(result.messages)].join('; ') || undefined,
        confidence: result.outcome === 'incomplete' ? 'low' : 'high',
      },
    });
  }
  return answers;
}

function makeRule(id: string): AnyRule {
  const info = axeRuleInfo(id);
  const category = info.tags.find((tag) => tag.startsWith('cat.')) ?? 'cat.aria';
  return {
    id: `a11y/${id}`,
    area: 'a11y',
    lens: 'CX',
    metrics: METRICS,
    severity: SEVERITY[info.impact],
    impact: info.impact,
    tags: info.tags.filter((tag) => !tag.startsWith('cat.')),
    languages: ['html', 'jsx'],
    help: info.help.replace(/\.$/, ''),
    why: WHY[category] ?? WHY['cat.aria']!,
    defaultOptions: {},
    check(context) {
      const answers = answersOf(context.document);
      if (answers === TOO_DEEP)
        context.note(
          `Accessibility (axe-core) rules were not run: elements are nested more than ${MAX_DEPTH} levels deep`,
        );
      for (const [element, answer] of answers.get(id) ?? []) {
        context.examined(element);
        if (answer.report) context.report({ range: element.nameRange, ...answer.report });
      }
    },
  };
}

function trusted(element: UiElement, judges: Judges, tree: VirtualTree): boolean {
  if (tree.dynamicAttributes.has(element)) return true;
  if (judges === 'content') return tree.uncertain.has(element);
  if (judges === 'parent') return tree.detached.has(element);
  return false;
}

/** A whole-page rule: its answers come from the page run, when the lint had one. */
function makePageRule(id: string, page: boolean): AnyRule {
  const live = makeRule(id);
  return {
    ...live,
    page,
    pageRun: true,
    check(context) {
      const answers = context.pageRun?.get(id);
      if (!answers) return;
      const { document } = context;
      const tree = document.kind === 'jsx' ? virtualTree(document) : undefined;
      for (const answer of answers) {
        const element = answer.index === undefined ? undefined : document.elements[answer.index];
        // As live: what is only known at run time, or rendered inside a parent we cannot see, is trusted.
        if (
          element &&
          tree &&
          (tree.dynamicAttributes.has(element) || tree.uncertain.has(element) || (!page && tree.detached.has(element)))
        )
          continue;
        context.examined(element);
        if (answer.outcome === 'pass') continue;
        const at = element ?? pageAnchor(document, ['html', 'head', 'body', 'main']);
        context.report({
          range: at ? at.nameRange : { start: 0, end: 0 },
          detail: answer.messages.join('; ') || undefined,
          confidence: answer.outcome === 'incomplete' ? 'low' : 'high',
        });
      }
    },
  };
}

export const axeRules: readonly AnyRule[] = [
  ...LIVE_AXE_RULES.map(({ id }) => makeRule(id)),
  ...PAGE_AXE_RULES.map(({ id, page }) => makePageRule(id, page)),
];
