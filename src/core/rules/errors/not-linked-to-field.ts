/**
 * An error message must be tied to its field in code, or screen-reader users hear “invalid”
 * with no reason, and nobody's assistive tech can jump from the field to the message.
 * Two cases:
 * 1. a field marked `aria-invalid` with neither `aria-describedby` nor `aria-errormessage`;
 * 2. an error element (role=alert, or class / id / test id saying error, invalid or danger)
 *    that sits with exactly one field in its group but is not referenced by that field.
 * Dynamic references (`aria-describedby={errorId}`) and spread props are trusted. Left alone:
 * messages outside the field's form or far from it (a page-level flash message above a form),
 * and messages rendered once per item (`errors.map(…)`), which are a list, not one field's.
 */
import { getAttribute, type UiDocument, type UiElement, type UiNode } from '../../model.js';
import { isErrorContainer } from '../shared/messageTexts.js';
import { hasTemplate, maskTemplates } from '../../templates.js';
import {
  collapseWhitespace,
  containsFormField,
  isFormField,
  staticValue,
  textContent,
} from '../shared/elementMeaning.js';
import { defineRule, type Fix, type TextEdit } from '../types.js';

function referencedIds(field: UiElement): { ids: Set<string>; known: boolean } {
  const ids = new Set<string>();
  let known = !field.hasSpread;
  for (const name of ['aria-describedby', 'aria-errormessage']) {
    const attribute = getAttribute(field, name);
    if (!attribute) continue;
    const value = staticValue(attribute);
    if (value === undefined) known = false;
    else for (const id of value.split(/\s+/).filter(Boolean)) ids.add(id);
  }
  return { ids, known };
}

/** Up to two form fields inside an element: enough to tell "exactly one" from "several". */
function fieldsIn(group: UiElement): UiElement[] {
  const found: UiElement[] = [];
  if (!containsFormField(group)) return found; // remembered: nested groups are not walked again
  // Child lists are walked in place, not copied: a group may be the page's main with 10,000 children.
  const stack: Array<{ nodes: readonly UiNode[]; next: number }> = [{ nodes: group.children, next: 0 }];
  while (stack.length > 0 && found.length < 2) {
    const top = stack[stack.length - 1]!;
    const node = top.nodes[top.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    if (node.type !== 'element') continue;
    if (isFormField(node)) found.push(node);
    if (node.children.length > 0) stack.push({ nodes: node.children, next: 0 });
  }
  return found;
}

/**
 * The one field an error element belongs to: in its parent group, or one level further up, and
 * close to the field too (the group is the field's parent or grandparent). A message outside the
 * field's form, or a group around a whole form, is about the page, not the field.
 */
function fieldOf(errorElement: UiElement): UiElement | undefined {
  let group = errorElement.parent;
  for (let level = 0; group && level < 2; level++, group = group.parent) {
    const fields = fieldsIn(group);
    if (fields.length > 1) return undefined;
    const field = fields[0];
    if (!field) continue;
    const near = field.parent === group || field.parent?.parent === group;
    return near && formOf(field) === formOf(errorElement) ? field : undefined;
  }
  return undefined;
}

function formOf(element: UiElement): UiElement | undefined {
  for (let current = element.parent; current; current = current.parent) if (current.tag === 'form') return current;
  return undefined;
}

function labelledByWrappingLabel(errorElement: UiElement, field: UiElement): boolean {
  for (let current = errorElement.parent; current; current = current.parent) {
    if (current.tag !== 'label') continue;
    for (let ancestor = field.parent; ancestor; ancestor = ancestor.parent) if (ancestor === current) return true;
  }
  return false;
}

export default defineRule({
  id: 'errors/not-linked-to-field',
  area: 'errors',
  lens: 'UX',
  metrics: ['error-rate', 'error-recovery', 'reach'],
  severity: 'error',
  impact: 'serious',
  tags: ['nielsen-9', 'wcag2a', 'wcag131', 'wcag331'],
  languages: ['html', 'jsx'],
  // Off in touchpoint:recommended since 2026-12-03: 4 findings on the corpus (bench/README.md), 1 kept: fields linked to their error through a fieldset's aria-describedby or by the component's callers.
  recommended: false,
  help: 'Link the error message to its field with aria-describedby',
  why: 'If the message is not linked to the field, screen-reader users hear that the field is wrong but never hear why.',
  defaultOptions: {},
  check(context) {
    const { document } = context;
    const reported = new Set<UiElement>();
    for (const field of document.elements) {
      if (!isFormField(field)) continue;
      const invalid = getAttribute(field, 'aria-invalid');
      if (!invalid || staticValue(invalid) === 'false') continue;
      context.examined(field);
      const { ids, known } = referencedIds(field);
      if (!known || ids.size > 0) continue;
      reported.add(field);
      context.report({
        range: invalid.range,
        detail: 'the field is marked invalid but points to no message',
        why: `Screen-reader users hear that ${fieldLabel(field)} is invalid but never hear why, so they cannot fix it.`,
      });
    }
    for (const errorElement of document.elements) {
      if (isFormField(errorElement) || errorElement.tag === 'form' || !isErrorContainer(errorElement)) continue;
      if (errorElement.children.length === 0 && !errorElement.hasSpread) continue; // nothing to read yet
      if (errorElement.repeated) continue; // a list of messages (`errors.map(…)`), not one field's
      const field = fieldOf(errorElement);
      if (!field || reported.has(field) || labelledByWrappingLabel(errorElement, field)) continue;
      context.examined(errorElement);
      const { ids, known } = referencedIds(field);
      if (!known) continue;
      const idAttribute = getAttribute(errorElement, 'id');
      if (idAttribute && staticValue(idAttribute) === undefined) continue; // dynamic id: trusted
      const id = staticValue(idAttribute);
      if (id !== undefined && ids.has(id)) continue;
      const text = collapseWhitespace(maskTemplates(textContent(errorElement).text));
      const quoted = text.length > 40 ? `${text.slice(0, 37)}…` : text;
      context.report({
        range: errorElement.nameRange,
        detail: quoted ? `“${quoted}” is not referenced by its field` : 'it is not referenced by its field',
        why: quoted
          ? `Screen-reader users on ${fieldLabel(field)} never hear “${quoted}”, so they do not know what to fix.`
          : `Screen-reader users on ${fieldLabel(field)} never hear its error message, so they do not know what to fix.`,
        related: [{ message: 'The field this message belongs to', range: field.nameRange }],
        fix: linkFix(document, field, errorElement, id),
      });
    }
  },
});

/** “the “email” field”, from the field's name or id, for the why. */
function fieldLabel(field: UiElement): string {
  const name =
    staticValue(getAttribute(field, 'aria-label')) ??
    staticValue(getAttribute(field, 'name')) ??
    staticValue(getAttribute(field, 'id'));
  return name && !hasTemplate(name) ? `the “${name}” field` : 'the field';
}

function linkFix(
  document: UiDocument,
  field: UiElement,
  errorElement: UiElement,
  existingId: string | undefined,
): Fix | undefined {
  if (field.hasSpread) return undefined;
  const edits: TextEdit[] = [];
  let id = existingId;
  if (id === undefined) {
    const fieldName = staticValue(getAttribute(field, 'id')) ?? staticValue(getAttribute(field, 'name')) ?? 'field';
    id = uniqueId(document, `${fieldName}-error`);
    edits.push({
      range: { start: errorElement.nameRange.end, end: errorElement.nameRange.end },
      newText: ` id="${id}"`,
    });
  }
  const describedBy = getAttribute(field, 'aria-describedby');
  if (describedBy) {
    if (!describedBy.valueRange || describedBy.kind !== 'static') return undefined;
    edits.push({
      range: { start: describedBy.valueRange.end, end: describedBy.valueRange.end },
      newText: `${describedBy.value ? ' ' : ''}${id}`,
    });
  } else {
    const last = field.attributes[field.attributes.length - 1];
    const at = last ? last.range.end : field.nameRange.end;
    edits.push({ range: { start: at, end: at }, newText: ` aria-describedby="${id}"` });
  }
  return { title: `Link the message to its field (aria-describedby="${id}")`, edits, safe: true };
}

function uniqueId(document: UiDocument, base: string): string {
  const taken = new Set(document.elements.map((element) => staticValue(getAttribute(element, 'id'))).filter(Boolean));
  let candidate = base.replace(/[^\w-]/g, '-');
  for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}
