/**
 * A `<label for="x">` (JSX `htmlFor`) naming an id that no element in the file has: the label
 * labels nothing. Clicking it does not move to the field, screen readers do not read it with
 * the field, and the field has no name at all; usually a typo, a renamed id, or `for` pointing
 * at the field's `name` instead of its id (the fix then adds that id to the field).
 *
 * Only files where every id is known are judged: any dynamic id (`id={…}`, `id="{{ … }}"`),
 * spread props (which may set an id), or template syntax in an HTML file (an include or macro
 * may render the field) means ids may be generated, and the file is left alone. A label is
 * also trusted when its target may come from elsewhere: a component given the same value in a
 * prop (`<Select inputId="size">` renders the id itself), or a script on the page that names it.
 *
 * A label with no field near it is left alone: when nothing in the label's container (its
 * parent and all inside it) is a field (input, select, textarea, an element with a field's
 * role) or a component named like one (`Slider`, `EmailTagInput`, `DatePicker`), the label is
 * a caption over a value shown read-only (`<label htmlFor="role-created-at">Created</label>
 * <Badge>{date}</Badge>`), and no field is left without a name.
 */
import { getAttribute, type UiDocument, type UiElement } from '../../model.js';
import { hasTemplate } from '../../templates.js';
import { descendants, isFormField, staticRole, staticValue, textContent } from '../shared/elementMeaning.js';
import { shorten } from '../shared/wordLists.js';
import { defineRule, type Fix } from '../types.js';

/** Every static id in the file, or undefined when some id is only known at run time. */
function knownIds(document: UiDocument): Set<string> | undefined {
  if (document.kind === 'html' && hasTemplate(document.text)) return undefined;
  const ids = new Set<string>();
  for (const element of document.elements) {
    if (element.hasSpread) return undefined;
    const id = getAttribute(element, 'id');
    if (!id) continue;
    const value = staticValue(id);
    if (value === undefined || hasTemplate(value)) return undefined;
    ids.add(value.trim());
  }
  return ids;
}

const FIELD_ROLES = new Set([
  'textbox',
  'searchbox',
  'combobox',
  'listbox',
  'slider',
  'spinbutton',
  'checkbox',
  'radio',
  'switch',
]);
/** Component names that say “a field”: `Input`, `EmailTagInput`, `Slider`, `DatePicker`, `FormField`. */
const FIELD_COMPONENT =
  /(Input|Select|Slider|Picker|Field|Text[Aa]rea|Editor|Check[Bb]ox|Radio|Switch|Combo[Bb]ox|Auto[Cc]omplete|Upload|Dropdown|Toggle|Control|Rating|Otp|OTP)/;

function isFieldLike(element: UiElement): boolean {
  if (isFormField(element) || element.tag === 'meter' || element.tag === 'progress' || element.tag === 'output')
    return true;
  const role = staticRole(element);
  if (role && FIELD_ROLES.has(role)) return true;
  return element.isComponent && !element.isMapped && FIELD_COMPONENT.test(element.name);
}

/** Whether a field, or what may render one, is in the label's container (or the label itself). */
function hasFieldNear(label: UiElement): boolean {
  const container = label.parent;
  if (!container) return true; // the top of a component: its fields may be beside it, elsewhere
  return isFieldLike(container) || descendants(container).some(isFieldLike);
}

/** A component given the value in any prop may render the id itself; a script may create it. */
function mayComeFromElsewhere(document: UiDocument, target: string): boolean {
  for (const element of document.elements) {
    if (element.isComponent && element.attributes.some((attribute) => staticValue(attribute) === target)) return true;
    if (element.tag === 'script' && textContent(element).text.includes(target)) return true;
  }
  return false;
}

export default defineRule({
  id: 'errors/label-for-unknown-id',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-rate', 'reach', 'task-success'],
  severity: 'error',
  impact: 'serious',
  tags: ['wcag2a', 'wcag131', 'wcag412'],
  languages: ['html', 'jsx'],
  help: 'Point the label at the id of its field',
  why: 'A label tied to no field labels nothing: screen readers announce the field without a name, and clicking the label does not move to the field.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const labels = document.elements.filter((element) => element.tag === 'label' && getAttribute(element, 'for'));
    if (labels.length === 0) return;
    const ids = knownIds(document);
    if (!ids) return; // ids may be generated: nothing to compare against
    for (const label of labels) {
      const attribute = getAttribute(label, 'for')!;
      const target = staticValue(attribute)?.trim();
      if (!target || hasTemplate(target)) continue;
      context.examined(label);
      if (ids.has(target) || mayComeFromElsewhere(document, target) || !hasFieldNear(label)) continue;
      const named = fieldNamed(document, target);
      const nearest = named ? undefined : closeId(target, ids, labels);
      const text = textContent(label);
      const labelText = text.known && text.text ? `“${shorten(text.text)}”` : 'This label';
      context.report({
        range: attribute.range,
        detail: named
          ? `no element has id="${target}"; the field named “${target}” has no id`
          : nearest
            ? `no element has id="${target}"; did you mean “${nearest}”?`
            : `no element has id="${target}"`,
        why: `${labelText} is tied to no field, because no element has the id “${target}”: screen readers announce the field without a name, and clicking the label does nothing.`,
        fix: named
          ? idFix(named, target)
          : nearest && attribute.valueRange
            ? {
                title: `Point the label at “${nearest}”`,
                edits: [{ range: attribute.valueRange, newText: nearest }],
                safe: false,
              }
            : undefined,
      });
    }
  },
});

/**
 * The one id a typo away from the target (two edits at most: `icons` → `icon`) that no other
 * label points at yet: most likely what was meant.
 */
function closeId(target: string, ids: ReadonlySet<string>, labels: readonly UiElement[]): string | undefined {
  const taken = new Set(labels.map((label) => staticValue(getAttribute(label, 'for'))?.trim()));
  const allowed = target.length > 4 ? 2 : 1;
  const close = [...ids].filter((id) => !taken.has(id) && editDistance(id, target) <= allowed);
  return close.length === 1 ? close[0] : undefined;
}

/** Edit distance counting a swap of two letters as one edit (`nmae` → `name`); 3 means “far”. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The one field whose `name` is the label's target, when it has no id: `for` names the field's name. */
function fieldNamed(document: UiDocument, name: string): UiElement | undefined {
  const fields = document.elements.filter(
    (element) => isFormField(element) && !element.isComponent && staticValue(getAttribute(element, 'name')) === name,
  );
  return fields.length === 1 && !getAttribute(fields[0]!, 'id') ? fields[0] : undefined;
}

function idFix(field: UiElement, id: string): Fix {
  const at = field.nameRange.end;
  return {
    title: `Give the field id="${id}"`,
    edits: [{ range: { start: at, end: at }, newText: ` id="${id}"` }],
    safe: false,
  };
}
