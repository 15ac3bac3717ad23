/**
 * Which documents are pages, for the page-level rules (main heading, landmarks, title, skip
 * link, breadcrumb, and axe's whole-page rules). A page is a full document written in the
 * source (`<html>`, `<head>` or `<body>`), or a JSX file the config's `pages` names, unless it
 * is an app shell: a document whose content is rendered at run time, so its heading, landmarks
 * and title are not in this file. Shells are
 * - single-page-app entry documents whose body holds only mount points (`<div id="root">`),
 *   scripts, and at most a short loading or noscript message, and server-template layouts whose
 *   body is a slot for other templates (`{% block content %}`);
 * - HTML emails (files in an `email`, `emails`, `mail` or `mailers` folder): a mail client shows
 *   them inside its own page;
 * - framework layouts and document wrappers: Next.js `layout.tsx`, `_document.tsx`, `_app.tsx`,
 *   Remix `root.tsx`, and any JSX document whose body has no text of its own, only
 *   `{children}`, components and empty wrappers.
 */
import * as path from 'node:path';
import type { UiDocument, UiNode } from './model.js';
import { TEMPLATE_SPAN } from './templates.js';

const LAYOUT_FILE = /^(layout|_document|_app|root|template)\.[cm]?[jt]sx?$/i;
/** Elements that carry no content people read (the scripts and wrappers of a shell). */
const NOT_CONTENT = new Set(['script', 'noscript', 'template', 'style', 'link', 'meta', 'base']);
/** Elements whose presence says the file's own markup is the page people see. */
const PAGE_CONTENT = new Set([
  'h1',
  'h2',
  'h3',
  'main',
  'nav',
  'header',
  'footer',
  'form',
  'a',
  'button',
  'input',
  'p',
  'ul',
  'ol',
  'table',
]);
/**
 * Where a server template's content goes (`{% block content %}`, `{{{ body }}}`, `<%- body %>`,
 * `{{> partial }}`, `{% include %}`): like a mount point, the page is filled in elsewhere.
 */
const TEMPLATE_SLOT =
  /\{%-?\s*(block|include)\b|\{\{\{?\s*>?\s*(body|content|yield|children)\b|<%-?=?\s*(body|yield|include)\b|\{\{>/;
/** HTML emails: shown inside a mail client's own page, so page structure rules do not apply. */
const EMAIL_FOLDER = /(^|[\\/])(e-?mails?|mail|mailers?)[\\/]/i;
/** A loading message in a mount point is not content ("Loading…"). */
const MAX_PLACEHOLDER_TEXT = 60;

export function isPage(document: UiDocument, configuredPage: boolean): boolean {
  return (document.isPage || configuredPage) && !isAppShell(document);
}

export function isAppShell(document: UiDocument): boolean {
  if (document.kind === 'jsx' && LAYOUT_FILE.test(path.basename(document.fileName))) return true;
  if (document.kind === 'html' && EMAIL_FOLDER.test(document.fileName)) return true;
  const body = document.elements.find((element) => element.tag === 'body' && !element.isComponent);
  const content: UiNode[] = body
    ? body.children
    : document.roots.filter((node) => !(node.type === 'element' && (node.tag === 'html' || node.tag === 'head')));
  // In HTML without a written <body>, the content sits under <html> after <head>.
  const html = document.elements.find((element) => element.tag === 'html' && !element.isComponent);
  if (!body && html)
    for (const node of html.children) if (!(node.type === 'element' && node.tag === 'head')) content.push(node);
  if (document.kind === 'jsx' && content.length === 0) return !body; // <html><head/></html>: a wrapper
  let text = 0;
  let pageElements = 0;
  let slot = false;
  // Iterative walks here and in hasMountPoint: a page may nest deeper than the call stack allows.
  const stack = [...content];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (TEMPLATE_SLOT.test(node.text)) slot = true;
      text += node.text.replace(TEMPLATE_SPAN, '').trim().length;
    }
    if (node.type !== 'element' || NOT_CONTENT.has(node.tag)) continue;
    if (PAGE_CONTENT.has(node.tag)) pageElements++;
    for (const child of node.children) stack.push(child);
  }
  return (
    pageElements === 0 && text <= MAX_PLACEHOLDER_TEXT && (document.kind === 'jsx' || slot || hasMountPoint(content))
  );
}

/** An element with an id and nothing but placeholder text: where a script mounts the app. */
function hasMountPoint(nodes: readonly UiNode[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' || NOT_CONTENT.has(node.tag)) continue;
    if (node.attributes.some((attribute) => attribute.key === 'id')) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}
