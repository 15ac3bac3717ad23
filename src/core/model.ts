/**
 * The document model every rule sees: one tree of elements, attributes and text for HTML and
 * for JSX alike. Parsers (parse/html.ts, parse/jsx.ts) build it; rules read it and never see
 * cheerio nodes or TypeScript AST nodes, except through the deliberate handles below
 * (`HandlerSummary` for JSX event handlers, `MessageCall` for strings passed to error setters).
 *
 * Every range is a pair of UTF-16 offsets into the exact text that was parsed (a BOM, if the
 * text has one, is offset 0). Lines and columns exist only at the edges (see lineIndex.ts).
 */

export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The families of text Touchpoint understands: markup (HTML, JSX) and message catalogs (JSON
 * files of UI strings, which have words but no elements).
 */
export type MarkupKind = 'html' | 'jsx' | 'catalog';

/**
 * The source languages a file can be in; `js`/`ts` are checked only when they contain JSX or
 * translated messages, `json` only when it is a message catalog.
 */
export type SourceLanguage = 'html' | 'jsx' | 'tsx' | 'js' | 'ts' | 'json';

export type AttributeKind = 'static' | 'boolean' | 'dynamic' | 'spread';

export interface UiAttribute {
  /** Attribute name as written (`class`, `className`, `onClick`, `aria-label`). */
  readonly name: string;
  /** The name for lookups: lower-case, JSX spellings mapped to HTML (`className` → `class`). */
  readonly key: string;
  readonly kind: AttributeKind;
  /** Decoded text of a static value; `''` for boolean attributes; undefined when dynamic. */
  readonly value?: string;
  /** Source text of a dynamic expression (without braces). */
  readonly expression?: string;
  /** Whole attribute, `name="value"`. */
  readonly range: SourceRange;
  readonly nameRange: SourceRange;
  /** The value without quotes (static) or the expression inside the braces (dynamic). */
  readonly valueRange?: SourceRange;
  /** For JSX `on*` handlers: what the handler does, as far as the file shows. */
  readonly handler?: HandlerSummary;
  /** For dynamic values: string literals the expression can evaluate to (`cond ? "a" : "b"`). */
  readonly possibleStrings?: readonly StringPart[];
}

export interface StringPart {
  readonly text: string;
  readonly range: SourceRange;
  /** A static piece of a template literal that also has run-time parts (`Could not save ${name}`). */
  readonly partOfTemplate?: boolean;
  /**
   * A translated message written here (`t("Save")`, `formatMessage({ defaultMessage: "…" })`):
   * `text` is its words, and `segments` where they are when that is not the whole range (an ICU
   * message's `other` branch, without the plural syntax).
   */
  readonly segments?: readonly SourceRange[];
  /** A message written elsewhere and named here (`formatMessage(messages.save)`): where it is. */
  readonly resolvedFrom?: MessageOrigin;
}

/** A message shown at `range` and written at `origin`. */
export interface MessageUse {
  readonly range: SourceRange;
  readonly origin: MessageOrigin;
}

/** Where a message named at a use site is written: a catalog file and the string in it. */
export interface MessageOrigin {
  readonly fileName: string;
  readonly range: SourceRange;
  readonly key: string;
}

export interface UiElement {
  readonly type: 'element';
  /**
   * The element rules match on: lower-case intrinsic tag (`button`), or for a component the
   * element it maps to through config (`Button` → `button`), or else the component name.
   */
  readonly tag: string;
  /** The name as written in source (`Button`, `Nav.Link`, `div`). */
  readonly name: string;
  /** True for JSX components (capitalised or dotted names), mapped or not. */
  readonly isComponent: boolean;
  /** True when a component name was mapped to an element through the `components` config. */
  readonly isMapped: boolean;
  readonly attributes: readonly UiAttribute[];
  /** JSX `{...props}` present: attributes not seen here may be set at run time. */
  readonly hasSpread: boolean;
  readonly children: UiNode[];
  parent: UiElement | undefined;
  /** The whole element, opening tag to closing tag. */
  readonly range: SourceRange;
  /** The opening tag, `<a href="#">`. */
  readonly openingRange: SourceRange;
  /** The tag name inside the opening tag. */
  readonly nameRange: SourceRange;
  /** Between the opening and closing tag; undefined for void / self-closing elements. */
  readonly contentRange?: SourceRange;
  /** JSX only: rendered only under a condition (`cond && <img/>`, ternaries). */
  readonly conditional: boolean;
  /** JSX only: rendered once per item (`items.map(i => <li/>)`). */
  readonly repeated: boolean;
  /** JSX only: the name of the enclosing function or class (the component), if any. */
  readonly component?: string;
  /** Position in document order, for stable sorting. */
  readonly index: number;
  /**
   * Which markup tree the element belongs to: 0 for an HTML document; in JSX each outermost
   * JSX expression (a component's returned tree, fragments included) gets its own number.
   */
  readonly tree: number;
}

export interface UiText {
  readonly type: 'text';
  /** Decoded text (entities resolved in HTML; JSX text as React renders it, whitespace kept). */
  readonly text: string;
  readonly range: SourceRange;
  parent: UiElement | undefined;
  /** JSX: a string literal inside an expression child (`{ok ? "Saved" : "Failed"}`). */
  readonly fromExpression: boolean;
  /** A translated message's words (see StringPart.segments): where they are, when not the whole range. */
  readonly segments?: readonly SourceRange[];
  /** A message written elsewhere (see StringPart.resolvedFrom): its words are judged there. */
  readonly resolvedFrom?: MessageOrigin;
}

/** A JSX expression child whose value is not known statically (`{user.name}`, `{t("x")}`). */
export interface UiDynamic {
  readonly type: 'dynamic';
  readonly expression: string;
  readonly range: SourceRange;
  parent: UiElement | undefined;
}

export type UiNode = UiElement | UiText | UiDynamic;

export interface UiComment {
  /** Comment text without delimiters (`<!-- -->`, `/* *\/`, `//`). */
  readonly text: string;
  readonly range: SourceRange;
}

/** What a JSX event handler does, summarised once by the parser so rules stay simple. */
export interface HandlerSummary {
  /** The handler's name when it is an identifier (`onClick={handlePay}`) or a called function. */
  readonly name?: string;
  /** False when the handler is an identifier that is not defined in this file (props, imports). */
  readonly resolved: boolean;
  readonly isAsync: boolean;
  /** `await`, `.then(`, `fetch(`, or a returned promise-like call. */
  readonly doesAsyncWork: boolean;
  /** Functions called, as written (`setSubmitting`, `toast.error`, `router.push`, `pay`). */
  readonly calls: readonly HandlerCall[];
  /**
   * Failures the handler swallows: a `catch {}` block after awaited work, or a `.catch(() => {})`
   * callback, that holds no statement and no comment. The range is the `catch` clause or call.
   */
  readonly emptyCatches?: readonly SourceRange[];
  /**
   * Calls inside a `catch` block or `.catch()` callback that pass the caught error on
   * (`setError(err.message)`, `toast.error(String(e))`): the callee, the caught variable's name,
   * and the argument that carries it (source text and range).
   */
  readonly caughtErrorUses?: readonly {
    readonly callee: string;
    readonly caughtName: string;
    readonly argument: string;
    readonly range: SourceRange;
  }[];
}

export interface HandlerCall {
  readonly callee: string;
  /** Source text of the first argument, when there is one. */
  readonly firstArgument?: string;
  /** Source text of the arguments (first 300 characters), e.g. to spot an undo action in a toast. */
  readonly argumentsText: string;
  readonly range: SourceRange;
}

/** A string literal passed to a function (`setError("…")`, `toast.error("…")`), JSX files only. */
export interface MessageCall {
  readonly callee: string;
  readonly parts: readonly StringPart[];
  readonly range: SourceRange;
}

/**
 * A UI message written for translation, checked where it is written: react-intl's
 * `defineMessages` entries and `defaultMessage`s, i18next's natural-language keys (`t("Save")`)
 * used outside JSX, and the values of a message catalog (JSON). Messages rendered in JSX where
 * they are written are text or attribute values of the element instead.
 */
export interface CatalogMessage {
  /** Its name: `taxesMessages.taxClass`, `errors.network`, or the words for a natural-language key. */
  readonly key: string;
  /** A FormatJS message id, when it has one. */
  readonly id?: string;
  /** The message as written, decoded. */
  readonly text: string;
  /** The string where it is written (inside the quotes). */
  readonly range: SourceRange;
  /** A note for translators (`description`, `context`): never shown, but says what the message is. */
  readonly description?: string;
  /** Each variant's words (a plural or select branch each), as source ranges. */
  readonly variants: readonly (readonly SourceRange[])[];
  /** Values are filled in at run time (`{name}`, `{{count}}`). */
  readonly hasArguments: boolean;
  /** Its syntax: ICU (FormatJS) or i18next's. */
  readonly format: 'icu' | 'i18next';
}

/** Something the parser could not make sense of; the model still holds what did parse. */
export interface ParseProblem {
  readonly message: string;
  readonly range: SourceRange;
}

export interface UiDocument {
  readonly kind: MarkupKind;
  readonly language: SourceLanguage;
  readonly text: string;
  /** Path or URI the text came from, for messages; may be empty for unsaved text. */
  readonly fileName: string;
  /** Top-level nodes: for HTML the children of the document; for JSX the outermost JSX trees. */
  readonly roots: readonly UiNode[];
  /** Every element in document order. */
  readonly elements: readonly UiElement[];
  readonly comments: readonly UiComment[];
  /** JSX only: string literals passed to functions anywhere in the file. */
  readonly calls: readonly MessageCall[];
  /** A full page (`<html>`, `<head>` or `<body>` written in the source), not a fragment. */
  readonly isPage: boolean;
  /** Messages written for translation in this file (catalog files, `defineMessages`, `t("…")`). */
  readonly catalog?: readonly CatalogMessage[];
  /** Messages this file shows and names from elsewhere (`formatMessage(messages.save)`): where, and where written. */
  readonly messageUses?: readonly MessageUse[];
  /** JSX only: classes that hide an element for everyone in this project (Tailwind's `hidden`, from its design-system preset). */
  readonly hidingClasses?: readonly string[];
  readonly problems: readonly ParseProblem[];
}

export function isElement(node: UiNode | undefined): node is UiElement {
  return node !== undefined && node.type === 'element';
}

/** JSX spells a few HTML attributes differently; lookups use the HTML spelling. */
const JSX_SPELLINGS: Readonly<Record<string, string>> = { classname: 'class', htmlfor: 'for' };

/** The lookup key of an attribute name: `className` → `class`, `onClick` → `onclick`. */
export function attributeKey(name: string): string {
  const lower = name.toLowerCase();
  return JSX_SPELLINGS[lower] ?? lower;
}

/** Finds an attribute by its HTML name, case-insensitively (`onclick` finds `onClick`). */
export function getAttribute(element: UiElement, name: string): UiAttribute | undefined {
  const key = name.toLowerCase();
  for (const attribute of element.attributes) {
    if (attribute.key === key) return attribute;
  }
  return undefined;
}

/** HTML's void elements: no content, no closing tag. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
