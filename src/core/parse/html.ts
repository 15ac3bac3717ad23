/**
 * HTML → UiDocument, through parse5 (with the htmlparser2 tree adapter cheerio uses) with source locations, so every element,
 * attribute and text node keeps exact offsets. parse5 follows the HTML standard's error
 * recovery, so half-typed markup still yields the tree a browser would build; elements the
 * parser implied (an `<html>` nobody wrote) have no location and are made transparent.
 */
import { TEMPLATE_VALUE } from '../templates.js';
import type { AnyNode, Comment, Document, Element, ParentNode, Text } from 'domhandler';
import { parse } from 'parse5';
import { adapter as domAdapter } from 'parse5-htmlparser2-tree-adapter';
import {
  VOID_ELEMENTS,
  type SourceRange,
  type UiAttribute,
  type UiComment,
  type UiDocument,
  type UiElement,
  type UiNode,
  type ParseProblem,
  type SourceLanguage,
} from '../model.js';
import { uiAttribute, uiElement, uiText } from './nodes.js';

interface Location {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}

const PAGE_TAGS = new Set(['html', 'head', 'body']);

/**
 * How deep elements may nest before a file is not checked. parse5 looks through the open
 * elements for each new tag (the HTML standard's "has an element in scope"), so its time grows
 * with the square of the depth: 10,000 levels parse in about a second, 100,000 would take
 * minutes. Browsers stop nesting far sooner (Chromium at 512 levels). The html and body
 * elements count, written or not.
 */
export const MAX_HTML_DEPTH = 10_000;

/** Thrown while parsing when elements nest deeper than MAX_HTML_DEPTH; parseDocument explains it. */
export class NestedTooDeeplyError extends Error {
  constructor(readonly limit: number) {
    super(`elements are nested more than ${limit} levels deep`);
  }
}

type TreeAdapter = typeof domAdapter;

/**
 * The text the parser reads: quotes inside a server template's tag within an HTML tag
 * (`placeholder="{% trans "Search" %}"`, Django and Jinja write them so) are given to it as
 * other characters of the same length, so the attribute's value is the whole tag, not cut at
 * the inner quote. Offsets do not move; the model reads values and ranges from the real text.
 */
export function quotesOfTemplatesInTags(text: string): string {
  if (!text.includes('{%') && !text.includes('{{')) return text;
  return text.replace(/\{%[^%]*?["'][\s\S]*?%\}|\{\{[^}]*?["'][\s\S]*?\}\}/g, (span, at: number) =>
    text.lastIndexOf('<', at) > text.lastIndexOf('>', at) ? span.replace(/"/g, '\u02BA').replace(/'/g, '\u02B9') : span,
  );
}

/**
 * cheerio's tree builder, counting each node's depth as parse5 places it, to stop the parse
 * (and its quadratic scans) at the limit. Template content counts from its template.
 */
function depthLimitedAdapter(limit: number): TreeAdapter {
  const depths = new WeakMap<object, number>();
  // parse5 gives a template its content before placing the template itself.
  const templates = new WeakMap<object, object>();
  const depthOf = (node: object): number => {
    const template = templates.get(node);
    return depths.get(node) ?? (template ? depthOf(template) + 1 : 0);
  };
  const place = (parent: object, child: object): void => {
    const depth = depthOf(parent) + 1;
    if (depth > limit) throw new NestedTooDeeplyError(limit);
    depths.set(child, depth);
  };
  return {
    ...domAdapter,
    appendChild(parent, child) {
      place(parent, child);
      domAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      place(parent, child);
      domAdapter.insertBefore(parent, child, reference);
    },
    setTemplateContent(template, content) {
      templates.set(content, template);
      domAdapter.setTemplateContent(template, content);
    },
  };
}

// Longer than 80 lines: one iterative walk that converts each parser node and lets it go; its
// branches share the walk's stack and lists, and a 2 MB page goes through it node by node.
export function parseHtml(text: string, fileName: string, maxDepth = MAX_HTML_DEPTH): UiDocument {
  const document = parse(quotesOfTemplatesInTags(text), {
    sourceCodeLocationInfo: true,
    treeAdapter: depthLimitedAdapter(maxDepth),
  });
  const elements: UiElement[] = [];
  const comments: UiComment[] = [];
  const roots: UiNode[] = [];
  let isPage = false;

  // Iterative walk: pages nest deeply enough in the wild (and in fuzzing) to overflow recursion.
  // Each parser node is let go as it is converted (its child list emptied, its sibling links
  // cut), so the parser's tree and the model are never both held whole: on a 2 MB page the
  // parse then needs about 60 MB less heap.
  const stack: Array<{ node: AnyNode; parent: UiElement | undefined; tree: number }> = [];
  const pushChildren = (node: ParentNode, parent: UiElement | undefined, tree: number): void => {
    const children = node.children;
    node.children = [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent, tree });
  };
  pushChildren(document, undefined, 0);
  let trees = 0;

  while (stack.length > 0) {
    const { node, parent, tree } = stack.pop()!;
    node.prev = null;
    node.next = null;
    const location = (node as { sourceCodeLocation?: Location | null }).sourceCodeLocation ?? undefined;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      if (!location) {
        // Implied by the parser (e.g. <html> around a fragment): keep its children, not it.
        pushChildren(element, parent, tree);
        continue;
      }
      const tag = element.name.toLowerCase();
      if (PAGE_TAGS.has(tag)) isPage = true;
      const uiElement = toElement(element, location, text, parent, elements.length, tree);
      elements.push(uiElement);
      attach(uiElement, parent, roots);
      pushChildren(element, uiElement, tree);
    } else if (node.type === 'root') {
      // A <template>'s content: a fragment of its own (parse5 keeps it apart from the page, and
      // a script places copies of it at run time), checked as its own tree, like a JSX component.
      pushChildren(node as Document, parent, ++trees);
    } else if (node.type === 'text') {
      if (!location) continue;
      attach(
        uiText((node as Text).data, { start: location.startOffset, end: location.endOffset }, parent, false),
        parent,
        roots,
      );
    } else if (node.type === 'comment') {
      if (!location) continue;
      comments.push({
        text: (node as Comment).data,
        // parse5 ends a comment left open at the end of the file one past the text.
        range: { start: location.startOffset, end: Math.min(location.endOffset, text.length) },
      });
    } else if (node.type === 'directive') {
      isPage = true; // <!doctype html>
    }
  }

  return {
    kind: 'html',
    language: 'html' satisfies SourceLanguage,
    text,
    fileName,
    roots,
    elements,
    comments,
    calls: [],
    isPage,
    problems: [] as ParseProblem[],
  };
}

function attach(node: UiNode, parent: UiElement | undefined, roots: UiNode[]): void {
  if (parent) parent.children.push(node);
  else roots.push(node);
}

function toElement(
  element: Element,
  location: Location,
  text: string,
  parent: UiElement | undefined,
  index: number,
  tree: number,
): UiElement {
  const startTag = location.startTag ?? { startOffset: location.startOffset, endOffset: location.endOffset };
  const nameStart = startTag.startOffset + 1;
  const attributes: UiAttribute[] = [];
  for (const [name, value] of Object.entries(element.attribs)) {
    const attributeLocation = location.attrs?.[name];
    if (!attributeLocation) continue; // attributes merged in by the parser, not written here
    attributes.push(toAttribute(name, value, attributeLocation, text));
  }
  attributes.sort((a, b) => a.range.start - b.range.start);
  const contentRange: SourceRange | undefined =
    location.startTag && location.endTag
      ? { start: location.startTag.endOffset, end: location.endTag.startOffset }
      : location.startTag && !isVoid(element.name) && location.endOffset > location.startTag.endOffset
        ? { start: location.startTag.endOffset, end: location.endOffset }
        : undefined;
  return uiElement({
    tag: element.name.toLowerCase(),
    name: element.name,
    isComponent: false,
    isMapped: false,
    attributes,
    hasSpread: false,
    parent,
    range: { start: location.startOffset, end: location.endOffset },
    openingRange: { start: startTag.startOffset, end: startTag.endOffset },
    nameRange: { start: nameStart, end: Math.min(nameStart + element.name.length, startTag.endOffset) },
    contentRange,
    conditional: false,
    repeated: false,
    index,
    tree,
  });
}

function toAttribute(
  name: string,
  value: string,
  location: { startOffset: number; endOffset: number },
  text: string,
): UiAttribute {
  const source = text.slice(location.startOffset, location.endOffset);
  const nameRange = { start: location.startOffset, end: location.startOffset + name.length };
  const equals = source.indexOf('=');
  if (equals < 0) {
    return uiAttribute({
      name,
      key: name.toLowerCase(),
      kind: 'boolean',
      value: '',
      range: rangeOf(location),
      nameRange,
    });
  }
  let valueStart = location.startOffset + equals + 1;
  while (valueStart < location.endOffset && /\s/.test(text[valueStart]!)) valueStart++;
  let valueEnd = location.endOffset;
  const quote = text[valueStart];
  if (quote === '"' || quote === "'") {
    valueStart++;
    if (text[valueEnd - 1] === quote && valueEnd - 1 >= valueStart) valueEnd--;
  }
  const valueRange = { start: valueStart, end: valueEnd };
  if (TEMPLATE_VALUE.test(value)) {
    // Filled in by a server template: known only when the page is served, like a JSX expression.
    return uiAttribute({
      name,
      key: name.toLowerCase(),
      kind: 'dynamic',
      expression: text.slice(valueStart, valueEnd), // as written (the parser read its quotes as others)
      range: rangeOf(location),
      nameRange,
      valueRange,
    });
  }
  return uiAttribute({
    name,
    key: name.toLowerCase(),
    kind: 'static',
    value,
    range: rangeOf(location),
    nameRange,
    valueRange,
  });
}

function rangeOf(location: { startOffset: number; endOffset: number }): SourceRange {
  return { start: location.startOffset, end: location.endOffset };
}

function isVoid(tag: string): boolean {
  return VOID_ELEMENTS.has(tag.toLowerCase());
}
