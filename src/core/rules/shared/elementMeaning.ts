/**
 * What an element means to a person, computed from the model: its visible text, its
 * accessible name, whether it acts as a button or a link. Every answer says whether it is
 * `known`: JSX expressions, spread props and unresolved references make a value unknown, and
 * rules trust unknown values instead of guessing (eslint-plugin-jsx-a11y's tri-state).
 */
import {
  getAttribute,
  isElement,
  type SourceRange,
  type UiAttribute,
  type UiDocument,
  type UiElement,
  type UiNode,
} from '../../model.js';
import { hiddenByStyle } from '../../hiding.js';
import { maskTemplates, templateInText } from '../../templates.js';

export interface KnownText {
  readonly text: string;
  /** False when part of the text is only known at run time. */
  readonly known: boolean;
}

/** Static value of an attribute, or undefined when absent or dynamic. */
export function staticValue(attribute: UiAttribute | undefined): string | undefined {
  if (!attribute) return undefined;
  return attribute.kind === 'static' || attribute.kind === 'boolean' ? attribute.value : undefined;
}

function isHiddenFromEveryone(element: UiElement): boolean {
  const hidden = getAttribute(element, 'aria-hidden');
  return (
    (hidden !== undefined && staticValue(hidden) === 'true') ||
    (getAttribute(element, 'hidden') !== undefined && staticValue(getAttribute(element, 'hidden')) !== undefined) ||
    element.tag === 'script' ||
    element.tag === 'style' ||
    element.tag === 'template'
  );
}

/**
 * The text a person reads (or hears) inside an element: text nodes, image alternatives,
 * children of components (which usually render them); whitespace collapsed. Iterative, so
 * deep trees cannot overflow the stack.
 */
export function textContent(node: UiElement, options: { includeAlt?: boolean } = {}): KnownText {
  const includeAlt = options.includeAlt ?? true;
  const parts: string[] = [];
  let known = true;
  const stack: UiNode[] = [...node.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text' && current.fromExpression) {
      known = false; // one of several alternatives ({busy ? 'Paying…' : 'Pay now'})
    } else if (current.type === 'text') {
      if (templateInText(current.text) === 'value') known = false; // `{{ version }}`: filled in by a server template
      parts.push(maskTemplates(current.text));
    } else if (current.type === 'dynamic') {
      known = false;
    } else if (!isHiddenFromEveryone(current)) {
      if (
        includeAlt &&
        (current.tag === 'img' ||
          current.tag === 'area' ||
          (current.tag === 'input' && staticValue(getAttribute(current, 'type')) === 'image'))
      ) {
        const alt = getAttribute(current, 'alt');
        if (alt && alt.kind === 'dynamic') known = false;
        else if (alt?.value) parts.push(` ${alt.value} `);
      }
      if (current.hasSpread && current.isComponent) known = false;
      for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
    }
  }
  return { text: collapseWhitespace(parts.join('')), known };
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const idCache = new WeakMap<UiDocument, Map<string, UiElement>>();

/** Elements by static id, for aria-labelledby / aria-describedby / label[for] lookups (computed once per document). */
export function elementsById(document: UiDocument): Map<string, UiElement> {
  const cached = idCache.get(document);
  if (cached) return cached;
  const byId = new Map<string, UiElement>();
  idCache.set(document, byId);
  for (const element of document.elements) {
    const id = staticValue(getAttribute(element, 'id'));
    if (id && !byId.has(id)) byId.set(id, element);
  }
  return byId;
}

/**
 * A simplified accessible name (accname 1.2 order): aria-labelledby, aria-label, then the
 * element's own text (or `value` / `alt` for inputs), then `title`.
 */
export function accessibleName(element: UiElement, ids?: Map<string, UiElement>): KnownText {
  const labelledBy = getAttribute(element, 'aria-labelledby');
  if (labelledBy) {
    const value = staticValue(labelledBy);
    if (value === undefined || !ids) return { text: '', known: false };
    const parts: string[] = [];
    let known = true;
    for (const id of value.split(/\s+/).filter(Boolean)) {
      const target = ids.get(id);
      if (!target) {
        known = false;
        continue;
      }
      const text = textContent(target);
      parts.push(text.text);
      known &&= text.known;
    }
    return { text: collapseWhitespace(parts.join(' ')), known };
  }
  const label = getAttribute(element, 'aria-label');
  if (label) {
    const value = staticValue(label);
    if (value === undefined) return { text: '', known: false };
    if (value.trim()) return { text: collapseWhitespace(value), known: true };
  }
  if (element.hasSpread) {
    const own = ownText(element);
    return { text: own.text, known: false };
  }
  const own = ownText(element);
  if (own.text || !own.known) return own;
  const title = getAttribute(element, 'title');
  if (title) {
    const value = staticValue(title);
    return value === undefined ? { text: '', known: false } : { text: collapseWhitespace(value), known: true };
  }
  return own;
}

function ownText(element: UiElement): KnownText {
  if (element.tag === 'input') {
    const type = (staticValue(getAttribute(element, 'type')) ?? 'text').toLowerCase();
    const attribute = type === 'image' ? getAttribute(element, 'alt') : getAttribute(element, 'value');
    if (type === 'submit' && !attribute) return { text: 'Submit', known: true };
    if (!attribute) return { text: '', known: true };
    const value = staticValue(attribute);
    return value === undefined ? { text: '', known: false } : { text: collapseWhitespace(value), known: true };
  }
  return textContent(element);
}

/** `role` when written statically, lower-cased; undefined when absent or dynamic. */
export function staticRole(element: UiElement): string | undefined {
  return staticValue(getAttribute(element, 'role'))?.trim().toLowerCase().split(/\s+/)[0];
}

/** Buttons and button-like inputs, by tag, mapped component, or role. */
export function isButtonLike(element: UiElement): boolean {
  if (element.tag === 'button') return true;
  if (element.tag === 'input') {
    const type = staticValue(getAttribute(element, 'type'))?.toLowerCase();
    return type === 'submit' || type === 'button' || type === 'image';
  }
  return staticRole(element) === 'button';
}

/**
 * A finder for the nearest element, the given one or an ancestor, that passes a test. Each
 * answer is remembered for every element the walk passed, so asking about every element walks
 * each ancestor chain once: without it a page nested 10,000 levels deep costs 10,000² steps per
 * question. The test must depend only on the element itself (the model does not change after
 * parsing, and the answers are kept per element, so one finder serves every document).
 */
export function nearestSelfOrAncestor(
  test: (element: UiElement) => boolean,
): (element: UiElement | undefined) => UiElement | undefined {
  const answers = new WeakMap<UiElement, UiElement | null>();
  return (element) => {
    const passed: UiElement[] = [];
    let answer: UiElement | null = null;
    for (let current = element; current; current = current.parent) {
      const known = answers.get(current);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (test(current)) {
        answer = current;
        break;
      }
      passed.push(current);
    }
    if (answer) answers.set(answer, answer);
    for (const visited of passed) answers.set(visited, answer);
    return answer ?? undefined;
  };
}

/**
 * A check for whether any element inside an element (not the element itself) passes a test,
 * with every answer remembered (children are answered before their parent), so asking it of
 * every element walks the tree once instead of once per element. Same terms as
 * nearestSelfOrAncestor: the test depends only on the element.
 */
export function hasDescendant(test: (element: UiElement) => boolean): (element: UiElement) => boolean {
  const answers = new WeakMap<UiElement, boolean>();
  const answerFromChildren = (element: UiElement): boolean =>
    element.children.some((child) => isElement(child) && (test(child) || answers.get(child) === true));
  return (element) => {
    const known = answers.get(element);
    if (known !== undefined) return known;
    // Iterative post-order: an element is answered when it is met the second time.
    const stack: Array<{ element: UiElement; expanded: boolean }> = [{ element, expanded: false }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.expanded) {
        stack.pop();
        answers.set(top.element, answerFromChildren(top.element));
        continue;
      }
      top.expanded = true;
      for (const child of top.element.children)
        if (isElement(child) && !answers.has(child)) stack.push({ element: child, expanded: false });
    }
    return answers.get(element)!;
  };
}

const closestFinders = new WeakMap<ReadonlySet<string>, (element: UiElement | undefined) => UiElement | undefined>();

/** The nearest ancestor with one of the given tags (remembered per tag set, see nearestSelfOrAncestor). */
export function closest(element: UiElement, tags: ReadonlySet<string>): UiElement | undefined {
  let finder = closestFinders.get(tags);
  if (!finder) {
    finder = nearestSelfOrAncestor((candidate) => tags.has(candidate.tag));
    closestFinders.set(tags, finder);
  }
  return finder(element.parent);
}

/** All elements inside `element`, in document order (iterative). */
export function descendants(element: UiElement): UiElement[] {
  const result: UiElement[] = [];
  const stack: UiNode[] = [...element.children].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (!isElement(current)) continue;
    result.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return result;
}

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'image', 'reset']);

/** Inputs people type into or choose from: input (not buttons or hidden), select, textarea. */
export function isFormField(element: UiElement): boolean {
  if (element.tag === 'select' || element.tag === 'textarea') return true;
  if (element.tag !== 'input') return false;
  const type = staticValue(getAttribute(element, 'type'))?.toLowerCase();
  return type === undefined || !NOT_FIELDS.has(type);
}

/** A form field somewhere inside the element (remembered, see hasDescendant). */
export const containsFormField = hasDescendant(isFormField);

/** Elements that are interactive by nature (HTML), so a click handler on them is expected. */
export const INTERACTIVE_TAGS: ReadonlySet<string> = new Set([
  'a',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'summary',
  'label',
  'details',
  'audio',
  'video',
  'iframe',
  'embed',
  'object',
  'area',
]);

/** Roles a keyboard user can operate, so an element with one of them is a control. */
export const INTERACTIVE_ROLES: ReadonlySet<string> = new Set([
  'button',
  'link',
  'checkbox',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'switch',
  'tab',
  'textbox',
  'combobox',
  'slider',
  'spinbutton',
  'treeitem',
  'gridcell',
  'searchbox',
  'row',
]);

/** A status region people are told about: role=status/alert/log, aria-live, or <output>. */
export function isLiveRegion(element: UiElement): boolean {
  const role = staticRole(element);
  return (
    element.tag === 'output' ||
    role === 'status' ||
    role === 'alert' ||
    role === 'log' ||
    role === 'alertdialog' ||
    getAttribute(element, 'aria-live') !== undefined
  );
}

/**
 * Where a finding about an element's words goes: its content without surrounding whitespace,
 * so the squiggle sits on the words; the tag name when there is no content.
 */
export function wordsRange(element: UiElement, text: string): SourceRange {
  const content = element.contentRange;
  if (!content || content.end <= content.start) return element.nameRange;
  let { start, end } = content;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : content;
}

/**
 * Hidden from assistive tech by `aria-hidden="true"` (or `aria-hidden` / `aria-hidden={true}` in
 * JSX) on the element or an ancestor: nobody is meant to reach it with a keyboard either.
 */
export function isAriaHidden(element: UiElement): boolean {
  return ariaHiddenFrom(element) !== undefined;
}

/**
 * Not shown to anyone: `hidden`, `aria-hidden`, an inline `display: none` / `visibility: hidden`
 * or a framework's hiding class (hiding.ts, as the live axe rules read them), on the element or an
 * ancestor (a hidden submit button, an error detail kept for screen capture). Its words are not
 * read as the page's words. `hidden={open}` is taken as hidden: when it shows is not known.
 */
export function isHidden(element: UiElement, document: Pick<UiDocument, 'hidingClasses'>): boolean {
  for (let current: UiElement | undefined = element; current; current = current.parent) {
    if (hasAriaHidden(current) || hasHiddenAttribute(current) || hiddenByStyle(current, document.hidingClasses))
      return true;
  }
  return false;
}

function hasAriaHidden(element: UiElement): boolean {
  const hidden = getAttribute(element, 'aria-hidden');
  if (!hidden) return false;
  if (hidden.kind === 'boolean') return true;
  const value = hidden.kind === 'dynamic' ? hidden.expression?.trim() : hidden.value?.trim();
  return value?.toLowerCase() === 'true';
}

/** `hidden`, `hidden="…"` or `hidden={…}`, but not `hidden={false}`. */
function hasHiddenAttribute(element: UiElement): boolean {
  const hidden = getAttribute(element, 'hidden');
  return hidden !== undefined && !(hidden.kind === 'dynamic' && hidden.expression?.trim() === 'false');
}

const ariaHiddenFrom = nearestSelfOrAncestor(hasAriaHidden);

/**
 * The HTML parser met template syntax whose inner quotes broke the tag apart
 * (`href="{{ url_for("x") }}"`): attribute names with quotes or braces. Nothing on the tag is reliable.
 */
export function hasMangledTemplateAttributes(element: UiElement): boolean {
  return element.attributes.some((attribute) => /["'{}%]/.test(attribute.name));
}
