/**
 * `div`, `span`, `li`, `img` and other non-interactive elements with a click handler but no
 * way to reach or press them from a keyboard: they need an interactive role, a tabindex and a
 * key handler (or, better, to be a `<button>`). Also elements that claim an interactive role
 * (`role="button"`, `slider`, `tab`…) and react to keys or the pointer but cannot be reached
 * with Tab (no tabindex).
 *
 * Left alone: elements hidden from assistive tech (`aria-hidden`, on them or an ancestor) or
 * with role="presentation"/"none"; wrappers that only catch bubbling clicks from real controls
 * (elements, focusable elements with key handlers, or a lone component named for a control:
 * `ActionIcon`, `IconButton`) or an editable area inside them, or sit inside a control
 * themselves; wrappers of only what the caller passes in (`{children}`, `{actions}`), whose
 * control is the caller's; handlers that ask whether the click came from a link or button
 * inside (`e.target.closest("a")`: event delegation); handlers that only stop the event
 * (`e.stopPropagation()`) or only move focus to a field inside (`input.focus()`), which are
 * not actions of their own; pointer surfaces where a click is a mouse shortcut, not a control
 * (`<canvas>`, table rows and cells, the shapes of a chart, a click that acts only on the
 * element's own empty space, `e.target === e.currentTarget`, a backdrop whose click closes a
 * dialog that Escape also closes), unless someone made them focusable and forgot the keys; and
 * widget items whose container handles the keys (roving focus, aria-activedescendant).
 */
import { getAttribute, type MarkupKind, type UiAttribute, type UiElement } from '../../model.js';
import { closesSomething, onlyStopsEvent } from '../shared/handlerSignals.js';
import {
  INTERACTIVE_ROLES,
  INTERACTIVE_TAGS,
  hasDescendant,
  isAriaHidden,
  nearestSelfOrAncestor,
  staticRole,
  staticValue,
} from '../shared/elementMeaning.js';
import { defineRule, type Fix } from '../types.js';

const KEY_HANDLERS = ['onkeydown', 'onkeyup', 'onkeypress'];
const POINTER_HANDLERS = ['onmousedown', 'onmouseup', 'onpointerdown', 'onpointerup', 'ontouchstart', 'ondblclick'];
/**
 * Where a click is a pointer gesture or a shortcut to a control elsewhere in the row: a canvas,
 * table rows and cells, and the shapes of a drawing or chart (a pie slice, a bar), whose
 * keyboard path is the chart's legend or table, not the shape.
 */
const POINTER_SURFACES = new Set([
  'canvas',
  'tr',
  'td',
  'th',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'polygon',
  'polyline',
  'line',
]);
const BACKDROP_NAME = /(^|[\s_-])(backdrop|overlay|scrim|underlay|curtain|modal-bg|mask|background)([\s_-]|$)/i;
/** A backdrop named in code: `className={styles.backdrop}`, `onClick={handleOverlayClick}`. */
const BACKDROP_CLASS_EXPRESSION = /[.'"`](modal)?(backdrop|overlay|scrim|underlay)\b/i;
const BACKDROP_HANDLER_NAME = /^(handle|on)?(Backdrop|Overlay|Scrim)(Click|Press|MouseDown)?$/i;
/** `e.target === e.currentTarget`: the click landed on the element's own empty space, not its content. */
const OWN_SPACE_TEST = /\btarget\s*[!=]==?\s*\w+\.currentTarget\b|\bcurrentTarget\s*[!=]==?\s*\w+\.target\b/;
/** What a component's caller passes in to render: `{children}`, `{props.children}`, `{actions}`. */
const PASSED_IN_CONTENT = /^((this\.)?props\.)?(children|actions|controls|buttons|trigger)$/;
/** `input.focus()`, `focus()`, `input.select()`; not a function named `select` (`select()` may pick an item). */
const FOCUS_CALL = /(^|\.)focus$|\.select$/;
const STOP_CALL = /(^|\.)(preventDefault|stopPropagation|stopImmediatePropagation)$/;
/** Items of a composite widget: their container usually moves focus between them. */
const WIDGET_ITEM_ROLES = new Set([
  'option',
  'tab',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'treeitem',
  'gridcell',
  'row',
  'radio',
]);

const COMPOSITE_ROLES = new Set(['listbox', 'menu', 'menubar', 'tablist', 'tree', 'treegrid', 'grid', 'radiogroup']);

export default defineRule({
  id: 'feedback/clickable-non-interactive',
  area: 'feedback',
  lens: 'UX',
  metrics: ['task-success', 'reach', 'legal-risk'],
  severity: 'error',
  impact: 'critical',
  tags: ['wcag2a', 'wcag211', 'wcag412'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 20 findings on the corpus (bench/README.md), 8 kept (40%): 6 of 8 on the first four repositories, 2 of 11 on excalidraw, whose clickable list rows are driven from their search field's arrow keys and whose backdrops close with Esc. Those two patterns and roles set at run time are now left alone: 16 judged, 8 kept (50%), still under the 70% the preset needs (canvas overlays and mouse shortcuts beside a keyboard path remain). On the 23-repository corpus, every finding judged: 167 of 230 kept (73%, 2026-12-03), over a rule's 70%, but with it the preset would fall to 84%, under its 85%; 13 of its 23 noise findings are in components nothing renders.
  recommended: false,
  help: 'Use a <button> (or give the element a role, tabindex and key handler)',
  why: 'People who use a keyboard or a screen reader cannot find or press a control built from a plain element, so the task stops there for them.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    for (const element of document.elements) {
      if (element.isComponent || INTERACTIVE_TAGS.has(element.tag)) continue;
      const role = staticRole(element);
      if (role === 'presentation' || role === 'none' || isAriaHidden(element)) continue;
      const onClick = getAttribute(element, 'onclick');
      const acting = onClick && !onlyStopsEvent(onClick.handler) ? onClick : undefined;
      // `role={readOnly ? undefined : "button"}`: a role set at run time is the author's to know.
      const hasRole =
        (role !== undefined && INTERACTIVE_ROLES.has(role)) || getAttribute(element, 'role')?.kind === 'dynamic';
      const hasTabIndex = getAttribute(element, 'tabindex') !== undefined;
      const keyHandler = firstAttribute(element, KEY_HANDLERS);
      if (!acting) {
        // An element that says it is a control and answers keys or the pointer, but Tab never reaches it.
        const other = keyHandler ?? firstAttribute(element, POINTER_HANDLERS);
        if (!hasRole || !other || hasTabIndex || element.hasSpread || focusManagedByContainer(element, role)) continue;
        context.examined(element);
        context.report({
          range: other.range,
          detail: `<${element.name} role="${role}"> cannot be reached with the Tab key: it has no tabindex`,
          why: `People who use a keyboard never reach this ${role} with the Tab key, so they cannot use it at all.`,
          fix: tabIndexFix(element, document.kind),
        });
        continue;
      }
      if (
        wrapsControls(element) ||
        wrapsOneControl(element) ||
        passesContentThrough(element) ||
        insideControl(element) ||
        highlightedFromElsewhere(element) ||
        delegates(acting) ||
        onlyMovesFocus(acting)
      )
        continue;
      if (!hasTabIndex && (isPointerSurface(element, acting) || isBackdrop(element, acting))) continue;
      context.examined(element);
      if (element.hasSpread) continue;
      if (hasRole && focusManagedByContainer(element, role)) continue;
      const hasKeys = keyHandler !== undefined;
      if (hasRole && hasTabIndex && hasKeys) continue;
      const missing = [
        hasRole ? '' : role === undefined ? 'role' : 'interactive role',
        hasTabIndex ? '' : 'tabindex',
        hasKeys ? '' : 'key handler',
      ].filter(Boolean);
      const described = role !== undefined && !hasRole ? `<${element.name} role="${role}">` : `<${element.name}>`;
      context.report({
        range: acting.range,
        detail: `${described} is clickable but has no ${listOf(missing)}`,
        why: `People who use a keyboard or a screen reader cannot find or press this clickable <${element.name}>, so the task stops there for them.`,
        fix: hasRole || hasTabIndex || role !== undefined ? undefined : roleFix(element, document.kind),
      });
    }
  },
});

function firstAttribute(element: UiElement, names: readonly string[]): UiAttribute | undefined {
  for (const name of names) {
    const attribute = getAttribute(element, name);
    if (attribute) return attribute;
  }
  return undefined;
}

/** “role, tabindex or key handler”: what is missing, in words. */
function listOf(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

/**
 * A wrapper catching clicks from the controls or editable area inside it (event delegation).
 * Remembered per element, as is insideControl: nested clickable elements would otherwise cost
 * the square of their depth.
 */
const wrapsControls = hasDescendant(
  (inner) =>
    INTERACTIVE_TAGS.has(inner.tag) ||
    INTERACTIVE_ROLES.has(staticRole(inner) ?? '') ||
    getAttribute(inner, 'contenteditable') !== undefined ||
    (getAttribute(inner, 'tabindex') !== undefined && KEY_HANDLERS.some((name) => getAttribute(inner, name))),
);

/** Components named for the control they render (`ActionIcon`, `IconButton`, `NavLink`, `Checkbox`). */
const CONTROL_COMPONENT =
  /(^|\.)(\w*Button|\w*Link|ActionIcon|\w*Checkbox|\w*Switch|\w*Radio|\w*Select|\w*Input|\w*TextField|\w*MenuTrigger)$/;

/**
 * A wrapper around one component named for the control it renders, and nothing else
 * (`<div onClick={copy}><ActionIcon>…</ActionIcon></div>`, or with a wordless styling wrapper
 * between them). A row or card with text beside a small control is still the control for its
 * own click.
 */
function wrapsOneControl(element: UiElement): boolean {
  const content = element.children.filter((child) => child.type !== 'text' || child.text.trim() !== '');
  const only = content.length === 1 ? content[0] : undefined;
  return only?.type === 'element' && isOneControl(only);
}

/** A component named for a control, or a wrapper with no words around one (`<Styled><ActionIcon/></Styled>`). */
function isOneControl(element: UiElement): boolean {
  return (element.isComponent && CONTROL_COMPONENT.test(element.name)) || wrapsOneControl(element);
}

/**
 * Content that is only what the caller passes in (`<div onClick={toggle}>{children}</div>`, a
 * dropdown's trigger wrapper), or that or one control (`{children ?? <ActionIcon/>}`): whether a
 * control is inside is the caller's to know, and it usually is one (a button the click bubbles
 * from). A `{label}` or other text is not this, nor the wrapper of a component named for a
 * control (`CopyButton`'s span around its icon is the button).
 */
function passesContentThrough(element: UiElement): boolean {
  // In a component named for a control (`CopyButton`), the wrapper is that control.
  if (CONTROL_COMPONENT.test(element.component ?? '')) return false;
  let passedIn = false;
  for (const child of element.children) {
    if (child.type === 'text') {
      if (child.text.trim() !== '') return false;
    } else if (child.type === 'dynamic') {
      if (!PASSED_IN_CONTENT.test(child.expression.trim())) return false;
      passedIn = true;
    } else if (!(child.conditional && isOneControl(child))) return false;
  }
  return passedIn;
}

/**
 * A click that only moves focus to a field or control inside (`onClick={() => input.current.focus()}`),
 * which the keyboard reaches with Tab: a bigger target for the mouse, not a control of its own.
 */
function onlyMovesFocus(onClick: UiAttribute): boolean {
  const calls = onClick.handler?.resolved ? onClick.handler.calls : [];
  return (
    calls.some((call) => FOCUS_CALL.test(call.callee) && call.firstArgument === undefined) &&
    calls.every(
      (call) => (FOCUS_CALL.test(call.callee) && call.firstArgument === undefined) || STOP_CALL.test(call.callee),
    )
  );
}

/**
 * A click on a pointer surface (above), or one that acts only when it lands on the element's
 * own empty space (`if (e.target === e.currentTarget)`): a calendar day's blank area, the space
 * around a panel's content. Both are shortcuts for the mouse beside the content's own controls.
 */
function isPointerSurface(element: UiElement, onClick: UiAttribute): boolean {
  return POINTER_SURFACES.has(element.tag) || OWN_SPACE_TEST.test(onClick.expression ?? '');
}

/**
 * A handler that asks whether the click came from a link or a button inside
 * (`e.target.closest("a")`, `matches("button")`, a link's `getAttribute("href")`): it handles
 * clicks on those controls, which the keyboard reaches (event delegation). A handler that asks
 * so to ignore clicks from a part (`if (e.target.closest(".menu")) return;`) acts on the
 * element itself: not this.
 */
function delegates(onClick: UiAttribute): boolean {
  return (
    onClick.handler?.calls.some(
      (call) =>
        (/(^|\.)(closest|matches)$/.test(call.callee) && CONTROL_SELECTOR.test(call.firstArgument?.trim() ?? '')) ||
        (/(^|\.)getAttribute$/.test(call.callee) && /^["'`]href["'`]$/.test(call.firstArgument?.trim() ?? '')),
    ) ?? false
  );
}

/** A selector for links or buttons: `"a"`, `'a[href]'`, `"button, a"`. */
const CONTROL_SELECTOR = /^["'`]\s*(a|button)(\[[^\]]*\])?(\s*,\s*(a|button)(\[[^\]]*\])?)*\s*["'`]$/;

/** The link or button around an element: the keyboard reaches that control instead. */
const controlAround = nearestSelfOrAncestor(
  (element) =>
    element.tag === 'button' ||
    (element.tag === 'a' && getAttribute(element, 'href') !== undefined) ||
    (!element.isComponent && INTERACTIVE_ROLES.has(staticRole(element) ?? '')),
);

function insideControl(element: UiElement): boolean {
  return controlAround(element.parent) !== undefined;
}

/**
 * A backdrop: named so (`class="modal-backdrop"`), or an empty element (no children at all, so
 * not an icon button) whose click closes something. Escape closes the dialog for keyboard users.
 */
function isBackdrop(element: UiElement, onClick: UiAttribute): boolean {
  const named = ['class', 'id'].some((name) => BACKDROP_NAME.test(staticValue(getAttribute(element, name)) ?? ''));
  const namedInCode =
    BACKDROP_CLASS_EXPRESSION.test(getAttribute(element, 'class')?.expression ?? '') ||
    BACKDROP_HANDLER_NAME.test(onClick.handler?.name ?? '');
  return named || namedInCode || (element.children.length === 0 && closesSomething(onClick.handler));
}

/**
 * An item scrolled into view when it is highlighted (`ref={(el) => highlighted &&
 * el?.scrollIntoView()}`): a list whose highlight the arrow keys move from a search field, a
 * command palette's or a search menu's results; the click is the mouse's way to pick one.
 */
function highlightedFromElsewhere(element: UiElement): boolean {
  return /\bscrollIntoView\b/.test(getAttribute(element, 'ref')?.expression ?? '');
}

/** `<li role="option">` in a listbox whose container handles the keys and moves focus. */
function focusManagedByContainer(element: UiElement, role: string | undefined): boolean {
  if (!WIDGET_ITEM_ROLES.has(role ?? '')) return false;
  if (element.parent?.isComponent) return true; // a widget component we cannot see into
  for (let current = element.parent; current; current = current.parent) {
    if (
      COMPOSITE_ROLES.has(staticRole(current) ?? '') ||
      getAttribute(current, 'aria-activedescendant') !== undefined ||
      KEY_HANDLERS.some((name) => getAttribute(current, name) !== undefined)
    )
      return true;
  }
  return false;
}

/** Adds role="button" and tabindex; a key handler still has to be written by hand. */
function roleFix(element: UiElement, kind: MarkupKind): Fix {
  const at = element.nameRange.end;
  const newText = kind === 'jsx' ? ' role="button" tabIndex={0}' : ' role="button" tabindex="0"';
  return {
    title: 'Add role="button" and a tabindex (then handle Enter and Space)',
    edits: [{ range: { start: at, end: at }, newText }],
    safe: false,
  };
}

/** Makes the element reachable with Tab. */
function tabIndexFix(element: UiElement, kind: MarkupKind): Fix {
  const at = element.nameRange.end;
  return {
    title: 'Add a tabindex so Tab reaches it',
    edits: [{ range: { start: at, end: at }, newText: kind === 'jsx' ? ' tabIndex={0}' : ' tabindex="0"' }],
    safe: false,
  };
}
