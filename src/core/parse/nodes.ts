/**
 * Every model node of a kind made with the same fields in the same order, absent ones
 * undefined, by both parsers and by the copier of kept statement models (statementModels.ts).
 * V8 gives objects made alike one hidden class. Attributes came in six shapes and copies of a
 * kept model in as many more, so the rules' reads of their fields met many classes; made alike
 * (and unmoved models no longer copied), a keystroke in a 14,000-line file went from ~21 to
 * ~16 ms once warm (bench/README.md). The model's types (model.ts) are unchanged: optional
 * fields are there, undefined.
 */
import type { MessageOrigin, SourceRange, UiAttribute, UiDynamic, UiElement, UiNode, UiText } from '../model.js';

/** An attribute with every field, in one order (`fields` may leave the optional ones out). */
export function uiAttribute(fields: UiAttribute): UiAttribute {
  return {
    name: fields.name,
    key: fields.key,
    kind: fields.kind,
    value: fields.value,
    expression: fields.expression,
    range: fields.range,
    nameRange: fields.nameRange,
    valueRange: fields.valueRange,
    possibleStrings: fields.possibleStrings,
    handler: fields.handler,
  };
}

export type ElementFields = Omit<UiElement, 'type' | 'children' | 'component'> & {
  readonly children?: UiNode[];
  readonly component?: string;
};

export function uiElement(fields: ElementFields): UiElement {
  return {
    type: 'element',
    tag: fields.tag,
    name: fields.name,
    isComponent: fields.isComponent,
    isMapped: fields.isMapped,
    attributes: fields.attributes,
    hasSpread: fields.hasSpread,
    children: fields.children ?? [],
    parent: fields.parent,
    range: fields.range,
    openingRange: fields.openingRange,
    nameRange: fields.nameRange,
    contentRange: fields.contentRange,
    conditional: fields.conditional,
    repeated: fields.repeated,
    component: fields.component,
    index: fields.index,
    tree: fields.tree,
  };
}

export function uiText(
  text: string,
  range: SourceRange,
  parent: UiElement | undefined,
  fromExpression: boolean,
  segments?: readonly SourceRange[],
  resolvedFrom?: MessageOrigin,
): UiText {
  return { type: 'text', text, range, parent, fromExpression, segments, resolvedFrom };
}

export function uiDynamic(expression: string, range: SourceRange, parent: UiElement | undefined): UiDynamic {
  return { type: 'dynamic', expression, range, parent };
}
