/**
 * Whole-page axe: `axe.run` in one long-lived jsdom window, for the axe rules that need the
 * whole tree (landmarks, duplicate ids, labels found by `for`, heading order, region…). Runs
 * inside a worker thread (pageWorker.ts); the engine talks to it through PageRunner.
 *
 * Why naive `axe.run` in jsdom is slow, and what this module does about it (measured on a
 * 3,344-element page, 2 cores: 6.7 s naive, see `npm run bench -- page`):
 *   - a new JSDOM per file costs its setup and axe's evaluation each time: one window is kept
 *     and each page is swapped into its document;
 *   - axe computes a CSS selector and an HTML snippet for every node of every result (passes
 *     included), and `getSelector` checks uniqueness against the whole document, which grows
 *     with the square of the page: results are reported by a reporter of ours that reads each
 *     node's source offset from a `data-tp` attribute, with selectors and snippets off;
 *   - jsdom's `getComputedStyle` runs its whole cascade (the user-agent sheet, every rule
 *     matched by a CSS selector engine) for each element axe asks about visibility. The page's
 *     style sheets are first pruned to the declarations of the dozen properties axe reads
 *     (about a fifth less page-run time on dom-examples, 156 of its 193 pages styled). A page
 *     with no rule left (jsdom never loads a linked sheet) gets a static computed style
 *     (inline `style`, `hidden`, the user-agent display of each element), which is what jsdom
 *     would answer without layout anyway: a 54 KB real admin page went from 0.40 to 0.24 s;
 *     a page with rules left keeps jsdom's cascade on them;
 *   - axe looks up ids, `label[for]` and `headers` with `querySelectorAll` once per element,
 *     each a full document scan in jsdom: those lookups are answered from an index built once
 *     per page;
 *   - axe finds an element's position among its siblings with `Array.prototype.indexOf` on
 *     `parent.children` (heading-order orders every heading that way); each index of a jsdom
 *     HTMLCollection is a slow proxied read, so positions are read once per collection and run;
 *   - only the rules the page needs run (live rules already ran on the model; layout rules
 *     cannot run here).
 */
import type { DOMWindow } from 'jsdom';

/** What axe said about one element for one rule. */
export interface PageAnswer {
  readonly ruleId: string;
  readonly outcome: 'fail' | 'incomplete' | 'pass';
  /** The model element's index (`data-tp`), or undefined for a node the parser added. */
  readonly index: number | undefined;
  readonly messages: readonly string[];
}

interface AxeCheckResult {
  readonly result?: boolean | undefined;
  readonly message?: string;
}
interface AxeNodeResult {
  readonly node: { readonly element?: Element };
  readonly any: readonly AxeCheckResult[];
  readonly all: readonly AxeCheckResult[];
  readonly none: readonly AxeCheckResult[];
}
interface AxeRuleResult {
  readonly id: string;
  readonly violations: readonly AxeNodeResult[];
  readonly incomplete: readonly AxeNodeResult[];
  readonly passes: readonly AxeNodeResult[];
}
interface AxeInWindow {
  configure(options: unknown): void;
  addReporter(
    name: string,
    reporter: (results: AxeRuleResult[], options: unknown, done: (r: unknown) => void) => void,
  ): void;
  run(context: unknown, options: unknown): Promise<PageAnswer[]>;
  utils: { escapeSelector(value: string): string };
}

export const INDEX_ATTRIBUTE = 'data-tp';
/** Marks the parents added around a JSX fragment (a table around a `<tr>`): never judged. */
export const CONTEXT_ATTRIBUTE = 'data-tp-context';

/** Elements the user-agent sheet hides, and those it lays out as blocks (the rest: inline). */
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'template', 'title', 'meta', 'link', 'base', 'noscript']);
const DISPLAY: Readonly<Record<string, string>> = {
  li: 'list-item',
  table: 'table',
  tr: 'table-row',
  td: 'table-cell',
  th: 'table-cell',
  thead: 'table-header-group',
  tbody: 'table-row-group',
  tfoot: 'table-footer-group',
  caption: 'table-caption',
  col: 'table-column',
  colgroup: 'table-column-group',
  summary: 'list-item',
  ...Object.fromEntries(
    'html body address article aside blockquote details dialog dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend main menu nav ol p pre search section ul'
      .split(' ')
      .map((tag) => [tag, 'block']),
  ),
};
/** Properties children inherit, with their initial values. */
const INHERITED: Readonly<Record<string, string>> = {
  visibility: 'visible',
  'pointer-events': 'auto',
  'font-size': '16px',
  'font-weight': '400',
  'font-style': 'normal',
  'font-family': 'serif',
  color: 'rgb(0, 0, 0)',
  direction: 'ltr',
  'white-space': 'normal',
  'text-indent': '0px',
  'text-shadow': 'none',
  '-webkit-text-stroke-width': '0px',
  '-webkit-text-stroke-color': 'rgb(0, 0, 0)',
  '-webkit-text-fill-color': 'rgb(0, 0, 0)',
};
const INITIAL: Readonly<Record<string, string>> = {
  position: 'static',
  opacity: '1',
  overflow: 'visible',
  width: 'auto',
  height: 'auto',
  'z-index': 'auto',
  clip: 'auto',
  'clip-path': 'none',
  transform: 'none',
  'transform-style': 'flat',
  perspective: 'none',
  'content-visibility': 'visible',
  contain: 'none',
  float: 'none',
  'mix-blend-mode': 'normal',
  'will-change': 'auto',
  'background-color': 'rgba(0, 0, 0, 0)',
  'background-image': 'none',
  'text-decoration': 'none',
  content: 'normal',
  'padding-top': '0px',
  'padding-right': '0px',
  'padding-bottom': '0px',
  'padding-left': '0px',
};

/**
 * The properties axe's page rules read from a computed style: the static style's, and the
 * shorthands and custom properties that can set them. Everything else a page's style sheets
 * declare (borders, margins, transitions…) changes no answer, but jsdom's cascade copies each
 * declaration of each matching rule into every element's computed style.
 */
export const READ_PROPERTIES: ReadonlySet<string> = new Set([
  'display',
  ...Object.keys(INHERITED),
  ...Object.keys(INITIAL),
  'overflow-x',
  'overflow-y',
  'text-decoration-line',
]);
const SHORTHANDS: ReadonlySet<string> = new Set([
  'all',
  'background',
  'overflow',
  'font',
  'padding',
  'text-decoration',
  '-webkit-text-stroke',
  'white-space',
  'inset',
]);

/** Whether a declaration of `property` can change what a page rule reads (kept by pruning). */
export function isRead(property: string): boolean {
  return READ_PROPERTIES.has(property) || SHORTHANDS.has(property) || property.startsWith('--');
}

interface RuleList {
  readonly cssRules: { readonly length: number; readonly [index: number]: unknown };
  deleteRule(index: number): void;
}

/**
 * Drops from the page's style sheets (their CSSOM, as jsdom parsed them) every declaration of a
 * property no page rule reads, and every style rule left with none; `@media` and other group
 * rules are pruned inside. jsdom's own cascade then runs on what is left, so what it answers
 * for the properties read is unchanged (tested against the unpruned sheets).
 */
export function pruneStyleSheets(document: Document): void {
  const window = document.defaultView!;
  const prune = (list: RuleList) => {
    for (let i = list.cssRules.length - 1; i >= 0; i--) {
      const rule = list.cssRules[i];
      if (rule instanceof window.CSSStyleRule) {
        // Nested rules (CSS nesting) are pruned in turn; jsdom's cascade skips them anyway.
        if (rule.cssRules.length > 0) prune(rule);
        const style = rule.style;
        const unread: string[] = [];
        for (let j = 0; j < style.length; j++) if (!isRead(style.item(j))) unread.push(style.item(j));
        if (unread.length === style.length && rule.cssRules.length === 0) list.deleteRule(i);
        else for (const property of unread) style.removeProperty(property);
      } else if (rule instanceof window.CSSGroupingRule) {
        prune(rule);
      }
    }
  };
  for (const sheet of document.styleSheets) prune(sheet);
}

/**
 * What the user-agent sheet hides: `hidden`, the head's elements, a closed `<dialog>` and a
 * popover (shown only once opened by script or a button).
 */
function hiddenByDefault(element: Element, tag: string): boolean {
  return (
    element.hasAttribute('hidden') ||
    HIDDEN_TAGS.has(tag) ||
    (tag === 'dialog' && !element.hasAttribute('open')) ||
    element.hasAttribute('popover')
  );
}

/** The declarations of a `style` attribute (property names lower-cased, `!important` dropped). */
function inlineStyle(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const text = element.getAttribute('style');
  if (!text) return declarations;
  for (const part of text.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim();
    if (name && value) declarations.set(name, value);
  }
  return declarations;
}

/**
 * A computed style without a cascade: inline declarations over the user-agent defaults,
 * inherited properties from the parent. Used only when the page has no stylesheet, where
 * jsdom's own answer would be the same.
 */
function staticComputedStyle(window: DOMWindow): (element: Element) => { getPropertyValue(name: string): string } {
  const cache = new WeakMap<Element, Map<string, string>>();
  const styleOf = (element: Element): Map<string, string> => {
    let style = cache.get(element);
    if (style) return style;
    const parentElement = element.parentElement;
    const parent = parentElement ? styleOf(parentElement) : undefined;
    style = new Map<string, string>();
    for (const [name, initial] of Object.entries(INHERITED)) style.set(name, parent?.get(name) ?? initial);
    const tag = element.localName;
    style.set('display', hiddenByDefault(element, tag) ? 'none' : (DISPLAY[tag] ?? 'inline'));
    for (const [name, value] of inlineStyle(element)) style.set(name, value);
    cache.set(element, style);
    return style;
  };
  const original = window.getComputedStyle.bind(window);
  return (element) => {
    if (!(element instanceof window.Element)) return original(element as Element);
    const style = styleOf(element);
    return {
      getPropertyValue: (name: string) => style.get(name) ?? INITIAL[name] ?? '',
    };
  };
}

/**
 * Answers the id, `label[for]` and `headers` lookups axe makes once per element from an index
 * built once per page; anything else goes to jsdom. Results are arrays (axe only iterates them
 * and reads `length`).
 */
function indexLookups(window: DOMWindow, axe: AxeInWindow): { reset(): void } {
  const document = window.document;
  const proto = window.Document.prototype;
  const originalAll = proto.querySelectorAll;
  const originalOne = proto.querySelector;
  let indexed: { ids: Map<string, Element[]>; labels: Map<string, Element[]>; headers: Map<string, Element[]> } | null =
    null;
  const build = () => {
    const ids = new Map<string, Element[]>();
    const labels = new Map<string, Element[]>();
    const headers = new Map<string, Element[]>();
    const add = (map: Map<string, Element[]>, key: string, element: Element) => {
      const list = map.get(key);
      if (list) list.push(element);
      else map.set(key, [element]);
    };
    for (const element of originalAll.call(document, '[id], label[for], [headers]')) {
      const id = element.getAttribute('id');
      if (id !== null) add(ids, axe.utils.escapeSelector(id), element);
      const target = element.localName === 'label' ? element.getAttribute('for') : null;
      if (target !== null) add(labels, target, element);
      for (const header of (element.getAttribute('headers') ?? '').split(/\s+/))
        if (header) add(headers, header, element);
    }
    return { ids, labels, headers };
  };
  const lookup = (selector: string): Element[] | undefined => {
    let match = /^\[id="((?:[^"\\]|\\.)*)"\]$/.exec(selector);
    if (match) return ((indexed ??= build()).ids.get(match[1]!) ?? []).slice();
    match = /^label\[for="([^"\\]*)"\]$/.exec(selector);
    if (match) return ((indexed ??= build()).labels.get(match[1]!) ?? []).slice();
    match = /^\[headers~="([^"\\\s]*)"\]$/.exec(selector);
    if (match) return ((indexed ??= build()).headers.get(match[1]!) ?? []).slice();
    return undefined;
  };
  proto.querySelectorAll = function (this: Document, selector: string) {
    const found = this === document ? lookup(selector) : undefined;
    return (found ?? originalAll.call(this, selector)) as unknown as NodeListOf<Element>;
  } as typeof proto.querySelectorAll;
  proto.querySelector = function (this: Document, selector: string) {
    const found = this === document ? lookup(selector) : undefined;
    return found ? (found[0] ?? null) : originalOne.call(this, selector);
  } as typeof proto.querySelector;
  return {
    reset() {
      indexed = null;
    },
  };
}

/**
 * `indexOf` on an HTMLCollection answered from positions read once per collection (the page
 * does not change while axe runs; `reset` forgets them before the next page).
 */
function indexCollections(window: DOMWindow): { reset(): void } {
  const arrayProto = (window as unknown as { Array: ArrayConstructor }).Array.prototype;
  const originalIndexOf = arrayProto.indexOf;
  let positions = new WeakMap<object, Map<unknown, number>>();
  arrayProto.indexOf = function (this: unknown[], item: unknown, fromIndex?: number): number {
    if (fromIndex === undefined && this instanceof window.HTMLCollection) {
      let known = positions.get(this);
      if (!known) {
        known = new Map();
        for (let i = 0, element = this[0]; element; element = this[++i]) known.set(element, i);
        positions.set(this, known);
      }
      return known.get(item) ?? -1;
    }
    return originalIndexOf.apply(this, [item, fromIndex] as [unknown, number]);
  };
  return {
    reset() {
      positions = new WeakMap();
    },
  };
}

export interface PageAxe {
  /** Runs the rules on one page (an HTML document text) and says what axe found, per element. */
  run(html: string, rules: readonly string[]): Promise<PageAnswer[]>;
}

/**
 * Sets up axe in a window once. `axeSource` is axe-core's browser bundle; `fast` = false keeps
 * jsdom's own computed styles and lookups (for the bench's comparison and the equivalence test).
 */
export function createPageAxe(window: DOMWindow, axeSource: string, fast = true): PageAxe {
  // jsdom has no layout, so nothing is at any point of the viewport (axe's modal check asks).
  const documentProto = window.Document.prototype as unknown as { elementsFromPoint?: () => Element[] };
  documentProto.elementsFromPoint ??= () => [];
  window.eval(axeSource);
  const axe = (window as unknown as { axe: AxeInWindow }).axe;
  axe.configure({ noHtml: true });
  axe.addReporter('touchpoint', (results, _options, done) => {
    const answers: PageAnswer[] = [];
    for (const result of results) {
      const add = (nodes: readonly AxeNodeResult[], outcome: PageAnswer['outcome']) => {
        for (const node of nodes) {
          if (node.node.element?.hasAttribute(CONTEXT_ATTRIBUTE)) continue;
          const value = node.node.element?.getAttribute(INDEX_ATTRIBUTE);
          const messages =
            outcome === 'pass'
              ? []
              : [
                  ...node.all.filter((check) => check.result !== true),
                  ...node.none.filter((check) => check.result !== false),
                  ...(node.any.some((check) => check.result === true) ? [] : node.any.slice(0, 1)),
                ]
                  .map((check) => check.message ?? '')
                  .filter(Boolean);
          answers.push({
            ruleId: result.id,
            outcome,
            index: value == null || value === '' ? undefined : Number(value),
            messages: [...new Set(messages)],
          });
        }
      };
      add(result.violations, 'fail');
      add(result.incomplete, 'incomplete');
      add(result.passes, 'pass');
    }
    done(answers);
  });
  const staticStyle = staticComputedStyle(window);
  const jsdomStyle = window.getComputedStyle.bind(window);
  // Both forget what they read about the previous page before each run.
  const indexes = fast ? [indexLookups(window, axe), indexCollections(window)] : [];
  return {
    async run(html, rules) {
      const document = window.document;
      // The last page's style sheets go with their elements: replacing the root alone leaves
      // them in document.styleSheets, and they would style every later page.
      for (const element of document.querySelectorAll('style, link')) element.remove();
      const parsed = new window.DOMParser().parseFromString(html, 'text/html');
      document.replaceChild(document.adoptNode(parsed.documentElement), document.documentElement);
      for (const index of indexes) index.reset();
      if (fast) pruneStyleSheets(document);
      // jsdom loads no linked style sheet: a page whose own rules (after pruning) set nothing
      // axe reads gets what jsdom would answer from its user-agent sheet, without its cascade.
      const styled = [...document.styleSheets].some((sheet) => sheet.cssRules.length > 0);
      window.getComputedStyle = (fast && !styled ? staticStyle : jsdomStyle) as typeof window.getComputedStyle;
      return axe.run(document, {
        runOnly: { type: 'rule', values: rules },
        reporter: 'touchpoint',
        elementRef: true,
        selectors: false,
        ancestry: false,
        xpath: false,
        performanceTimer: false,
      });
    },
  };
}
