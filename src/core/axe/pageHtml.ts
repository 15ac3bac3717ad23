/**
 * The static HTML rendering of a document for the whole-page axe run. Every element carries
 * its model index in `data-tp`, so each axe result maps back to the exact source range:
 *   - HTML: the document as written (elements the parser implied are added again by the
 *     browser-side parser, without an index);
 *   - JSX: every outermost JSX tree of the file, in source order, inside one body; intrinsic
 *     elements kept, components mapped through config rendered as their element, other
 *     components transparent (their children rendered in place); conditional children and
 *     `.map()` items rendered once; values only known at run time rendered as “…” (free text)
 *     or left out (attributes whose meaning matters: the element is then trusted, as live).
 */
import { VOID_ELEMENTS, type UiDocument, type UiElement, type UiNode } from '../model.js';
import { domAttributes } from './axeCore.js';
import { INDEX_ATTRIBUTE } from './pageAxe.js';

/**
 * Containers whose whitespace-only text between children means nothing to assistive
 * technology (no role that takes its name from content): left out, so jsdom and axe have
 * about half as many nodes to build and walk on a pretty-printed page.
 */
const BLOCK_CONTAINERS = new Set(
  'html head body main section article aside nav header footer div form fieldset ul ol dl table thead tbody tfoot tr select optgroup datalist colgroup details figure hgroup menu search template'.split(
    ' ',
  ),
);
const ignorableWhitespace = (node: UiNode & { type: 'text' }): boolean =>
  node.parent !== undefined &&
  BLOCK_CONTAINERS.has(node.parent.tag) &&
  !node.parent.attributes.some((attribute) => attribute.key === 'role') &&
  node.text.trim() === '';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VALID_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

export function renderPage(document: UiDocument): string {
  const out: string[] = [];
  const isReal = (element: UiElement) => !element.isComponent || element.isMapped;
  // Iterative, so deep trees cannot overflow the stack: strings are closing tags to write.
  const stack: Array<UiNode | string> = [];
  for (let i = document.roots.length - 1; i >= 0; i--) stack.push(document.roots[i]!);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.type === 'text') {
      if (ignorableWhitespace(item)) continue;
      const raw = item.parent?.tag === 'style' || item.parent?.tag === 'script';
      out.push(
        item.fromExpression ? '…' : raw ? (item.parent?.tag === 'style' ? item.text : '') : escapeText(item.text),
      );
      continue;
    }
    if (item.type === 'dynamic') {
      out.push('…');
      continue;
    }
    const real = isReal(item) && VALID_NAME.test(item.tag);
    if (real) {
      const { attributes } = domAttributes(item, document.kind);
      let open = `<${item.tag} ${INDEX_ATTRIBUTE}="${item.index}"`;
      for (const [name, value] of Object.entries(attributes))
        if (VALID_NAME.test(name) && name !== INDEX_ATTRIBUTE) open += ` ${name}="${escapeAttribute(value)}"`;
      out.push(`${open}>`);
      if (VOID_ELEMENTS.has(item.tag)) continue;
      stack.push(`</${item.tag}>`);
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  const body = out.join('');
  // A JSX page that writes its own <html> is a document; otherwise its trees go in a body (the
  // title of a single-page app is set elsewhere, and navigation/page-title judges it).
  if (document.kind === 'html' || document.elements.some((element) => element.tag === 'html')) return body;
  return `<!doctype html><html><head><title>…</title></head><body>${body}</body></html>`;
}
