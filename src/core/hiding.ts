/**
 * Hidden in the source by its style: one definition for the live axe rules (axeCore.ts) and the
 * rules that read an element's words (rules/shared/elementMeaning.ts), which see no style sheet.
 */
import { getAttribute, type UiElement } from './model.js';

/** An inline style that hides the element: `style="display: none"`, `style={{ display: "none" }}`. */
const HIDING_STYLE = /(?:^|[;{,\s])["']?(?:display["']?\s*:\s*["'`]?none|visibility["']?\s*:\s*["'`]?hidden)\b/i;

/**
 * A framework's class that hides the element for everyone (Bootstrap's `d-none`, Bulma's
 * `is-hidden`, and Tailwind's `hidden` and `invisible` where the project uses Tailwind: its preset
 * names them), with no class that shows it from some screen size up or in some state
 * (`d-lg-flex`, `md:flex`, `group-hover:block`, `group-hover:visible`): a static class list
 * only. A bare `hidden` class is not taken elsewhere: sites define their own (a menu faded out
 * with `opacity: 0` that screen readers still reach).
 */
const HIDING_CLASS = /^(d-none|is-hidden)$/;
const SHOWING_CLASS =
  /^d-\w+-(?:block|flex|inline|inline-block|inline-flex|grid|table)$|^is-(?:block|flex|inline|inline-block|inline-flex)-\w+$|:(?:block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|contents|flow-root|list-item|visible)$/;

export function hiddenByStyle(element: UiElement, hidingClasses: readonly string[] = []): boolean {
  const style = getAttribute(element, 'style');
  const written = style?.kind === 'dynamic' ? style.expression : style?.value;
  if (written !== undefined && HIDING_STYLE.test(written)) return true;
  const classes = getAttribute(element, 'class');
  if (classes?.kind !== 'static' || !classes.value) return false;
  const tokens = classes.value.split(/\s+/);
  return (
    tokens.some((token) => HIDING_CLASS.test(token) || hidingClasses.includes(token)) &&
    !tokens.some((token) => SHOWING_CLASS.test(token))
  );
}
