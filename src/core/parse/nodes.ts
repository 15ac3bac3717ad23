/**
 * Every model node of a kind made with the same fields in the same order, absent ones
 * undefined, by both parsers and by the copier of kept statement models (statementModels.ts).
 * V8 gives objects made alike one hidden class, so the rules' reads of `attribute.key` or
 * `element.tag` stay fast: with the six shapes of attribute the parsers used to make (and as
 * many more for copies) those reads went through V8's slowest path, and a kept model's copies
 * made every rule re-learn its elements for the first keystrokes after a file was opened.
 * The model's types (model.ts) are unchanged: optional fields are there, undefined.
 */
import type {
  AttributeKind,
  HandlerSummary,
  MessageOrigin,
  SourceRange,
  StringPart,
  UiAttribute,
  UiDynamic,
  UiElement,
  UiNode,
  UiText,
} from '../model.js';

export interface AttributeFields {
  readonly name: string;
  readonly key: string;
  readonly kind: AttributeKind;
  readonly value?: string;
  readonly expression?: string;
  readonly range: SourceRange;
  readonly nameRange: SourceRange;
  readonly valueRange?: SourceRange;
  readonly possibleStrings?: readonly StringPart[];
  readonly handler?: HandlerSummary;
}

export function uiAttribute(fields: AttributeFields): UiAttribute {
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
