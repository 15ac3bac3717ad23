/**
 * HTML → UiDocument, through cheerio in parse5 mode with source locations, so every element,
 * attribute and text node keeps exact offsets. parse5 follows the HTML standard's error
 * recovery, so half-typed markup still yields the tree a browser would build; elements the
 * parser implied (an `<html>` nobody wrote) have no location and are made transparent.
 */
import { TEMPLATE_VALUE } from '../templates.js';
import { load } from 'cheerio';
import type { AnyNode, Element, Text, Comment } from 'domhandler';
import {
  VOID_ELEMENTS,
  type SourceRange,
  type UiAttribute,
  type UiComment,
  type UiDocument,
  type UiElement,
  type UiNode,
  type UiText,
  type ParseProblem,
  type SourceLanguage,
} from '../model.js';

interface Location {
  startOffset: number;
  endOffset: number;
  startTag?: { startOffset: number; endOffset: number };
  endTag?: { startOffset: number; endOffset: number };
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}

const PAGE_TAGS = new Set(['html', 'head', 'body']);

export function parseHtml(text: string, fileName: string): UiDocument {
  const $ = load(text, { sourceCodeLocationInfo: true } as Parameters<typeof load>[1]);
  const document = $.root()[0]!;
  const elements: UiElement[] = [];
  const comments: UiComment[] = [];
  const roots: UiNode[] = [];
  let isPage = false;

  // Iterative walk: pages nest deeply enough in the wild (and in fuzzing) to overflow recursion.
  const stack: Array<{ node: AnyNode; parent: UiElement | undefined }> = [];
  const pushChildren = (children: readonly AnyNode[], parent: UiElement | undefined): void => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parent });
  };
  pushChildren(document.children, undefined);

  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    const location = (node as { sourceCodeLocation?: Location | null }).sourceCodeLocation ?? undefined;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const element = node as Element;
      if (!location) {
        // Implied by the parser (e.g. <html> around a fragment): keep its children, not it.
        pushChildren(element.children, parent);
        continue;
      }
      const tag = element.name.toLowerCase();
      if (PAGE_TAGS.has(tag)) isPage = true;
      const uiElement = toElement(element, location, text, parent, elements.length);
      elements.push(uiElement);
      attach(uiElement, parent, roots);
      const content = (element as Element & { children: AnyNode[] }).children;
      // <template> content lives in a separate fragment in parse5's tree.
      const templateContent = (element as { content?: { children: AnyNode[] } }).content;
      pushChildren(templateContent ? templateContent.children : content, uiElement);
    } else if (node.type === 'text') {
      if (!location) continue;
      const uiText: UiText = {
        type: 'text',
        text: (node as Text).data,
        range: { start: location.startOffset, end: location.endOffset },
        parent,
        fromExpression: false,
      };
      attach(uiText, parent, roots);
    } else if (node.type === 'comment') {
      if (!location) continue;
      comments.push({
        text: (node as Comment).data,
        range: { start: location.startOffset, end: location.endOffset },
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
  return {
    type: 'element',
    tag: element.name.toLowerCase(),
    name: element.name,
    isComponent: false,
    isMapped: false,
    attributes,
    hasSpread: false,
    children: [],
    parent,
    range: { start: location.startOffset, end: location.endOffset },
    openingRange: { start: startTag.startOffset, end: startTag.endOffset },
    nameRange: { start: nameStart, end: Math.min(nameStart + element.name.length, startTag.endOffset) },
    contentRange,
    conditional: false,
    repeated: false,
    index,
    tree: 0,
  };
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
    return { name, key: name.toLowerCase(), kind: 'boolean', value: '', range: rangeOf(location), nameRange };
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
    return {
      name,
      key: name.toLowerCase(),
      kind: 'dynamic',
      expression: value,
      range: rangeOf(location),
      nameRange,
      valueRange,
    };
  }
  return {
    name,
    key: name.toLowerCase(),
    kind: 'static',
    value,
    range: rangeOf(location),
    nameRange,
    valueRange,
  };
}

function rangeOf(location: { startOffset: number; endOffset: number }): SourceRange {
  return { start: location.startOffset, end: location.endOffset };
}

function isVoid(tag: string): boolean {
  return VOID_ELEMENTS.has(tag.toLowerCase());
}
