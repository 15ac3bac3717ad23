/**
 * Tooltip components (`Tooltip`, antd's, MUI's, Radix's wrapped, Tippy) and the props that hold
 * their text: one definition for the live axe rules (a tooltip names the icon button it wraps)
 * and the feedback rules (it gives the reason a button is disabled).
 */
import type { UiElement } from './model.js';

const TOOLTIP_NAME = /(^|\.)\w*(Tooltip|Tippy)$/;
const TOOLTIP_TEXT_PROPS = new Set(['content', 'title', 'label', 'text', 'tip', 'overlay', 'tooltip']);

/** A tooltip component given something to say (`<Tooltip title="Only admins can delete">`). */
export function isTooltipWithText(element: UiElement): boolean {
  return (
    element.isComponent &&
    TOOLTIP_NAME.test(element.name) &&
    element.attributes.some((attribute) => TOOLTIP_TEXT_PROPS.has(attribute.key))
  );
}
