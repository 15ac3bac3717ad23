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
 *
 * What it leaves alone on real code (each with a regression test): content outside landmarks
 * on a standalone page, or on a page without main (landmark-one-main's question), and more than
 * one region finding per page; the page-level rules on pages without site chrome, as their
 * navigation twins; a `<video>` with no source in the file, or muted with no controls or in a
 * loop; an icon button inside a tooltip that has text (it describes the button on focus); headers
 * over a table body the script fills; values only known at run time compared for uniqueness.
 * What it adds: icon-only buttons, links and tabs (icon components render no text), icon
 * button components without a label, and clickable elements whose only content is an icon.
 */
import {
  axeRuleInfo,
  clearAnswerCache,
  evaluate,
  hashText,
  ID_REFERENCES,
  matchesRule,
  possibleRules,
  releaseAxeMemory,
  renderingOf,
  virtualTree,
  withRole,
  type VirtualTree,
} from '../../axe/axeCore.js';
import { importedIcon } from '../../parse/jsx.js';
import { getAttribute, type UiDocument, type UiElement } from '../../model.js';
import {
  LIVE_AXE_RULES,
  METRICS,
  OPT_IN,
  PAGE_AXE_RULES,
  SEVERITY,
  WHY,
  type AxeRuleId,
  type Judges,
  type PageRuleSpec,
} from '../../axe/catalogue.js';
import { hasSiteChrome, pageAnchor } from '../shared/navigationStructure.js';
import { staticRole } from '../shared/elementMeaning.js';
import { plural } from '../../plural.js';
import type { AnyRule, ReportDescriptor } from '../types.js';

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
  'video-caption': mayBeHeard,
};

/**
 * A video whose sound people can hear: it has a source in the file (a `src`, or `<source>`
 * children), and is not muted without controls or muted and looping. Left alone: a `<video>`
 * the script fills with a camera, a screen capture or a stream, and a muted loop (a background
 * or a silent product clip).
 */
function mayBeHeard(video: UiElement): boolean {
  const has = (name: string) => video.attributes.some((attribute) => attribute.key === name);
  const sourced =
    has('src') ||
    video.children.some(
      (child) =>
        child.type === 'dynamic' ||
        (child.type === 'element' && (child.tag === 'source' || (child.isComponent && !child.isMapped))),
    );
  return sourced && !(has('muted') && (!has('controls') || has('loop')));
}

type LiveRule = { readonly id: string; readonly judges: Judges };
const LIVE_IDS: readonly string[] = LIVE_AXE_RULES.map((rule) => rule.id);
const LIVE_BY_ID = new Map<string, LiveRule>(LIVE_AXE_RULES.map((rule) => [rule.id, rule]));

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

/** Elements judged per virtual tree (see answersOf). */
const TREE_BATCH = 2_000;

/**
 * Rules that read nothing of an element but its own attributes (the page's language): an
 * element judged by these alone is built without its content, which for `<html>` is the whole
 * page. (valid-lang is not one: it judges only elements with text.)
 */
const OWN_ATTRIBUTES_ONLY: ReadonlySet<string> = new Set([
  'html-has-lang',
  'html-lang-valid',
  'html-xml-lang-mismatch',
]);

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
  // How components render (mapped, icon) changes the answers of the elements around them.
  const mapping = [
    ...new Set(
      document.elements
        .filter((element) => element.isComponent)
        .map((e) => `${e.name}=${e.tag}:${importedIcon(document, e.name) ?? ''}`),
    ),
  ].join(',');
  // Hashed: each cached element's key holds it, and a file's mapping runs to kilobytes. The
  // classes that hide (Tailwind's `hidden`) change what the same text renders.
  const salt = `${hashText(`${document.kind}|${document.hidingClasses?.join(' ') ?? ''}|${mapping}`)}|`;
  const subtrees = subtreeHashes(document);
  const contexts = new Map<UiElement, string>();
  const found: Array<readonly Answer[]> = [];
  const misses: Array<{ element: UiElement; key: string; possible: readonly LiveRule[]; at: number }> = [];
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
    const possible = possibleRules(LIVE_IDS, element, document)
      .filter((id) => CANDIDATE[id]?.(element) ?? true)
      .map((id) => LIVE_BY_ID.get(id)!);
    if (isIconOnlyControl(element, document)) possible.push(ICON_CONTROL);
    if (possible.length > 0) misses.push({ element, key, possible, at: found.length - 1 });
    else remember(key, []);
  }
  // A batch of elements at a time, each with the virtual tree it needs, let go before the next:
  // one tree for every element of a 2 MB page would hold 160 MB at once.
  for (let from = 0; from < misses.length; from += TREE_BATCH) {
    const batch = misses.slice(from, from + TREE_BATCH);
    releaseAxeMemory();
    const tree = virtualTree(
      document,
      batch.map((miss) => miss.element),
      new Set(
        batch
          .filter((miss) => miss.possible.every(({ id }) => OWN_ATTRIBUTES_ONLY.has(id)))
          .map((miss) => miss.element),
      ),
    );
    for (const { element, key, possible, at } of batch) {
      found[at] = answerElement(element, possible, tree);
      remember(key, found[at]);
    }
  }
  if (misses.length > 0) releaseAxeMemory(); // axe's memos would keep the last batch's nodes until the next lint
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

/**
 * A clickable element with no role whose only content is an icon (`<div onClick><CloseIcon
 * /></div>`, `<span onclick="…"><svg>…</svg></span>`): people use it as a button, so it needs a
 * button's name, and aria-command-name judges it as the button it acts as. An empty clickable
 * element (a dialog's backdrop) is left alone: it is a shortcut for the mouse, not a control.
 */
const ICON_CONTROL: LiveRule = { id: 'aria-command-name', judges: 'content' };
const NATIVE_CONTROLS = new Set([...INTERACTIVE, 'option', 'label', 'area', 'embed', 'object']);
const ICON_TAGS = new Set(['svg', 'img']);
const ICON_FONT_TAGS = new Set(['i', 'span']);

function isIconOnlyControl(element: UiElement, document: UiDocument): boolean {
  if ((element.isComponent && !element.isMapped) || NATIVE_CONTROLS.has(element.tag)) return false;
  if (!element.attributes.some((attribute) => attribute.key === 'onclick')) return false;
  if (element.attributes.some((attribute) => attribute.key === 'role' || attribute.kind === 'spread')) return false;
  let icon = false;
  for (const child of element.children) {
    if (child.type === 'text' && !child.fromExpression && !child.text.trim()) continue;
    if (child.type !== 'element') return false;
    const rendering = renderingOf(child, document);
    const isIcon =
      rendering.kind === 'icon' ||
      (rendering.kind === 'element' &&
        (ICON_TAGS.has(rendering.tag) || (ICON_FONT_TAGS.has(rendering.tag) && child.children.length === 0)));
    if (!isIcon) return false;
    icon = true;
  }
  return icon;
}

function answerElement(element: UiElement, rules: readonly LiveRule[], tree: VirtualTree): readonly Answer[] {
  const found = tree.nodes.get(element);
  if (!found) return [];
  const answers: Answer[] = [];
  for (const rule of rules) {
    const { id, judges } = rule;
    // An icon-only clickable element is judged as the button it acts as.
    const node = rule === ICON_CONTROL ? withRole(found, 'button') : found;
    if (!matchesRule(id, node)) continue;
    if (trusted(element, judges, tree)) continue;
    const result = evaluate(id, node);
    if (result.outcome === 'inapplicable') continue;
    if (rule === ICON_CONTROL && result.outcome !== 'pass') {
      const detail = `the clickable <${element.tag}> shows only an icon and has no name`;
      const confidence = result.outcome === 'fail' ? 'high' : 'low';
      answers.push({ ruleId: id, examined: true, report: { detail, confidence } });
      continue;
    }
    if (!('messages' in result)) {
      answers.push({ ruleId: id, examined: true });
      continue;
    }
    // Virtual nodes cannot follow id references, so axe cannot finish those checks; that is
    // our blind spot, not the author's mistake (errors/not-linked-to-field checks links).
    if (
      result.outcome === 'incomplete' &&
      element.attributes.some(({ key }) => key !== 'id' && ID_REFERENCES.has(key))
    ) {
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

/**
 * axe rules off in touchpoint:recommended (precision on real code, bench/README.md), with why.
 * video-caption: whether a video has speech cannot be told from source; on the corpus every
 * finding was a muted clip, a stream or a sample film with no dialogue. heading-order: as its
 * twin navigation/heading-skip, none of its findings on the corpus was one to fix (demos that
 * show heading sizes on purpose; a skip caused by an empty icon heading, reported as such).
 */
function makeRule(id: AxeRuleId): AnyRule {
  const info = axeRuleInfo(id);
  return {
    ...(OPT_IN.has(id) ? { recommended: false } : {}),
    id: `a11y/${id}`,
    area: 'a11y',
    lens: 'CX',
    metrics: METRICS,
    severity: SEVERITY[info.impact],
    impact: info.impact,
    tags: info.tags.filter((tag) => !tag.startsWith('cat.')),
    languages: ['html', 'jsx'],
    help: info.help.replace(/\.$/, ''),
    why: WHY[id],
    defaultOptions: {},
    check(context) {
      const answers = answersOf(context.document);
      if (answers === TOO_DEEP)
        context.note(
          `Accessibility (axe-core) rules were not run: elements are nested more than ${MAX_DEPTH} levels deep`,
        );
      for (const [element, answer] of answers.get(id) ?? []) {
        // A layout's stub for when there is nothing to show (`<html><body></body></html>`
        // while the UI is turned off): no words, so no language to declare.
        if (OWN_ATTRIBUTES_ONLY.has(id) && isEmptyPage(element)) continue;
        // An item of a list given another role (`<ul role="application">`) is not out of place:
        // the list's role is the one cause, and aria-allowed-role or aria-required-children
        // reports it on the list, once.
        if (id === 'listitem' && listGivenAnotherRole(element)) continue;
        // A list titled from inside (`<ul><div>Tutorials</div><li>…`, a docs sidebar's
        // sections): invalid markup, but its items are counted and read as items.
        if (id === 'list' && titledFromInside(element)) continue;
        context.examined(element);
        if (answer.report) context.report({ range: element.nameRange, ...answer.report });
      }
    },
  };
}

/** An `<li>` whose parent is a list element with a role of its own (not `list`). */
function listGivenAnotherRole(element: UiElement): boolean {
  const parent = element.parent;
  if (!parent || !['ul', 'ol', 'menu'].includes(parent.tag)) return false;
  const role = staticRole(parent);
  return role !== undefined && role !== 'list';
}

/** Elements that hold a list's title: text only, no control or structure. */
const TITLE_TAGS = new Set(['div', 'span', 'p', 'strong', 'b', 'em', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A `<ul>` or `<ol>` whose one child that is not an item is a title before its items: an element
 * holding only text, first among its element children.
 */
function titledFromInside(list: UiElement): boolean {
  const elements = list.children.filter((child): child is UiElement => child.type === 'element');
  const [title, ...rest] = elements;
  if (!title || !TITLE_TAGS.has(title.tag) || title.isComponent) return false;
  if (!title.children.every((child) => child.type === 'text' && !child.fromExpression)) return false;
  if (!title.children.some((child) => child.type === 'text' && child.text.trim())) return false;
  if (list.children.some((child) => child.type === 'text' && !child.fromExpression && child.text.trim())) return false;
  return rest.length > 0 && rest.every((child) => ['li', 'script', 'template'].includes(child.tag));
}

/** An `<html>` whose head and body hold nothing: no text, no element. */
function isEmptyPage(element: UiElement): boolean {
  return (
    element.tag === 'html' &&
    element.children.every(
      (child) =>
        (child.type === 'text' && child.text.trim() === '') ||
        (child.type === 'element' &&
          (child.tag === 'head' || child.tag === 'body') &&
          child.children.every((inner) => inner.type === 'text' && inner.text.trim() === '')),
    )
  );
}

function trusted(element: UiElement, judges: Judges, tree: VirtualTree): boolean {
  if (tree.dynamicRoles.has(element)) return true;
  if (judges === 'attributes') return tree.dynamicAttributes.has(element);
  if (judges === 'content') return tree.uncertain.has(element);
  if (judges === 'parent') return tree.detached.has(element);
  return false;
}

/**
 * A whole-page rule: its answers come from the page run, when the lint had one. `once`: one
 * finding per page, on the first element axe reports, with how many there are (region reports
 * every block outside a landmark; one cause, one fix: put the page in landmarks).
 */
function makePageRule({
  id,
  page,
  site,
  once,
  compares,
  withMain,
  applies,
}: PageRuleSpec & { readonly id: AxeRuleId }): AnyRule {
  const live = makeRule(id);
  return {
    ...live,
    page,
    pageRun: true,
    check(context) {
      const answers = context.pageRun?.get(id);
      if (!answers) return;
      const { document } = context;
      // A JSX page whose unmapped components may render the header, main or h1 is not judged.
      const opaque =
        document.kind === 'jsx' && document.elements.some((element) => element.isComponent && !element.isMapped);
      if (site && (opaque || !hasSiteChrome(document))) return;
      if (withMain && !document.elements.some((element) => element.tag === 'main' || staticRole(element) === 'main'))
        return;
      const tree = document.kind === 'jsx' ? virtualTree(document) : undefined;
      const reports: ReportDescriptor[] = [];
      for (const answer of answers) {
        const element = answer.index === undefined ? undefined : document.elements[answer.index];
        // As live: what is only known at run time, or rendered inside a parent we cannot see, is trusted.
        if (
          element &&
          tree &&
          (tree.dynamicRoles.has(element) ||
            tree.dynamicAttributes.has(element) ||
            tree.uncertain.has(element) ||
            (!page && tree.detached.has(element)))
        )
          continue;
        if (element && compares?.some((name) => getAttribute(element, name)?.kind === 'dynamic')) continue;
        if (element && applies && !applies(element)) continue;
        context.examined(element);
        if (answer.outcome === 'pass') continue;
        const at = element ?? pageAnchor(document, ['html', 'head', 'body', 'main']);
        reports.push({
          range: at ? at.nameRange : { start: 0, end: 0 },
          detail: answer.messages.join('; ') || undefined,
          confidence: answer.outcome === 'incomplete' ? 'low' : 'high',
        });
      }
      if (!once || reports.length <= 1) {
        for (const report of reports) context.report(report);
        return;
      }
      const first = reports.reduce((a, b) => (b.range.start < a.range.start ? b : a));
      context.report({
        ...first,
        detail: `this and ${plural(reports.length - 1, 'more element')} are outside every landmark`,
      });
    },
  };
}

export const axeRules: readonly AnyRule[] = [
  ...LIVE_AXE_RULES.map(({ id }) => makeRule(id)),
  ...PAGE_AXE_RULES.map((rule: PageRuleSpec & { readonly id: AxeRuleId }) => makePageRule(rule)),
];
