/**
 * Links that go nowhere: `href="#"`, `href="javascript:…"`, an empty href, or an `<a>` with no
 * href that is wired up as a button (click handler, role=button or tabindex). People expect a
 * link to take them somewhere; when it runs script instead, the page often looks unchanged
 * and keyboard users cannot press it with Space.
 *
 * Left alone: `<a>` without href and without any behaviour (a legitimate placeholder in the
 * HTML spec); dynamic hrefs and hrefs a server template fills in (`{{ url_for(…) }}`); links
 * hidden from assistive tech (`aria-hidden`, an off-screen anchor a script clicks); `href="#"`
 * links whose click handler navigates (“Go back” with `history.back()`); and a
 * mock-up's placeholder content, where a page (or one JSX tree) holds four or more `href="#"`
 * links that do nothing (demo navigation, “Article one… Article twelve”), or a whole HTML page
 * has no link that goes anywhere (a one-widget demo's “Home About Contact” or “Buy now”): they
 * are scaffolding, not controls. An
 * `<a>` without href and without any content or name (a styled backdrop that closes a menu on
 * click) is a hit area, not a link.
 */
import { getAttribute, type UiDocument, type UiElement } from '../../model.js';
import { hasMangledTemplateAttributes, isAriaHidden, staticRole, staticValue } from '../shared/elementMeaning.js';
import { isTemplateValue } from '../../templates.js';
import { defineRule, type Fix } from '../types.js';

function isEmpty(element: UiElement): boolean {
  if (element.children.length > 0) return false;
  return !['aria-label', 'aria-labelledby', 'title'].some((name) => getAttribute(element, name) !== undefined);
}

const PLACEHOLDER_HREF = /^\s*(#!?|javascript:.*|)\s*$/is;
/** From this many behaviour-less `href="#"` links in one tree, they are a mock-up's filler. */
const MOCK_UP_LINKS = 4;

export default defineRule({
  id: 'feedback/placeholder-link',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'clicks-to-completion', 'reach'],
  severity: 'warning',
  impact: 'serious',
  tags: ['nielsen-1', 'wcag2a'],
  languages: ['html', 'jsx'],
  help: 'Use a <button> for actions and give links a real destination',
  why: 'A link that goes nowhere looks broken when clicked and cannot be pressed with the Space key.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const links = document.elements.filter(
      (element) => element.tag === 'a' && !isAriaHidden(element) && !hasMangledTemplateAttributes(element),
    );
    const fillers = links.filter((link) => isHashOnly(link) && !actsAsButton(link));
    const fillersPerTree = new Map<number, number>();
    for (const link of fillers) fillersPerTree.set(link.tree, (fillersPerTree.get(link.tree) ?? 0) + 1);
    const isFiller = new Set(fillers);
    const demoPage = isDemoPage(document, links);
    const isMockUpFiller = (link: UiElement): boolean =>
      isFiller.has(link) && (demoPage || (fillersPerTree.get(link.tree) ?? 0) >= MOCK_UP_LINKS);
    for (const element of links) {
      const href = getAttribute(element, 'href');
      const behaves = actsAsButton(element);
      if (!href) {
        // An empty `<a onClick>` (a backdrop, a hit area) is no link anyone reads or tabs to.
        if (!behaves || element.hasSpread || isEmpty(element)) continue;
        context.examined(element);
        context.report({
          range: element.nameRange,
          detail: 'it has no href but acts as a button',
          fix: toButton(element, document.text),
        });
        continue;
      }
      const value = staticValue(href);
      if (value === undefined || isTemplateValue(value)) continue; // filled in at run time: trusted
      if (isMockUpFiller(element) || navigates(element)) continue;
      context.examined(element);
      if (!PLACEHOLDER_HREF.test(value)) continue;
      context.report({
        range: href.range,
        detail: value.trim() ? `href="${value.trim().slice(0, 40)}" goes nowhere` : 'the href is empty',
        fix: behaves ? toButton(element, document.text) : undefined,
      });
    }
  },
});

/**
 * A whole HTML page none of whose links goes anywhere (a demo of one widget, a mock-up): its
 * `href="#"` links wait for destinations that do not exist yet, so they are filler too.
 */
function isDemoPage(document: UiDocument, links: readonly UiElement[]): boolean {
  if (document.kind !== 'html' || !document.elements.some((element) => element.tag === 'body')) return false;
  return links.every((link) => {
    const href = staticValue(getAttribute(link, 'href'));
    return href !== undefined && (href.trim().startsWith('#') || PLACEHOLDER_HREF.test(href));
  });
}

/** Script that takes people somewhere: back, to another address, or through a router. */
const NAVIGATION =
  /\bhistory\.(?:back|go|forward)\s*\(|\blocation(?:\.(?:href|pathname|search))?\s*=(?!=)|\blocation\.(?:assign|replace)\s*\(|\brouter\.(?:push|back|replace)\s*\(|\bnavigate\s*\(/;
const NAVIGATION_CALL =
  /^(?:window\.)?(?:history\.(?:back|go|forward)|location\.(?:assign|replace)|router\.(?:push|back|replace)|navigate)$/;

/**
 * A `href="#"` link whose click handler navigates (`history.back()`, `location = …`,
 * `router.push(…)`): it is a link that works with a click and Enter, only its address is
 * written in script; not a placeholder, and a button would be the wrong advice.
 */
function navigates(element: UiElement): boolean {
  const onclick = getAttribute(element, 'onclick');
  if (!onclick) return false;
  const written = onclick.kind === 'dynamic' ? onclick.expression : onclick.value;
  if (written !== undefined && NAVIGATION.test(written)) return true;
  return onclick.handler?.calls.some((call) => NAVIGATION_CALL.test(call.callee)) ?? false;
}

function actsAsButton(element: UiElement): boolean {
  return (
    getAttribute(element, 'onclick') !== undefined ||
    staticRole(element) === 'button' ||
    getAttribute(element, 'tabindex') !== undefined
  );
}

function isHashOnly(element: UiElement): boolean {
  return /^\s*#!?\s*$/.test(staticValue(getAttribute(element, 'href')) ?? 'not a hash');
}

/** Rewrites `<a href="#" onClick=…>Buy</a>` as `<button type="button" onClick=…>Buy</button>`. */
function toButton(element: UiElement, text: string): Fix | undefined {
  const closingTag = `</${element.name}>`;
  const closingStart = element.range.end - closingTag.length;
  if (!element.contentRange || text.slice(closingStart, element.range.end) !== closingTag) return undefined;
  const href = getAttribute(element, 'href');
  const edits = [
    { range: element.nameRange, newText: 'button' },
    href
      ? { range: href.range, newText: 'type="button"' }
      : { range: { start: element.nameRange.end, end: element.nameRange.end }, newText: ' type="button"' },
    { range: { start: closingStart + 2, end: element.range.end - 1 }, newText: 'button' },
  ];
  const role = getAttribute(element, 'role');
  // role="button" is implied by <button>; drop it with the space before it.
  if (role && staticRole(element) === 'button')
    edits.push({ range: { start: role.range.start - 1, end: role.range.end }, newText: '' });
  return { title: 'Change this link to a <button type="button">', edits, safe: false };
}
