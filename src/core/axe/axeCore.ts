/**
 * The one module that talks to axe-core (pinned: 4.14.1). axe's virtual-node API is not in its
 * typings, so this file wraps it in a small typed surface with its own tests:
 *   - `virtualTree(document)` builds axe `SerialVirtualNode`s (parents and children set by hand,
 *     as axe needs) from the document model, rendered as `renderingOf` says (JSX components
 *     mapped, icons rendering nothing, icon buttons as buttons, the rest transparent), with the
 *     table, list or select a fragment's row, cell, item or option needs around it;
 *   - `evaluate(ruleId, node)` runs one axe rule on one element (answers cached). It does what
 *     `axe.runVirtualRule` does, but judges only that element, not the descendants the rule
 *     would also select (they still count for names and children), because virtual results
 *     carry no node references: one call, one element, one answer.
 * Element rules only: rules that need the whole page or layout are for the page run.
 */
import axe from 'axe-core';
import { getAttribute, type UiDocument, type UiElement, type UiNode } from '../model.js';
import { flagValue, importedIcon, namedByReactAria } from '../parse/jsx.js';
import type { Impact } from '../vocabulary.js';
import { detached } from '../detached.js';
import { maskTemplates, templateInText } from '../templates.js';
import { hiddenByStyle } from '../hiding.js';
import { isTooltipWithText } from '../tooltips.js';

export const AXE_VERSION: string = axe.version;

/** axe's internal rule objects (not in its typings). */
interface AuditRule {
  readonly id: string;
  readonly selector: string;
  readonly impact?: Impact;
  readonly excludeHidden?: boolean;
  runSync(context: unknown, options: unknown): RawRuleResult;
  after(result: RawRuleResult, options: unknown): RawRuleResult;
}

interface RawCheck {
  readonly id: string;
  readonly result: boolean | undefined;
  readonly data?: unknown;
}

interface RawRuleResult {
  readonly nodes: ReadonlyArray<{ readonly any: RawCheck[]; readonly all: RawCheck[]; readonly none: RawCheck[] }>;
}

interface AxeInternals {
  _audit: {
    rules: AuditRule[];
    data: { checks: Record<string, { messages?: { fail?: string | { singular: string; plural: string } } }> };
  };
  _selectorData: unknown;
  _memoizedFns: Array<{ clear(): void }>;
  _cache: { clear(): void };
  SerialVirtualNode: new (props: {
    nodeName: string;
    attributes?: Record<string, string>;
    nodeValue?: string;
  }) => VirtualNode;
  commons: {
    dom: { isVisibleToScreenReaders(node: VirtualNode): boolean };
    text: {
      accessibleTextVirtual(node: VirtualNode, context?: unknown): string;
      nativeTextMethods: Record<string, (node: VirtualNode, context?: unknown) => string>;
    };
  };
  utils: {
    matches(node: VirtualNode, selector: string): boolean;
    convertSelector(selector: string): unknown[];
    matchesExpression(node: VirtualNode, expression: unknown): boolean;
  };
}

export interface VirtualNode {
  parent: VirtualNode | null;
  children: VirtualNode[];
  readonly props: { readonly nodeType: number; readonly nodeName: string };
}

const internals = axe as unknown as AxeInternals;
const auditRules = new Map(internals._audit.rules.map((rule) => [rule.id, rule]));

/**
 * axe names an `<svg>` from its `<title>` (a `<figure>` from its `<figcaption>`, a `<fieldset>`
 * from its `<legend>`, a `<table>` from its `<caption>`) by querying the element's DOM node,
 * which a virtual node does not have: the query threw, and with it the name of any link or
 * button holding an inline `<svg>` (`<a><svg>…</svg> Discord</a>` was reported as nameless).
 * On a virtual node the child is looked for in the virtual tree, as axe's query would find it:
 * the first descendant that is either the naming child or an element like the one named (a
 * nested `<svg>` before any `<title>` names nothing).
 */
function nameFromVirtualChild(childName: string, original: (node: VirtualNode, context?: unknown) => string) {
  return (node: VirtualNode, context?: unknown): string => {
    if ((node as { actualNode?: unknown }).actualNode) return original(node, context);
    const own = node.props.nodeName;
    const stack = [...node.children].reverse();
    while (stack.length > 0) {
      const candidate = stack.pop()!;
      if (candidate.props.nodeType !== 1) continue;
      if (candidate.props.nodeName === childName)
        return internals.commons.text.accessibleTextVirtual(candidate, context);
      if (candidate.props.nodeName === own) return '';
      for (let i = candidate.children.length - 1; i >= 0; i--) stack.push(candidate.children[i]!);
    }
    return '';
  };
}
const nativeTextMethods = internals.commons.text.nativeTextMethods;
for (const [method, childName] of [
  ['svgTitleText', 'title'],
  ['figureText', 'figcaption'],
  ['fieldsetLegendText', 'legend'],
  ['tableCaptionText', 'caption'],
] as const)
  nativeTextMethods[method] = nameFromVirtualChild(childName, nativeTextMethods[method]!);

export interface AxeRuleInfo {
  readonly id: string;
  readonly help: string;
  readonly description: string;
  readonly helpUrl: string;
  readonly tags: readonly string[];
  readonly impact: Impact;
}

const infoById = new Map(
  axe.getRules().map((rule) => [
    rule.ruleId,
    {
      id: rule.ruleId,
      help: rule.help,
      description: rule.description,
      helpUrl: rule.helpUrl.replace(/\?application=.*$/, ''),
      tags: rule.tags,
      impact: auditRules.get(rule.ruleId)?.impact ?? 'moderate',
    } satisfies AxeRuleInfo,
  ]),
);

export function axeRuleInfo(ruleId: string): AxeRuleInfo {
  const info = infoById.get(ruleId);
  if (!info) throw new Error(`axe-core ${AXE_VERSION} has no rule “${ruleId}”`);
  return info;
}

export interface VirtualTree {
  /** The virtual node of each element that is real in the rendered page. */
  readonly nodes: ReadonlyMap<UiElement, VirtualNode>;
  /** Elements whose rendering is partly unknown (dynamic values, unmapped components inside). */
  readonly uncertain: ReadonlySet<UiElement>;
  /** Elements whose real parent is not known here (top of a fragment, inside a component). */
  readonly detached: ReadonlySet<UiElement>;
  /** Elements with a dynamic attribute whose value matters (aria-checked={on}, tabIndex={i}…). */
  readonly dynamicAttributes: ReadonlySet<UiElement>;
  /**
   * Elements whose very kind is only known at run time: a dynamic role, input type or
   * aria-hidden, or spread props (which may set them). Nothing about them is judged.
   */
  readonly dynamicRoles: ReadonlySet<UiElement>;
}

/** Attributes whose value is free text: a dynamic value there is "some text", not unknown meaning. */
const FREE_TEXT = new Set([
  'alt',
  'title',
  'aria-label',
  'aria-labelledby',
  'aria-describedby',
  'placeholder',
  'value',
  'href',
  'src',
  'id',
  'for',
  'name',
  'label',
  'data',
]);

/**
 * Attributes that hold ids or point to them. A dynamic value is rendered as a token of its
 * expression within its component, so `htmlFor={id}` still names `id={id}`, and two fields'
 * `id={a}` and `id={b}` are not taken for one duplicated id.
 */
export const ID_REFERENCES: ReadonlySet<string> = new Set([
  'id',
  'for',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-errormessage',
  'aria-details',
  'aria-flowto',
  'headers',
  'list',
  'form',
]);

function idToken(element: UiElement, expression: string): string {
  return `…${hashText(`${element.component ?? ''}:${expression.replace(/\s+/g, '')}`)}`;
}

/** Attributes whose dynamic value changes what the element is: its role, its input type, its being there at all. */
const KIND_ATTRIBUTES = new Set(['role', 'type', 'aria-hidden', 'inert', 'contenteditable']);

/**
 * Containers whose whitespace-only text between children means nothing to assistive
 * technology (no role that takes its name from content): left out of the whole-page run's HTML
 * and of the live virtual tree, so jsdom and axe have far fewer nodes to build and walk on a
 * pretty-printed page (on a generated 2 MB page, 60,000 of the live tree's 161,000 nodes).
 */
const BLOCK_CONTAINERS = new Set(
  'html head body main section article aside nav header footer div form fieldset ul ol dl table thead tbody tfoot tr select optgroup datalist colgroup details figure hgroup menu search template'.split(
    ' ',
  ),
);
export const ignorableWhitespace = (node: UiNode & { type: 'text' }): boolean =>
  node.parent !== undefined &&
  BLOCK_CONTAINERS.has(node.parent.tag) &&
  !node.parent.attributes.some((attribute) => attribute.key === 'role') &&
  node.text.trim() === '';

const trees = new WeakMap<UiDocument, VirtualTree>();

/** What each virtual node is, as text, for the answer cache (axe keeps attributes private). */
const ownSignatures = new WeakMap<VirtualNode, string>();
/** Tag and attributes of each element node, for the cheap selector pre-check. */
const shapes = new WeakMap<VirtualNode, { tag: string; attributes: Record<string, string> }>();

function createNode(nodeName: string, attributes: Record<string, string> | undefined, nodeValue?: string): VirtualNode {
  const node = new internals.SerialVirtualNode({ nodeName, attributes: attributes ?? {}, nodeValue });
  node.children = [];
  ownSignatures.set(node, nodeValue !== undefined ? `#${nodeValue}` : `${nodeName}${JSON.stringify(attributes ?? {})}`);
  if (nodeValue === undefined) shapes.set(node, { tag: nodeName, attributes: attributes ?? {} });
  return node;
}

/**
 * How an element of the model reaches axe:
 *   - `element`: a DOM element of `tag` (intrinsic, mapped through config, or an icon button);
 *   - `icon`: an icon component (by its name or its icon package) with nothing that could give
 *     it text: it renders an `<svg>` that has no name, so it adds nothing to its parent's name;
 *   - `opaque`: another unmapped component: its children render in place, the rest is unknown.
 * The same answer for the live rules (virtual nodes) and the whole-page run (pageHtml.ts).
 */
export type Rendering =
  | { readonly kind: 'element'; readonly tag: string; readonly iconButton?: boolean }
  | { readonly kind: 'icon' }
  | { readonly kind: 'opaque' };

/** Names that say "icon": `Icon`, `CloseIcon`, `Sidebar.MenuIcon`, and svgr's `SvgClose`. */
const ICON_NAME = /(^|\.)(\w*Icon|Svg[A-Z0-9]\w*)$/;
/** Names that say "a button showing an icon": `IconButton`, `MacawIconButton`. */
const ICON_BUTTON_NAME = /(^|\.)\w*IconButton$/;
/** Props through which an icon component may render text or a name (`titleAccess`: MUI). */
const ICON_TEXT_PROPS = new Set([
  'aria-label',
  'aria-labelledby',
  'title',
  'titleaccess',
  'alt',
  'label',
  'text',
  'tooltip',
  'children',
]);
/** Props that name an icon button (`ariaLabel` too: a wrapper that hands it to its button); the button gets them as its aria-label. */
const ICON_BUTTON_NAME_PROPS = new Set(['label', 'alt', 'tooltip', 'text', 'titleaccess', 'arialabel']);
/** Names that say "a button": `PlainButton`, `ToolbarButton`. */
const BUTTON_NAME = /(^|\.)\w*Button$/;

/** A button component whose content is only icons (`<ToolbarButton><TrashIcon /></ToolbarButton>`) is an icon button. */
function showsOnlyIcons(element: UiElement, document: UiDocument): boolean {
  let icons = 0;
  for (const child of element.children) {
    if (child.type === 'text' && !child.fromExpression && !child.text.trim()) continue;
    if (child.type !== 'element' || renderingOf(child, document).kind !== 'icon') return false;
    icons++;
  }
  return icons > 0;
}

/** Props through which an icon button is handed the icon it shows. */
const ICON_PROPS = new Set(['icon', 'src', 'iconname', 'iconsrc', 'glyph']);

/**
 * An icon button shown with an icon its user hands it (children, an `icon` or `src` prop, or
 * spread props): then its name must come from there too. One given nothing
 * (`<RefreshIconButton />`) is a wrapper that draws its own icon, and names itself or not in
 * its own file: unknown here.
 */
function showsAGivenIcon(element: UiElement): boolean {
  return (
    element.hasSpread ||
    element.children.length > 0 ||
    element.attributes.some((attribute) => ICON_PROPS.has(attribute.key.toLowerCase()))
  );
}

/** Props of an icon button that are also DOM attributes of the button it renders. */
const ICON_BUTTON_DOM_PROPS = new Set(['role', 'title', 'disabled', 'tabindex', 'id', 'hidden', 'type']);

export function renderingOf(element: UiElement, document: UiDocument): Rendering {
  if (!element.isComponent || element.isMapped) return { kind: 'element', tag: element.tag };
  if (
    (ICON_BUTTON_NAME.test(element.name) && showsAGivenIcon(element)) ||
    (BUTTON_NAME.test(element.name) && showsOnlyIcons(element, document))
  )
    return { kind: 'element', tag: 'button', iconButton: true };
  const imported = document.kind === 'jsx' ? importedIcon(document, element.name) : undefined;
  // An icon that labels itself (Ant Design's `aria-label="close"`) names what holds it: unknown here.
  if (imported === 'named') return { kind: 'opaque' };
  const icon = imported === 'silent' || ICON_NAME.test(element.name);
  const mayHaveText =
    element.hasSpread ||
    element.children.length > 0 ||
    element.attributes.some(
      (attribute) => ICON_TEXT_PROPS.has(attribute.key) || (attribute.key === 'name' && attribute.kind === 'dynamic'),
    );
  return icon && !mayHaveText ? { kind: 'icon' } : { kind: 'opaque' };
}

/**
 * The elements a table part, list item, option or definition needs around it to mean what it
 * means (axe reads a cell's role from its table, and the HTML parser drops a `<tr>` outside
 * one): for the top of a fragment or the inside of a component, whose real parent is not in
 * the file. Table parts get theirs under any parent, since axe cannot judge a stray cell at all.
 */
const CONTEXT: Readonly<Record<string, { readonly parents: readonly string[]; readonly wrap: readonly string[] }>> = {
  tr: { parents: ['table', 'thead', 'tbody', 'tfoot'], wrap: ['table', 'tbody'] },
  td: { parents: ['tr'], wrap: ['table', 'tbody', 'tr'] },
  th: { parents: ['tr'], wrap: ['table', 'tbody', 'tr'] },
  thead: { parents: ['table'], wrap: ['table'] },
  tbody: { parents: ['table'], wrap: ['table'] },
  tfoot: { parents: ['table'], wrap: ['table'] },
  caption: { parents: ['table'], wrap: ['table'] },
  colgroup: { parents: ['table'], wrap: ['table'] },
  col: { parents: ['colgroup'], wrap: ['table', 'colgroup'] },
  li: { parents: ['ul', 'ol', 'menu'], wrap: ['ul'] },
  option: { parents: ['select', 'datalist', 'optgroup'], wrap: ['select'] },
  optgroup: { parents: ['select'], wrap: ['select'] },
  dt: { parents: ['dl', 'div'], wrap: ['dl'] },
  dd: { parents: ['dl', 'div'], wrap: ['dl'] },
};
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col']);

/** The elements to put between a parent (its tag, undefined for the page) and a child, outermost first. */
export function contextBetween(parentTag: string | undefined, tag: string, detached: boolean): readonly string[] {
  const context = CONTEXT[tag];
  if (!context || (parentTag !== undefined && context.parents.includes(parentTag))) return [];
  if (!detached && !TABLE_PARTS.has(tag)) return [];
  // Under a table section, a cell needs only its row.
  const from = parentTag === undefined ? -1 : context.wrap.lastIndexOf(parentTag);
  return context.wrap.slice(from + 1);
}

/** Elements that have no role of their own: axe looks through them for a required parent. */
const ROLELESS = new Set(['div', 'span']);

/**
 * An element with a role whose nearest ancestor with a role is an unmapped component given a
 * role prop, through role-less `<div>`s and `<span>`s (`<Popover.Content role="listbox"><div>
 * <button role="option">`): the component renders that role at run time, on an element of its
 * own, so the parent axe would look for is not in the file.
 */
function roleFromComponentAbove(node: UiElement): boolean {
  if (!getAttribute(node, 'role')) return false;
  for (let up = node.parent; up; up = up.parent) {
    if (up.isComponent && !up.isMapped) return getAttribute(up, 'role') !== undefined;
    if (!ROLELESS.has(up.tag) || getAttribute(up, 'role')) return false;
  }
  return false;
}

/**
 * The virtual tree of a document. With `targets`, only what judging those elements needs: their
 * subtrees, and the chain of ancestors above them (ancestors' other children left out). A
 * re-lint after a keystroke then builds a few nodes, not the whole file. Targets in
 * `withoutContent` are judged on their own attributes only: their subtrees are left out too
 * (for `<html>`, whose subtree is the whole page).
 *
 * Longer than 80 lines: one iterative walk whose branches fill the same five sets; it runs on
 * every keystroke, and split into functions it would pass them all at each node.
 */
export function virtualTree(
  document: UiDocument,
  targets?: readonly UiElement[],
  withoutContent?: ReadonlySet<UiNode>,
): VirtualTree {
  const cached = targets ? undefined : trees.get(document);
  if (cached) return cached;
  let onPath: Set<UiNode> | undefined;
  let inside: Set<UiNode> | undefined;
  if (targets) {
    onPath = new Set();
    inside = new Set(targets);
    for (const target of targets) for (let up = target.parent; up; up = up.parent) onPath.add(up);
  }
  const nodes = new Map<UiElement, VirtualNode>();
  const uncertain = new Set<UiElement>();
  const detached = new Set<UiElement>();
  const dynamicAttributes = new Set<UiElement>();
  const dynamicRoles = new Set<UiElement>();
  const root = createNode('body', {});
  root.parent = null;
  const markUncertain = (from: UiElement | undefined): void => {
    for (let current = from; current; current = current.parent) uncertain.add(current);
  };
  const append = (parent: VirtualNode, child: VirtualNode): void => {
    child.parent = parent;
    parent.children.push(child);
  };
  // Iterative walk; `attachTo` is the virtual parent (components are transparent). With
  // targets, `whole` says the node is inside a target (everything kept) rather than above one.
  const stack: Array<{ node: UiNode; attachTo: VirtualNode; owner: UiElement | undefined; whole: boolean }> = [];
  const push = (children: readonly UiNode[], attachTo: VirtualNode, owner: UiElement | undefined, whole: boolean) => {
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (whole || !inside) stack.push({ node: child, attachTo, owner, whole: true });
      else if (inside.has(child)) stack.push({ node: child, attachTo, owner, whole: !withoutContent?.has(child) });
      else if (onPath!.has(child)) stack.push({ node: child, attachTo, owner, whole: false });
    }
  };
  push(document.roots, root, undefined, false);
  while (stack.length > 0) {
    const { node, attachTo, owner, whole } = stack.pop()!;
    if (node.type === 'text') {
      if (!node.text || ignorableWhitespace(node)) continue;
      const template = node.fromExpression ? 'none' : templateInText(node.text);
      if (node.fromExpression || template === 'value') {
        append(attachTo, createNode('#text', undefined, '…'));
        markUncertain(owner);
        continue;
      }
      const text = maskTemplates(node.text);
      if (template === 'control' && !text.trim()) continue; // `{% for … %}` between list items
      append(attachTo, createNode('#text', undefined, text));
      continue;
    }
    if (node.type === 'dynamic') {
      // Something renders here at run time: give names something to find, and trust results.
      append(attachTo, createNode('#text', undefined, '…'));
      markUncertain(owner);
      continue;
    }
    const rendering = renderingOf(node, document);
    if (rendering.kind === 'icon') continue;
    let nextParent = attachTo;
    let nextOwner = owner;
    if (rendering.kind === 'element') {
      const { attributes, dynamic, dynamicRole } = renderedAttributes(node, document, rendering);
      if (dynamic) dynamicAttributes.add(node);
      if (dynamicRole) dynamicRoles.add(node);
      if (node.hasSpread) markUncertain(node);
      if (attachTo === root || roleFromComponentAbove(node)) detached.add(node);
      let parent = attachTo;
      // Hidden in the source: in a browser it is nothing to its parent (no name, nothing focusable
      // inside), so it stands apart, at the top, where it is not judged either (hiddenInSource).
      if (attributes.hidden !== undefined) parent = root;
      const parentTag = parent === root ? undefined : shapes.get(parent)?.tag;
      for (const tag of contextBetween(parentTag, rendering.tag, detached.has(node))) {
        const wrapper = createNode(tag, {});
        append(parent, wrapper);
        parent = wrapper;
      }
      const virtual = createNode(rendering.tag, attributes);
      append(parent, virtual);
      nodes.set(node, virtual);
      if (inTooltip(node) || namedByReactAria(document, node)) uncertain.add(node);
      nextParent = virtual;
      nextOwner = node;
      // An HTML <template>'s content is a fragment a script places at run time: judged on its
      // own, at the top (axe hides whatever is inside a template), its parent unknown.
      if (document.kind === 'html' && rendering.tag === 'template') nextParent = root;
    } else {
      markUncertain(owner);
      // Children of an unmapped component may render inside anything: their parent is unknown.
      for (const child of node.children) if (child.type === 'element') detached.add(child);
    }
    push(node.children, nextParent, nextOwner, whole);
  }
  const tree = { nodes, uncertain, detached, dynamicAttributes, dynamicRoles };
  if (!targets) trees.set(document, tree);
  return tree;
}

/**
 * An element wrapped in a tooltip that has text (`<Tooltip content="Next slide"><Button>…`):
 * the tooltip describes it to screen-reader users when it gets focus, so what it says is
 * trusted as its name (an icon button there is not reported as nameless). Only components may
 * sit between the element and the tooltip.
 */
function inTooltip(element: UiElement): boolean {
  for (let up = element.parent; up && up.isComponent && !up.isMapped; up = up.parent)
    if (isTooltipWithText(up)) return true;
  return false;
}

/**
 * A virtual element standing in for `node` with a role: the same attributes and content, the
 * same parent, but not among the parent's children (judging it leaves the tree unchanged).
 */
export function withRole(node: VirtualNode, role: string): VirtualNode {
  const shape = shapes.get(node);
  if (!shape) return node;
  const stand = createNode(shape.tag, { ...shape.attributes, role });
  stand.parent = node.parent;
  stand.children = node.children;
  return stand;
}

/** React props whose DOM name is not just the lower-cased prop. */
const JSX_NAMES: Readonly<Record<string, string>> = { httpequiv: 'http-equiv', acceptcharset: 'accept-charset' };

/** What rendering an element's attributes needs to know of its document. */
export type DocumentKind = Pick<UiDocument, 'kind' | 'hidingClasses'>;

/** What an element renders with: its attributes, and how much of them is known. */
export interface RenderedAttributes {
  readonly attributes: Record<string, string>;
  /** A value that matters is only known at run time (rules about attributes are not judged). */
  readonly dynamic: boolean;
  /** Its role, input type or hiding is only known at run time, or props are spread (nothing is judged). */
  readonly dynamicRole: boolean;
}

/**
 * An element's attributes as the DOM would have them (React's handlers, key and ref dropped).
 * A dynamic value is rendered as “…” where it is free text (alt, aria-label, href), left out
 * where axe does not read it (class, style, data-*) or where it only switches an HTML flag
 * (`disabled={busy}`: judged as the element that is shown, as `cond && <img/>` is), and
 * otherwise makes the element `dynamic`, or `dynamicRole` for role, type and aria-hidden.
 */
export function domAttributes(
  element: UiElement,
  document: DocumentKind,
  keep: (name: string) => boolean = () => true,
): RenderedAttributes {
  const kind = document.kind;
  const attributes: Record<string, string> = {};
  let dynamic = element.hasSpread;
  let dynamicRole = element.hasSpread;
  for (const attribute of element.attributes) {
    if (attribute.kind === 'spread') continue;
    const name =
      attribute.key === 'class' || attribute.key === 'for'
        ? attribute.key
        : (JSX_NAMES[attribute.key] ?? attribute.name.toLowerCase());
    if (kind === 'jsx' && (/^on/.test(name) || name === 'key' || name === 'ref')) continue;
    if (!keep(name)) continue;
    // React leaves out a bare attribute that is neither ARIA, data nor an HTML flag (`<img alt />`).
    if (kind === 'jsx' && attribute.kind === 'boolean' && flagValue(attribute.key) === undefined) continue;
    if (attribute.kind === 'dynamic') {
      if (ID_REFERENCES.has(name)) attributes[name] = idToken(element, attribute.expression ?? '');
      else if (FREE_TEXT.has(name)) attributes[name] = '…';
      else if (KIND_ATTRIBUTES.has(name)) dynamicRole = true;
      else if (!UNREAD.has(name) && !name.startsWith('data-') && flagValue(attribute.key) !== '') dynamic = true;
      continue;
    }
    attributes[name] = attribute.value ?? '';
  }
  if (attributes.hidden === undefined && hiddenByStyle(element, document.hidingClasses)) attributes.hidden = '';
  return { attributes, dynamic, dynamicRole };
}

/**
 * Hidden in the source, on the element or above: the `hidden` attribute, an inline style or a
 * framework's hiding class (rendered as `hidden` on the virtual node). axe reads them from the
 * computed style, which a virtual node has not, so the live rules judged hidden elements (a
 * `display: none` submit button clicked through a ref, a hidden file input inside the button
 * that opens it) as if people met them. A project's own class hiding it in a style sheet is
 * not seen here.
 */
function hiddenInSource(node: VirtualNode): boolean {
  for (let up: VirtualNode | null = node; up; up = up.parent)
    if (shapes.get(up)?.attributes.hidden !== undefined) return true;
  return false;
}

/** Attributes axe does not read when judging an element. */
const UNREAD = new Set(['class', 'style']);

/**
 * The attributes an element renders with: its DOM attributes, or for an icon button the few
 * props that reach its `<button>` (ARIA, title, disabled…), with a `label`-like prop as its name.
 */
export function renderedAttributes(
  element: UiElement,
  document: DocumentKind,
  rendering: Rendering & { kind: 'element' },
): RenderedAttributes {
  if (!rendering.iconButton) return domAttributes(element, document);
  const rendered = domAttributes(
    element,
    document,
    (name) => name.startsWith('aria-') || ICON_BUTTON_DOM_PROPS.has(name),
  );
  const named = element.attributes.find((attribute) => ICON_BUTTON_NAME_PROPS.has(attribute.key));
  if (!named || rendered.attributes['aria-label'] !== undefined) return rendered;
  const label = named.kind === 'static' ? (named.value ?? '') : '…';
  return { ...rendered, attributes: { ...rendered.attributes, 'aria-label': label } };
}

interface SelectorPart {
  readonly tag?: string;
  readonly attributes?: ReadonlyArray<{ readonly key: string; readonly value?: string; readonly type: string }>;
  readonly pseudos?: ReadonlyArray<{ readonly name: string; readonly expressions?: SelectorPart[][] }>;
}

/** Each rule's selector, parsed once (axe's `matches` parses it on every call). */
const selectors = new Map<string, SelectorPart[][]>();

function selectorOf(ruleId: string): SelectorPart[][] | undefined {
  let expressions = selectors.get(ruleId);
  if (!expressions) {
    const rule = auditRules.get(ruleId);
    if (!rule) return undefined;
    expressions = internals.utils.convertSelector(rule.selector) as SelectorPart[][];
    selectors.set(ruleId, expressions);
  }
  return expressions;
}

/** The cheap pre-check: tag and attribute names of the last part of each selector. */
function mightMatchShape(expressions: SelectorPart[][], tag: string, has: (attribute: string) => boolean): boolean {
  return expressions.some((chain) => {
    const last = chain[chain.length - 1];
    if (!last) return true;
    if (last.tag && last.tag !== '*' && last.tag !== tag) return false;
    if (!(last.attributes ?? []).every((attribute) => has(attribute.key))) return false;
    // `:is(a, b)` narrows like a list of selectors; `:not(html)` rules out that tag.
    return (last.pseudos ?? []).every((pseudo) =>
      pseudo.name === 'is'
        ? !pseudo.expressions || mightMatchShape(pseudo.expressions, tag, has)
        : pseudo.name !== 'not' || !pseudo.expressions?.some((chain) => isTagOnly(chain, tag)),
    );
  });
}

/** A selector that is just one tag name, this one (`html` in `:not(html)`). */
function isTagOnly(chain: readonly SelectorPart[], tag: string): boolean {
  const [only] = chain;
  return chain.length === 1 && only!.tag === tag && !only!.attributes?.length && !only!.pseudos?.length;
}

/** Rules that could select elements of one shape (tag and attribute names), by shape. */
const possibleByShape = new Map<string, readonly string[]>();

/**
 * Of `ruleIds`, those whose selector could select an element of the model, before any virtual
 * node exists (a rule is left out only when it certainly cannot). Cached by the element's tag
 * and attribute names, which is all the pre-check reads.
 */
export function possibleRules(ruleIds: readonly string[], element: UiElement, document: UiDocument): readonly string[] {
  const rendering = renderingOf(element, document);
  if (rendering.kind !== 'element') return [];
  const { attributes } = renderedAttributes(element, document, rendering);
  const names = Object.keys(attributes).sort();
  const shape = `${rendering.tag} ${names.join(' ')}`;
  let possible = possibleByShape.get(shape);
  if (!possible) {
    possible = ruleIds.filter((ruleId) => {
      const expressions = selectorOf(ruleId);
      return expressions !== undefined && mightMatchShape(expressions, rendering.tag, (key) => key in attributes);
    });
    if (possibleByShape.size > 10_000) possibleByShape.clear();
    possibleByShape.set(detached(shape), possible);
  }
  return possible;
}

/**
 * Of `ruleIds`, those whose selector could select some element of the document as the page run
 * renders it (the same cheap pre-check): a rule that can select nothing can find nothing, so a
 * component's whole-page run is not needed when none is left.
 */
export function rulesThatCouldSelect(ruleIds: readonly string[], document: UiDocument): string[] {
  const left = new Set(ruleIds);
  // duplicate-id-aria judges only ids an ARIA attribute points to (axe's own matcher): with no
  // such attribute in the file (an app shell's `<div id="root">`), it has nothing to judge.
  let pointsToIds = false;
  for (const element of document.elements) {
    const rendering = renderingOf(element, document);
    if (rendering.kind !== 'element') continue;
    const { attributes } = renderedAttributes(element, document, rendering);
    pointsToIds ||=
      element.hasSpread || Object.keys(attributes).some((key) => key.startsWith('aria-') && ID_REFERENCES.has(key));
    for (const ruleId of left) {
      const expressions = selectorOf(ruleId);
      if (expressions === undefined || mightMatchShape(expressions, rendering.tag, (key) => key in attributes))
        left.delete(ruleId);
    }
  }
  if (!pointsToIds) left.add('duplicate-id-aria');
  return ruleIds.filter((ruleId) => !left.has(ruleId));
}

/**
 * Whether a rule's selector matches an element. The pre-check rules most elements out before
 * axe's full matcher runs.
 */
export function matchesRule(ruleId: string, node: VirtualNode): boolean {
  const expressions = selectorOf(ruleId);
  if (!expressions) return false;
  const shape = shapes.get(node);
  if (shape && !mightMatchShape(expressions, shape.tag, (key) => key in shape.attributes)) return false;
  return expressions.some((expression) => internals.utils.matchesExpression(node, expression));
}

export type Outcome =
  | { readonly outcome: 'pass' | 'inapplicable' }
  | { readonly outcome: 'fail' | 'incomplete'; readonly messages: readonly string[] };

/** Runs one axe rule on one element (its subtree informs the checks but is not itself judged). */
/**
 * Answers are cached by rule and by what they can depend on: the element's subtree and the
 * names and roles of its ancestors. A re-lint after a keystroke then only asks axe about the
 * elements that changed (axe's checks cost about 0.1–0.3 ms each).
 */
const MAX_CACHED = 50_000;
const answers = new Map<string, Outcome>();
const subtreeKeys = new WeakMap<VirtualNode, string>();

export function hashText(text: string): string {
  // Two 32-bit FNV-1a variants side by side: short keys, collisions out of practical reach.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return `${(a >>> 0).toString(36)}${(b >>> 0).toString(36)}`;
}

function subtreeKey(node: VirtualNode): string {
  let key = subtreeKeys.get(node);
  if (key === undefined) {
    key = hashText(`${ownSignatures.get(node) ?? node.props.nodeName}(${node.children.map(subtreeKey).join(',')})`);
    subtreeKeys.set(node, key);
  }
  return key;
}

function contextKey(node: VirtualNode): string {
  const chain: string[] = [];
  for (let current = node.parent; current; current = current.parent)
    chain.push(ownSignatures.get(current) ?? current.props.nodeName);
  return hashText(chain.join('<'));
}

/** Forgets every cached answer (for benchmarks that measure a first lint). */
export function clearAnswerCache(): void {
  answers.clear();
  releaseAxeMemory();
}

/**
 * axe memoizes helpers by node (getRole, accessible text…) and clears them only in its own
 * teardown, which the virtual-node path never reaches: without this, every node of every lint
 * stays referenced, and lookups slow down as the caches grow. Called before each batch.
 */
export function releaseAxeMemory(): void {
  for (const memoized of internals._memoizedFns) memoized.clear();
  internals._cache.clear();
}

export function evaluate(ruleId: string, node: VirtualNode): Outcome {
  const key = `${ruleId}|${subtreeKey(node)}|${contextKey(node)}`;
  const cached = answers.get(key);
  if (cached) return cached;
  const outcome = evaluateOrInapplicable(ruleId, node);
  if (answers.size >= MAX_CACHED) answers.delete(answers.keys().next().value as string);
  answers.set(key, outcome);
  return outcome;
}

/**
 * axe-core's checks assume a real DOM, and some throw on a virtual node: following an id
 * reference (`<section aria-labelledby>` is a region only if the name resolves), reading the
 * first option of an empty `<select>`, an `<svg>` child's node name. Such an element cannot be
 * judged from source, so the rule does not apply to it here (on a page, the whole-page run in
 * jsdom judges it); every other element, and every other rule, is still judged. Before, one
 * such element failed all 45 live rules on the file.
 */
function evaluateOrInapplicable(ruleId: string, node: VirtualNode): Outcome {
  try {
    return evaluateUncached(ruleId, node);
  } catch (error) {
    if (/has no rule/.test(String((error as Error)?.message))) throw error; // our mistake, not the node's
    return { outcome: 'inapplicable' };
  }
}

/**
 * The checks that read the text of an element's content. They answer “unsure” only when that
 * reading throws on a virtual subtree (a `<label>` around its own radio: axe looks the radio's
 * label up in a document there is none of), where a browser reads the words; the content's own
 * visible words then are the text.
 */
const TEXT_CHECKS: ReadonlySet<string> = new Set(['has-visible-text', 'button-has-visible-text']);

/** Whether some text in the element's content is written and not hidden in the source. */
function showsText(node: VirtualNode): boolean {
  const stack = [...node.children];
  while (stack.length > 0) {
    const child = stack.pop()!;
    const text = (child.props as { nodeValue?: string }).nodeValue;
    if (text !== undefined) {
      if (text.trim() !== '' && text !== '…') return true;
      continue;
    }
    const attributes = shapes.get(child)?.attributes;
    if (attributes && (attributes.hidden !== undefined || attributes['aria-hidden'] === 'true')) continue;
    stack.push(...child.children);
  }
  return false;
}

function evaluateUncached(ruleId: string, node: VirtualNode): Outcome {
  const base = auditRules.get(ruleId);
  if (!base) throw new Error(`axe-core ${AXE_VERSION} has no rule “${ruleId}”`);
  if (!matchesRule(ruleId, node)) return { outcome: 'inapplicable' };
  // The rule judges this one element: gathering is answered with it (its selector was already
  // matched), so axe neither walks the subtree nor judges descendants here. As axe's own
  // gathering, rules that leave hidden content alone skip what is hidden from screen readers
  // (aria-hidden, `hidden` or an inline style that hides, on the element or above: the part of
  // visibility the source shows).
  const hidden =
    base.excludeHidden !== false && (hiddenInSource(node) || !internals.commons.dom.isVisibleToScreenReaders(node));
  const rule = Object.create(base, {
    excludeHidden: { value: false },
    gather: { value: () => (hidden ? [] : [node]) },
  }) as AuditRule;
  internals._selectorData = {};
  const context = {
    initiator: true,
    include: [node],
    exclude: [],
    frames: [],
    page: false,
    focusable: true,
    size: {},
    flatTree: [],
  };
  const result = rule.after(rule.runSync(context, {}), {});
  const judged = result.nodes[0];
  if (!judged) return { outcome: 'inapplicable' };
  const resultOf = (check: RawCheck) =>
    check.result === undefined && TEXT_CHECKS.has(check.id) && showsText(node) ? true : check.result;
  // axe's rule: every "all" passes, no "none" fires, and at least one "any" passes.
  // For "any", axe lists every alternative; the first one says what is missing.
  const failed = [
    ...judged.all.filter((check) => resultOf(check) === false),
    ...judged.none.filter((check) => resultOf(check) === true),
    ...(judged.any.length > 0 && judged.any.every((check) => resultOf(check) === false) ? judged.any.slice(0, 1) : []),
  ];
  if (failed.length > 0) return { outcome: 'fail', messages: messagesOf(failed) };
  const unsure = [...judged.all, ...judged.none, ...judged.any].filter((check) => resultOf(check) === undefined);
  if (unsure.length > 0 && !judged.any.some((check) => resultOf(check) === true)) {
    return { outcome: 'incomplete', messages: messagesOf(unsure) };
  }
  return { outcome: 'pass' };
}

/** axe's own failure messages of the checks, with their data filled in where it is plain. */
function messagesOf(checks: readonly RawCheck[]): string[] {
  const messages: string[] = [];
  for (const check of checks) {
    const fail = internals._audit.data.checks[check.id]?.messages?.fail;
    const template = typeof fail === 'string' ? fail : fail?.singular;
    if (!template) continue; // axe builds some messages with functions; the help text covers them
    const data = check.data;
    const values = Array.isArray(data)
      ? data.join(', ')
      : typeof data === 'string'
        ? data
        : typeof data === 'object' &&
            data !== null &&
            'values' in data &&
            typeof (data as { values: unknown }).values !== 'function'
          ? [(data as { values: unknown }).values].flat().join(', ')
          : '';
    messages.push(
      template
        .replace(/\$\{data\.values\}|\$\{data\}/g, values)
        .replace(/\$\{[^}]*\}/g, '')
        .trim(),
    );
  }
  return messages;
}

/** axe's page for a rule, in the version we run. */
export function axeHelpUrl(ruleId: string): string {
  return `https://dequeuniversity.com/rules/axe/${AXE_VERSION.split('.').slice(0, 2).join('.')}/${ruleId}`;
}
