/**
 * What the JSX model builder made of each top-level statement of a document being edited, so
 * that after a keystroke only the statement the edit touched is built again (issue 16: a
 * 14,000-line file spent ~27 ms per keystroke building its whole model).
 *
 * TypeScript's incremental parser (parseCache.ts) hands back the very node objects of the
 * statements an edit did not touch, their positions moved in place. A statement's model is kept
 * under its node and reused while:
 *   - the node is the same object and its text the same length (the edit was elsewhere);
 *   - what the file says around it is the same (the signature: imports, the file's own
 *     components, the component mappings and design systems in effect, i18next or not);
 *   - every message it named resolves to the same words in the same place (asked again).
 * A reused model is copied with its ranges moved by as much as the statement moved, and its
 * markup trees renumbered; handlers are summarised afresh for every document (a handler may name
 * a function in another statement). Only documents parsed through a ParseCache keep models.
 */
import type ts from 'typescript';
import type {
  CatalogMessage,
  MessageCall,
  MessageUse,
  SourceRange,
  StringPart,
  UiAttribute,
  UiElement,
  UiNode,
} from '../model.js';
import type { FunctionLike } from './handlers.js';
import { uiAttribute, uiDynamic, uiElement, uiText } from './nodes.js';

/** A message lookup a statement made, and its answer as text (to compare with a new answer). */
export interface Lookup {
  readonly reference: unknown;
  readonly answer: string;
}

/** What one statement added to the model, as the builder made it. */
export interface StatementModel {
  readonly signature: string;
  /** The statement's position and length when it was built. */
  readonly pos: number;
  readonly length: number;
  /** Its markup trees' first number, and how many it has. */
  readonly firstTree: number;
  readonly trees: number;
  readonly isPage: boolean;
  readonly elements: readonly UiElement[];
  readonly roots: readonly UiNode[];
  readonly calls: readonly MessageCall[];
  readonly literalRanges: readonly SourceRange[];
  readonly catalog: readonly CatalogMessage[];
  readonly messageUses: readonly MessageUse[];
  /** Where messages it renders in place start (they are text there, not catalog entries). */
  readonly rendered: readonly number[];
  readonly spreads: ReadonlyArray<readonly [number, ts.Expression]>;
  readonly pendingHandlers: ReadonlyArray<{ readonly attribute: UiAttribute; readonly expression: ts.Expression }>;
  /** Named functions its nodes offered the handler analyser, in walk order. */
  readonly functions: ReadonlyArray<readonly [string, FunctionLike]>;
  readonly lookups: readonly Lookup[];
}

export const statementModels = new WeakMap<ts.Node, StatementModel>();

/**
 * Copies a kept statement model moved by `delta` characters, its trees renumbered by
 * `treeOffset`; a model that did not move is handed out as it is (a statement before the edit:
 * nothing in it differs, and the copies were most of what a keystroke allocated). Nothing keeps
 * a model once its document's lint is done, and what the builder sets on every document
 * (`index`, handler summaries) it sets again.
 */
export class MovedModel {
  private readonly elementCopies = new Map<UiElement, UiElement>();
  private readonly attributeCopies = new Map<UiAttribute, UiAttribute>();
  /** Nothing to move: the kept objects themselves. */
  private readonly same: boolean;

  constructor(
    private readonly delta: number,
    private readonly treeOffset: number,
  ) {
    this.same = delta === 0 && treeOffset === 0;
  }

  at(position: number): number {
    return position + this.delta;
  }

  range(range: SourceRange): SourceRange {
    return this.delta === 0 ? range : { start: range.start + this.delta, end: range.end + this.delta };
  }

  /** A root and everything under it (elements and attributes remembered for `element`/`attribute`). */
  node(node: UiNode, parent: UiElement | undefined): UiNode {
    if (this.same) return node;
    if (node.type === 'dynamic') return uiDynamic(node.expression, this.range(node.range), parent);
    if (node.type === 'text') {
      const segments = node.segments?.map((segment) => this.range(segment));
      return uiText(node.text, this.range(node.range), parent, node.fromExpression, segments, node.resolvedFrom);
    }
    const element = uiElement({
      ...node,
      attributes: node.attributes.map((attribute) => this.attribute(attribute)),
      children: [],
      parent,
      range: this.range(node.range),
      openingRange: this.range(node.openingRange),
      nameRange: this.range(node.nameRange),
      contentRange: node.contentRange && this.range(node.contentRange),
      tree: node.tree + this.treeOffset,
    });
    for (const child of node.children) element.children.push(this.node(child, element));
    this.elementCopies.set(node, element);
    return element;
  }

  /** The copy of an element copied with its root. */
  element(element: UiElement): UiElement {
    return this.same ? element : this.elementCopies.get(element)!;
  }

  /** The copy of an attribute copied with its element. */
  copiedAttribute(attribute: UiAttribute): UiAttribute {
    return this.same ? attribute : this.attributeCopies.get(attribute)!;
  }

  part(part: StringPart): StringPart {
    const segments = part.segments?.map((segment) => this.range(segment));
    return { ...part, range: this.range(part.range), ...(segments && { segments }) };
  }

  call(call: MessageCall): MessageCall {
    if (this.same) return call;
    return { ...call, parts: call.parts.map((part) => this.part(part)), range: this.range(call.range) };
  }

  message(message: CatalogMessage): CatalogMessage {
    if (this.same) return message;
    return {
      ...message,
      range: this.range(message.range),
      variants: message.variants.map((variant) => variant.map((range) => this.range(range))),
    };
  }

  /** A use moves with the statement; where its message is written was checked to be unchanged. */
  use(use: MessageUse): MessageUse {
    if (this.same) return use;
    return { ...use, range: this.range(use.range) };
  }

  /** Its handler is summarised afresh for the new document (it may name a function elsewhere). */
  private attribute(attribute: UiAttribute): UiAttribute {
    const moved = uiAttribute({
      ...attribute,
      range: this.range(attribute.range),
      nameRange: this.range(attribute.nameRange),
      valueRange: attribute.valueRange && this.range(attribute.valueRange),
      possibleStrings: attribute.possibleStrings?.map((part) => this.part(part)),
      handler: undefined,
    });
    this.attributeCopies.set(attribute, moved);
    return moved;
  }
}
