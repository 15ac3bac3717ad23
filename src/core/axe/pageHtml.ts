/**
 * The static HTML rendering of a document for the whole-page axe run. Every element carries
 * its model index in `data-tp`, so each axe result maps back to the exact source range:
 *   - HTML: the document as written (elements the parser implied are added again by the
 *     browser-side parser, without an index);
 *   - JSX: every outermost JSX tree of the file, in source order, inside one body; elements
 *     rendered as axeCore's `renderingOf` says (intrinsic and mapped kept, icon components
 *     left out, icon buttons as buttons, other components transparent: their children rendered
 *     in place); a fragment's row, cell, item or option inside the table, list or select it
 *     needs (marked `data-tp-context`, never judged); conditional children and `.map()` items
 *     rendered once; values only known at run time rendered as “…” (free text), as a token of
 *     their expression (ids and references) or left out (the element is then trusted, as live).
 */
import { VOID_ELEMENTS, type UiDocument, type UiNode } from '../model.js';
import { contextBetween, ignorableWhitespace, renderedAttributes, renderingOf } from './axeCore.js';
import { CONTEXT_ATTRIBUTE, INDEX_ATTRIBUTE } from './pageAxe.js';
import { maskTemplates, templateInText } from '../templates.js';

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
const VALID_NAME = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;

export function renderPage(document: UiDocument): string {
  const out: string[] = [];
  // Iterative, so deep trees cannot overflow the stack: strings are closing tags to write. Each
  // node goes with the tag of the element it renders inside (undefined: the page) and whether
  // that parent is really its parent (not at the top of a fragment or inside a component).
  type Item = { node: UiNode; parentTag: string | undefined; detached: boolean } | string;
  const stack: Item[] = [];
  const pushChildren = (children: readonly UiNode[], parentTag: string | undefined, detached: boolean) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, parentTag, detached });
  };
  pushChildren(document.roots, undefined, true);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    const { node, parentTag, detached } = item;
    if (node.type === 'text') {
      if (ignorableWhitespace(node)) continue;
      const raw = node.parent?.tag === 'style' || node.parent?.tag === 'script';
      if (raw) {
        out.push(node.parent?.tag === 'style' ? node.text : '');
        continue;
      }
      // As the live tree: a template's value is unknown words, its control blocks render nothing.
      const template = node.fromExpression ? 'value' : templateInText(node.text);
      out.push(template === 'value' ? '…' : escapeText(maskTemplates(node.text)));
      continue;
    }
    if (node.type === 'dynamic') {
      out.push('…');
      continue;
    }
    const rendering = renderingOf(node, document);
    if (rendering.kind === 'icon') continue;
    if (rendering.kind === 'opaque' || !VALID_NAME.test(rendering.tag)) {
      pushChildren(node.children, parentTag, rendering.kind === 'opaque' || detached);
      continue;
    }
    const { attributes } = renderedAttributes(node, document, rendering);
    let open = `<${rendering.tag} ${INDEX_ATTRIBUTE}="${node.index}"`;
    for (const [name, value] of Object.entries(attributes))
      if (VALID_NAME.test(name) && !name.startsWith(INDEX_ATTRIBUTE)) open += ` ${name}="${escapeAttribute(value)}"`;
    // The HTML parser drops a <tr> outside a table: JSX fragments get the parents they need.
    const context = document.kind === 'jsx' ? contextBetween(parentTag, rendering.tag, detached) : [];
    for (const tag of context) out.push(`<${tag} ${CONTEXT_ATTRIBUTE}>`);
    out.push(`${open}>`);
    for (const tag of context) stack.push(`</${tag}>`);
    if (VOID_ELEMENTS.has(rendering.tag)) continue;
    stack.push(`</${rendering.tag}>`);
    pushChildren(node.children, rendering.tag, false);
  }
  const body = out.join('');
  // A JSX page that writes its own <html> is a document; otherwise its trees go in a body (the
  // title of a single-page app is set elsewhere, and navigation/page-title judges it).
  if (document.kind === 'html' || document.elements.some((element) => element.tag === 'html')) return body;
  return `<!doctype html><html><head><title>…</title></head><body>${body}</body></html>`;
}
