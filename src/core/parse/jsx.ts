/**
 * JSX/TSX/JS → UiDocument through TypeScript's `createSourceFile`, which always returns a full
 * tree, even for half-typed code (an unclosed tag or a missing brace), so the model holds
 * whatever did parse. Rules never see TypeScript nodes: handlers are summarised
 * (handlers.ts) and string literals passed to functions are collected as `MessageCall`s.
 *
 * JSX children that are expressions are unfolded the way they render: `cond && <img/>` and
 * ternaries become conditional children, `items.map(i => <li/>)` repeated children, string
 * literals become text, anything else a `UiDynamic` placeholder that rules must trust.
 */
import ts from './typescript.js';
import { decodeHTML } from 'entities';
import type {
  CatalogMessage,
  HandlerSummary,
  MessageCall,
  ParseProblem,
  SourceLanguage,
  SourceRange,
  StringPart,
  UiAttribute,
  UiComment,
  UiDocument,
  UiElement,
  UiNode,
  UiText,
  MessageUse,
} from '../model.js';
import { attributeKey } from '../model.js';
import { detached } from '../detached.js';
import { uiAttribute, uiDynamic, uiElement, uiText } from './nodes.js';
import { HandlerAnalyzer, type FunctionLike } from './handlers.js';
import { MovedModel, statementModels, type Lookup } from './statementModels.js';
import { fresh, type ParseCache } from './parseCache.js';
import { catalogMessage, renderedPart, type WrittenMessage } from '../catalog/messages.js';
import type { MessageReference, ResolvedMessage } from '../catalog/reference.js';
import { messageWords } from '../catalog/icu.js';
import {
  componentTable,
  hidingClassesOf,
  lookupComponent,
  mappingOf,
  type ComponentMapping,
  type ComponentSetting,
} from '../designSystems.js';

/** A message named in this file: in another module or catalog, or defined here. */
type Reference = MessageReference | { readonly kind: 'local'; readonly key: string };

// Bound once: esbuild's ESM interop reads `ts.x` through a getter, too slow for a per-node loop.
const {
  forEachChild,
  isArrayLiteralExpression,
  isAsExpression,
  isBinaryExpression,
  isCallExpression,
  isConditionalExpression,
  isIdentifier,
  isImportDeclaration,
  isJsxAttribute,
  isJsxElement,
  isJsxExpression,
  isJsxFragment,
  isJsxOpeningElement,
  isJsxSelfClosingElement,
  isJsxSpreadAttribute,
  isJsxText,
  isNamedImports,
  isNamespaceImport,
  isNewExpression,
  isNoSubstitutionTemplateLiteral,
  isNonNullExpression,
  isNumericLiteral,
  isObjectLiteralExpression,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyAssignment,
  isSatisfiesExpression,
  isStringLiteral,
  isTemplateExpression,
  isTemplateTail,
  isVariableDeclaration,
  isVariableStatement,
  isExportAssignment,
  SyntaxKind,
} = ts;

export interface JsxParseOptions {
  /** Component name → element (`{ "Button": "button" }`, as in eslint-plugin-jsx-a11y) or mapping. */
  readonly components?: Readonly<Record<string, ComponentSetting>>;
  /** Design-system presets in effect (designSystems.ts): their components map when imported from them. */
  readonly designSystems?: readonly string[];
  /** The trees of documents being edited: a parse after an edit reuses what did not change. */
  readonly cache?: ParseCache;
  /** Finds a message named here and written elsewhere (catalog/resolve.ts); without it, none is. */
  readonly messages?: (reference: MessageReference) => ResolvedMessage | undefined;
}

/** What a statement's walk adds that the model's lists do not show (statementModels.ts). */
interface Recording {
  lookups: Lookup[];
  rendered: number[];
  spreads: Array<readonly [number, ts.Expression]>;
}

type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment;

interface Flags {
  readonly conditional: boolean;
  readonly repeated: boolean;
}

const NO_FLAGS: Flags = { conditional: false, repeated: false };
const BLOCKING_DIALOG = /^(window\.)?(alert|confirm|prompt)$/;

export function scriptKindFor(language: SourceLanguage): ts.ScriptKind {
  // TypeScript allows JSX only in .tsx: a .ts file parsed as TSX reads generic arrows
  // (`<T,>(x: T) => …`) and type assertions (`<Foo>bar`) as elements, and their code as text.
  // .js files may hold JSX (React projects write it there), so they are parsed as JSX.
  if (language === 'ts') return ts.ScriptKind.TS;
  return language === 'tsx' ? ts.ScriptKind.TSX : ts.ScriptKind.JSX;
}

/** Elements already in document order (they mostly are): sorting them would cost a copy. */
function inOrder(elements: readonly UiElement[]): boolean {
  for (let i = 1; i < elements.length; i++) if (elements[i]!.range.start < elements[i - 1]!.range.start) return false;
  return true;
}

/**
 * Icon packages, by what their icons give a screen reader: `silent` ones render an `<svg>`
 * with no name (hidden, or with nothing to read: lucide-react's `Trash2`, MUI's `CloseIcon`,
 * react-icons' `FaTimes`…); `named` ones label each icon with its own name (Ant Design's
 * `<span role="img" aria-label="close">`).
 */
const ICON_PACKAGES: ReadonlyArray<[RegExp, IconKind]> = [
  [/^@ant-design\/icons(\/.+)?$/, 'named'],
  [
    /^(lucide-react|lucide-preact|react-feather|outline-icons|react-icons(\/.+)?|@mui\/icons-material(\/.+)?|@material-ui\/icons(\/.+)?|@heroicons\/react(\/.+)?|@tabler\/icons-react|@radix-ui\/react-icons|@phosphor-icons\/react|phosphor-react|@primer\/octicons-react|@carbon\/icons-react|@fluentui\/react-icons)$/,
    'silent',
  ],
];

export type IconKind = 'silent' | 'named';

/** What each module specifier seen so far is (null: not an icon package); files share imports. */
const iconPackages = new Map<string, IconKind | null>();

function iconPackage(specifier: string): IconKind | undefined {
  let kind = iconPackages.get(specifier);
  if (kind === undefined) {
    kind = ICON_PACKAGES.find(([pattern]) => pattern.test(specifier))?.[1] ?? null;
    if (iconPackages.size >= 4096) iconPackages.clear();
    iconPackages.set(detached(specifier), kind);
  }
  return kind ?? undefined;
}

const iconImportsByDocument = new WeakMap<UiDocument, ReadonlyMap<string, IconKind>>();

/**
 * What a JSX component imported from an icon package gives a screen reader (by its name as
 * written: `Trash2`, or `Icons.Close` after `import * as Icons`), undefined when it was not.
 * The parser's analysis of the file's imports, kept beside the model (like a handler summary)
 * for the accessibility rendering.
 */
export function importedIcon(document: UiDocument, name: string): IconKind | undefined {
  const imports = iconImportsByDocument.get(document);
  if (!imports) return undefined;
  const dot = name.indexOf('.');
  return imports.get(name) ?? (dot > 0 ? imports.get(name.slice(0, dot + 1)) : undefined);
}

/**
 * React Aria Components' composites hand their buttons a name through React context (a date
 * picker's calendar button is “Calendar”, a calendar's `slot="previous"` button “Previous”, a
 * number field's `slot="increment"` button “Increase”): an icon-only `<Button>` there is named.
 */
const REACT_ARIA = 'react-aria-components';
const REACT_ARIA_NAMING = new Set([
  'DatePicker',
  'DateRangePicker',
  'ComboBox',
  'Select',
  'NumberField',
  'SearchField',
  'Calendar',
  'RangeCalendar',
  'TagGroup',
]);
const reactAriaImportsByDocument = new WeakMap<UiDocument, ReadonlyMap<string, string>>();

/**
 * Whether a component is React Aria Components' `Button` where the composite around it (or the
 * `slot` it fills) gives it a name: its content is not all a screen reader gets.
 */
export function namedByReactAria(document: UiDocument, element: UiElement): boolean {
  const imports = reactAriaImportsByDocument.get(document);
  if (!imports || imports.get(element.name) !== 'Button') return false;
  if (element.attributes.some((attribute) => attribute.key === 'slot')) return true;
  for (let up = element.parent; up; up = up.parent) if (REACT_ARIA_NAMING.has(imports.get(up.name) ?? '')) return true;
  return false;
}

export function parseJsx(
  text: string,
  fileName: string,
  language: SourceLanguage,
  options: JsxParseOptions = {},
): UiDocument {
  const kind = scriptKindFor(language);
  const name = fileName || 'untitled.tsx';
  const sourceFile = options.cache ? options.cache.sourceFile(name, text, kind) : fresh(name, text, kind);
  return new JsxModelBuilder(sourceFile, text, fileName, language, options).build();
}

/**
 * The messages a module defines (`defineMessages`, `defineMessage`), as `parseJsx(…).catalog`
 * holds them, without building the rest of the model: what the message resolver reads from the
 * modules a file imports its messages from.
 */
export function parseModuleCatalog(text: string, fileName: string, language: SourceLanguage): CatalogMessage[] {
  const sourceFile = fresh(fileName || 'untitled.tsx', text, scriptKindFor(language));
  return new JsxModelBuilder(sourceFile, text, fileName, language, {}).catalogOnly();
}

class JsxModelBuilder {
  private readonly elements: UiElement[] = [];
  private readonly roots: UiNode[] = [];
  private readonly calls: MessageCall[] = [];
  private readonly consumed = new Set<ts.Node>();
  /** Strings, template parts, regular expressions and JSX text: where '//' is not a comment. */
  private readonly literalRanges: SourceRange[] = [];
  private readonly handlers: HandlerAnalyzer;
  private isPage = false;
  private treeCount = 0;
  private readonly pendingHandlers: Array<{ attribute: UiAttribute; expression: ts.Expression }> = [];
  private readonly iconImports = new Map<string, IconKind>();
  private readonly catalog: CatalogMessage[] = [];
  /** Where translated messages rendered in JSX start: they are text there, not catalog entries. */
  private readonly rendered = new Set<number>();
  /** The file uses i18next (`t` is its translate function). */
  private readonly usesI18next: boolean;
  /** Imported names: local name → module and exported name (`*` for a namespace import). */
  private readonly imports = new Map<string, { specifier: string; exportName: string }>();
  /** `defineMessages` calls at the top of the file, read before the walk (uses may come first). */
  private readonly definedFirst = new Set<ts.Node>();
  private readonly callees = new Map<ts.Node, string>();
  /** What each component name renders, once worked out (undefined: nothing known). */
  private readonly mappings = new Map<string, ComponentMapping | undefined>();
  /** Components defined in this file whose root is an element (`const Primary = styled.button`…). */
  private readonly ownComponents = new Map<string, ComponentMapping>();
  /** Messages named here and written elsewhere (or lower in this file), as found. */
  private readonly messageUses: MessageUse[] = [];
  /** Spread attributes' expressions by where they start (`<FormattedMessage {...messages.save} />`). */
  private readonly spreads = new Map<number, ts.Expression>();
  /** What the statement being walked adds besides model nodes (see `record`). */
  private recording: Recording | undefined;

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly text: string,
    private readonly fileName: string,
    private readonly language: SourceLanguage,
    private readonly options: JsxParseOptions,
  ) {
    this.handlers = new HandlerAnalyzer(sourceFile);
    this.usesI18next = I18NEXT_FILE.test(text);
  }

  build(): UiDocument {
    // One recursive pass over the file: JSX trees, string-carrying calls, named functions
    // (for following handlers), JSX text ranges and trivia positions (for comments). The
    // parser itself recurses deeper than this walk, so any tree it returned fits here.
    let component: string | undefined;
    // The nodes above the current one (TypeScript's parser leaves `parent` unset).
    const ancestors: ts.Node[] = [];
    this.readTopLevel();
    const visit = (node: ts.Node): void => {
      if (isJsx(node)) {
        if (!this.consumed.has(node))
          this.buildTree(node, component, isSlotOfComponent(ancestors, this.sourceFile) || isHeldInVariable(ancestors));
      } else if (isCallExpression(node) || isNewExpression(node)) {
        this.collectCall(node);
        if (isCallExpression(node) && !this.definedFirst.has(node)) this.collectMessages(node, ancestors);
      } else if (isJsxText(node)) {
        this.literalRanges.push({ start: node.pos, end: node.end });
      } else if (node.kind >= SyntaxKind.FirstLiteralToken && node.kind <= SyntaxKind.LastTemplateToken) {
        this.literalRanges.push({ start: node.getStart(this.sourceFile), end: node.end });
      }
      const outer = component;
      component = this.handlers.index(node) ?? component;
      ancestors.push(node);
      forEachChild(node, visit);
      ancestors.pop();
      component = outer;
    };
    if (this.options.cache) {
      // Being edited: each top-level statement's model is kept, and reused while it holds.
      const signature = this.signature();
      ancestors.push(this.sourceFile);
      for (const statement of this.sourceFile.statements) {
        if (!this.reuse(statement, signature)) this.record(statement, signature, () => visit(statement));
      }
      visit(this.sourceFile.endOfFileToken);
      ancestors.pop();
    } else visit(this.sourceFile);
    for (const { attribute, expression } of this.pendingHandlers) {
      (attribute as { handler?: HandlerSummary }).handler = this.handlers.summarize(expression);
    }
    const elements = this.elements;
    if (!inOrder(elements)) elements.sort((a, b) => a.range.start - b.range.start);
    for (let index = 0; index < elements.length; index++) (elements[index] as { index: number }).index = index;
    const hidingClasses = hidingClassesOf(this.options.designSystems ?? []);
    const document: UiDocument = {
      kind: 'jsx',
      language: this.language,
      text: this.text,
      fileName: this.fileName,
      roots: this.roots,
      elements,
      comments: this.collectComments(),
      calls: this.calls,
      isPage: this.isPage,
      catalog: this.catalog.filter((message) => !this.rendered.has(message.range.start)),
      problems: this.collectProblems(),
      ...(this.messageUses.length > 0 && { messageUses: this.messageUses }),
      ...(hidingClasses.length > 0 && { hidingClasses }),
    };
    if (this.iconImports.size > 0) iconImportsByDocument.set(document, this.iconImports);
    const reactAria = [...this.imports].filter(
      ([, { specifier, exportName }]) => specifier === REACT_ARIA && exportName !== '*',
    );
    if (reactAria.length > 0)
      reactAriaImportsByDocument.set(document, new Map(reactAria.map(([name, { exportName }]) => [name, exportName])));
    return document;
  }

  /**
   * What a statement's model depends on outside it, besides the messages it names: the file's
   * imports and own components, the mappings and design systems in effect, i18next or not.
   */
  private signature(): string {
    const { components, designSystems } = this.options;
    return JSON.stringify([
      this.fileName,
      this.language,
      this.usesI18next,
      [...this.imports],
      [...this.ownComponents],
      components ?? null,
      designSystems ?? null,
    ]);
  }

  /** Walks a statement, keeping what it added to the model (statementModels.ts). */
  private record(statement: ts.Statement, signature: string, walk: () => void): void {
    // Where each list stood before the statement: what it adds is what follows.
    const from = {
      elements: this.elements.length,
      roots: this.roots.length,
      calls: this.calls.length,
      literalRanges: this.literalRanges.length,
      catalog: this.catalog.length,
      messageUses: this.messageUses.length,
      pendingHandlers: this.pendingHandlers.length,
    };
    const firstTree = this.treeCount;
    const wasPage = this.isPage;
    this.isPage = false;
    const recording: Recording = { lookups: [], rendered: [], spreads: [] };
    this.recording = recording;
    const functions: Array<[string, FunctionLike]> = [];
    this.handlers.offered = functions;
    walk();
    this.recording = undefined;
    this.handlers.offered = undefined;
    statementModels.set(statement, {
      signature,
      pos: statement.pos,
      length: statement.end - statement.pos,
      firstTree,
      trees: this.treeCount - firstTree,
      isPage: this.isPage,
      elements: this.elements.slice(from.elements),
      roots: this.roots.slice(from.roots),
      calls: this.calls.slice(from.calls),
      literalRanges: this.literalRanges.slice(from.literalRanges),
      catalog: this.catalog.slice(from.catalog),
      messageUses: this.messageUses.slice(from.messageUses),
      pendingHandlers: this.pendingHandlers.slice(from.pendingHandlers),
      functions,
      ...recording,
    });
    this.isPage ||= wasPage;
  }

  /**
   * Adds the kept model of a statement the edit did not touch, moved to where the statement is
   * now; false (nothing added) when there is none or it no longer holds.
   */
  private reuse(statement: ts.Statement, signature: string): boolean {
    const kept = statementModels.get(statement);
    if (!kept || kept.signature !== signature || kept.length !== statement.end - statement.pos) return false;
    if (!kept.lookups.every(({ reference, answer }) => this.answerText(reference as Reference) === answer))
      return false;
    const moved = new MovedModel(statement.pos - kept.pos, this.treeCount - kept.firstTree);
    for (const root of kept.roots) this.roots.push(moved.node(root, undefined));
    for (const element of kept.elements) this.elements.push(moved.element(element));
    for (const call of kept.calls) this.calls.push(moved.call(call));
    for (const range of kept.literalRanges) this.literalRanges.push(moved.range(range));
    for (const message of kept.catalog) this.catalog.push(moved.message(message));
    for (const use of kept.messageUses) this.messageUses.push(moved.use(use));
    for (const start of kept.rendered) this.rendered.add(moved.at(start));
    for (const [start, expression] of kept.spreads) this.spreads.set(moved.at(start), expression);
    for (const { attribute, expression } of kept.pendingHandlers)
      this.pendingHandlers.push({ attribute: moved.copiedAttribute(attribute), expression });
    for (const [name, fn] of kept.functions) this.handlers.offer(name, fn);
    this.treeCount += kept.trees;
    this.isPage ||= kept.isPage;
    return true;
  }

  /** The defined messages alone (parseModuleCatalog): no element is built. */
  catalogOnly(): CatalogMessage[] {
    const ancestors: ts.Node[] = [];
    this.readTopLevel();
    const visit = (node: ts.Node): void => {
      if (isCallExpression(node) && !this.definedFirst.has(node) && DEFINE_MESSAGES.test(this.calleeOf(node)))
        this.collectMessages(node, ancestors);
      ancestors.push(node);
      forEachChild(node, visit);
      ancestors.pop();
    };
    visit(this.sourceFile);
    return this.catalog;
  }

  /**
   * Before the walk: imported names (a message, a component or an icon may come from another
   * module) and the file's own `defineMessages` (a component above them may use them).
   */
  private readTopLevel(): void {
    for (const statement of this.sourceFile.statements) {
      if (isImportDeclaration(statement) && statement.importClause && isStringLiteral(statement.moduleSpecifier)) {
        const specifier = statement.moduleSpecifier.text;
        const icon = iconPackage(specifier);
        const imported = (name: string, exportName: string) => {
          this.imports.set(name, { specifier, exportName });
          // An icon library's components render icons (`Icons.Close` for a namespace import).
          if (icon) this.iconImports.set(exportName === '*' ? `${name}.` : name, icon);
        };
        const clause = statement.importClause;
        if (clause.name) imported(clause.name.text, 'default');
        const bindings = clause.namedBindings;
        if (bindings && isNamespaceImport(bindings)) imported(bindings.name.text, '*');
        if (bindings && isNamedImports(bindings)) {
          for (const element of bindings.elements)
            imported(element.name.text, (element.propertyName ?? element.name).text);
        }
      } else if (isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const element = declaration.initializer && ownRoot(declaration.initializer, this.sourceFile);
          if (element && isIdentifier(declaration.name)) this.ownComponents.set(declaration.name.text, { element });
          const call = declaration.initializer && skipOuterExpressions(declaration.initializer);
          if (!call || !isCallExpression(call) || !DEFINE_MESSAGES.test(call.expression.getText(this.sourceFile)))
            continue;
          this.collectMessages(call, [this.sourceFile, statement, statement.declarationList, declaration]);
          this.definedFirst.add(call);
        }
      }
    }
  }

  /**
   * A message named here and written elsewhere: `formatMessage(messages.save)`,
   * `formatMessage({ id: "save" })`, `t("common.save")` (i18next files). Its words, as a
   * string part at the use, with where they are written; undefined when it cannot be found.
   */
  private referencedMessage(expression: ts.Expression): StringPart | undefined {
    if (!isCallExpression(expression)) return undefined;
    const callee = this.calleeOf(expression);
    const first = expression.arguments[0] && skipOuterExpressions(expression.arguments[0]);
    if (!first) return undefined;
    let reference: Reference | undefined;
    if (FORMAT_MESSAGE.test(callee)) reference = this.descriptorReference(first);
    else if (this.usesI18next && TRANSLATE.test(callee) && expression.arguments.length === 1) {
      const key = literalOf(first, this.sourceFile);
      if (key && !isNaturalKey(key.text)) reference = { kind: 'key', key: key.text };
    }
    return reference && this.resolvedPart(reference, nodeRange(expression, this.sourceFile));
  }

  /** What a message descriptor names: `messages.save` (imported or defined here), or `{ id: "save" }`. */
  private descriptorReference(expression: ts.Expression): Reference | undefined {
    if (isObjectLiteralExpression(expression)) {
      const fields = messageFields(expression, this.sourceFile);
      return fields.id !== undefined && !fields.defaultMessage ? { kind: 'key', key: fields.id } : undefined;
    }
    const names: string[] = [];
    let node: ts.Expression = expression;
    while (isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = skipOuterExpressions(node.expression);
    }
    if (!isIdentifier(node)) return undefined;
    const imported = this.imports.get(node.text);
    if (!imported) return { kind: 'local', key: [node.text, ...names].join('.') };
    if (imported.exportName === '*') {
      const [exportName, ...path] = names;
      return exportName ? { kind: 'module', specifier: imported.specifier, exportName, path } : undefined;
    }
    return { kind: 'module', specifier: imported.specifier, exportName: imported.exportName, path: names };
  }

  private resolvedPart(reference: Reference, range: SourceRange): StringPart | undefined {
    const found = this.lookUp(reference);
    this.recording?.lookups.push({ reference, answer: JSON.stringify(found ?? null) });
    if (!found) return undefined;
    const { words, ...origin } = found;
    this.messageUses.push({ range, origin });
    return { text: words, range, resolvedFrom: origin };
  }

  /** Where a message named here is written, and its words. */
  private lookUp(reference: Reference): ResolvedMessage | undefined {
    if (reference.kind !== 'local') return this.options.messages?.(reference);
    const message = this.catalog.find((candidate) => candidate.key === reference.key);
    if (!message) return undefined;
    const words = messageWords(message.text, message.format).text;
    return { fileName: this.fileName, range: message.range, key: message.key, words };
  }

  private answerText(reference: Reference): string {
    return JSON.stringify(this.lookUp(reference) ?? null);
  }

  /**
   * What a component renders: the config's mapping for its name first, then its library's
   * (when imported from a design system in effect), then its own root (`styled.button`,
   * `(props) => <button {...props} />` in this file); a polymorphic `as` / `component` prop
   * naming an element wins over all of them, and an `href` turns a library button that renders
   * a link when given one (`withHref`) into that link.
   */
  private mappingOf(name: string, attributes: ts.JsxAttributes): ComponentMapping | undefined {
    let polymorphic: string | undefined;
    let href = false;
    for (const property of attributes.properties) {
      if (!isJsxAttribute(property) || !isIdentifier(property.name)) continue;
      const prop = property.name.text;
      if (prop === 'href') href = true;
      // `<Trigger asChild>` (Radix and its kin) renders its child, not an element of its own.
      if (prop === 'asChild') return undefined;
      if ((prop === 'as' || prop === 'component') && property.initializer && isStringLiteral(property.initializer)) {
        if (/^[a-z][a-z0-9-]*$/.test(property.initializer.text)) polymorphic = property.initializer.text;
      }
    }
    let base = this.mappings.get(name);
    if (base === undefined && !this.mappings.has(name)) {
      const configured = this.options.components?.[name];
      base =
        configured !== undefined ? mappingOf(configured) : (this.libraryMapping(name) ?? this.ownComponents.get(name));
      this.mappings.set(name, base);
    }
    if (polymorphic) return { ...base, element: polymorphic };
    return href && base?.withHref ? { ...base, element: base.withHref } : base;
  }

  private libraryMapping(name: string): ComponentMapping | undefined {
    const systems = this.options.designSystems;
    if (!systems || systems.length === 0) return undefined;
    const dot = name.indexOf('.');
    const imported = this.imports.get(dot < 0 ? name : name.slice(0, dot));
    if (!imported) return undefined;
    const members = dot < 0 ? '' : name.slice(dot + 1);
    const table = componentTable(systems);
    if (imported.exportName === '*') {
      return members ? lookupComponent(table, imported.specifier, members) : undefined;
    }
    return lookupComponent(
      table,
      imported.specifier,
      members ? `${imported.exportName}.${members}` : imported.exportName,
    );
  }

  /** A call's callee as written (`intl.formatMessage`), read once per call: several passes ask. */
  private calleeOf(node: ts.CallExpression | ts.NewExpression): string {
    let callee = this.callees.get(node);
    if (callee === undefined) {
      callee = node.expression.getText(this.sourceFile);
      this.callees.set(node, callee);
    }
    return callee;
  }

  /** Builds one outermost JSX tree, iteratively, attaching it as a root. */
  private buildTree(rootNode: JsxNode, component: string | undefined, slot: boolean): void {
    const first = this.elements.length;
    this.buildNode(rootNode, undefined, NO_FLAGS, component, this.treeCount++);
    // An empty element handed to a component in a list of slots (`<Trans components={{ link:
    // <a href="/docs" /> }}>`), or kept in a variable to be handed on, is filled by that
    // component: its content is known at run time.
    const root = this.elements[first];
    if (slot && root && (!root.isComponent || root.isMapped) && isJsxSelfClosingElement(rootNode)) {
      root.children.push(uiDynamic('', { start: root.range.end, end: root.range.end }, root));
    }
  }

  private buildNode(
    node: ts.Node,
    parent: UiElement | undefined,
    flags: Flags,
    component: string | undefined,
    tree: number,
  ): void {
    if (isJsxElement(node) || isJsxSelfClosingElement(node)) {
      this.consumed.add(node);
      const element = this.toElement(node, parent, flags, component, tree);
      this.elements.push(element);
      this.attach(element, parent);
      this.renderDefaultMessage(element);
      if (isJsxElement(node)) {
        for (const child of node.children) this.buildNode(child, element, NO_FLAGS, component, tree);
      }
    } else if (isJsxFragment(node)) {
      this.consumed.add(node);
      for (const child of node.children) this.buildNode(child, parent, flags, component, tree);
    } else if (isJsxText(node)) {
      const uiText = this.toText(node, parent);
      if (uiText) this.attach(uiText, parent);
    } else {
      const expression = isJsxExpression(node) ? node.expression : (node as ts.Expression);
      if (!expression) return;
      for (const item of this.unfoldExpression(expression, parent, flags)) {
        this.buildNode(item.node, item.parent, item.flags, component, tree);
      }
    }
  }

  /** What an expression child renders: JSX, strings, or something only known at run time. */
  private unfoldExpression(
    expression: ts.Expression,
    parent: UiElement | undefined,
    flags: Flags,
  ): Array<{ node: ts.Node; parent: UiElement | undefined; flags: Flags }> {
    const expr = skipOuterExpressions(expression);
    if (isJsx(expr)) return [{ node: expr, parent, flags }];
    if (isStringLiteral(expr) || isNoSubstitutionTemplateLiteral(expr)) {
      const range = innerRange(expr, this.sourceFile);
      this.attach(uiText(expr.text, range, parent, true), parent);
      return [];
    }
    const translated = this.renderedMessage(expr);
    if (translated) {
      const { text, range, segments, resolvedFrom } = translated;
      // A translated message is the words shown, unless it is one branch of several.
      this.attach(uiText(text, range, parent, flags.conditional, segments, resolvedFrom), parent);
      return [];
    }
    const conditional = { conditional: true, repeated: flags.repeated };
    if (isConditionalExpression(expr)) {
      return [
        { node: expr.whenTrue, parent, flags: conditional },
        { node: expr.whenFalse, parent, flags: conditional },
      ];
    }
    if (isBinaryExpression(expr)) {
      const operator = expr.operatorToken.kind;
      if (operator === SyntaxKind.AmpersandAmpersandToken) {
        return [{ node: expr.right, parent, flags: conditional }];
      }
      if (operator === SyntaxKind.BarBarToken || operator === SyntaxKind.QuestionQuestionToken) {
        return [
          { node: expr.left, parent, flags: conditional },
          { node: expr.right, parent, flags: conditional },
        ];
      }
    }
    // Anything else renders something only known at run time. JSX nested inside it (a .map
    // callback, an IIFE, a render helper call) still renders here, repeated or conditionally.
    this.attach(uiDynamic(expr.getText(this.sourceFile), nodeRange(expr, this.sourceFile), parent), parent);
    const repeated = flags.repeated || containsMapCall(expr);
    const nested: Array<{ node: ts.Node; parent: UiElement | undefined; flags: Flags }> = [];
    // JSX in an object literal (`{ children: <TD /> }` spread onto another element later) renders
    // wherever that object goes: its parent is unknown, so it stands alone.
    const search: Array<[ts.Node, boolean]> = [[expr, false]];
    while (search.length > 0) {
      const [node, inObject] = search.pop()!;
      if (node !== expr && isJsx(node)) {
        nested.push({ node, parent: inObject ? undefined : parent, flags: { conditional: true, repeated } });
        continue;
      }
      const childInObject = inObject || isObjectLiteralExpression(node);
      forEachChild(node, (child) => {
        search.push([child, childInObject]);
      });
    }
    nested.sort((a, b) => a.node.pos - b.node.pos);
    return nested;
  }

  private markRendered(start: number): void {
    this.rendered.add(start);
    this.recording?.rendered.push(start);
  }

  private attach(node: UiNode, parent: UiElement | undefined): void {
    if (parent) parent.children.push(node);
    else this.roots.push(node);
  }

  private toElement(
    node: ts.JsxElement | ts.JsxSelfClosingElement,
    parent: UiElement | undefined,
    flags: Flags,
    component: string | undefined,
    tree: number,
  ): UiElement {
    const opening = isJsxElement(node) ? node.openingElement : node;
    const name = opening.tagName.getText(this.sourceFile);
    const isComponent = /^[A-Z]/.test(name) || name.includes('.') || name === 'this';
    const mapping = isComponent ? this.mappingOf(name, opening.attributes) : undefined;
    const mapped = mapping?.element;
    const tag = isComponent ? (mapped ?? name) : name.toLowerCase();
    if (!isComponent && (tag === 'html' || tag === 'body' || tag === 'head')) this.isPage = true;
    const attributes: UiAttribute[] = [];
    let hasSpread = false;
    for (const property of opening.attributes.properties) {
      if (isJsxSpreadAttribute(property)) {
        hasSpread = true;
        const range = nodeRange(property, this.sourceFile);
        const spread = [
          property.expression.getStart(this.sourceFile),
          skipOuterExpressions(property.expression),
        ] as const;
        this.spreads.set(...spread);
        this.recording?.spreads.push(spread);
        attributes.push(
          uiAttribute({
            name: '...',
            key: '...',
            kind: 'spread',
            expression: property.expression.getText(this.sourceFile),
            range,
            nameRange: range,
            valueRange: nodeRange(property.expression, this.sourceFile),
          }),
        );
      } else {
        const attribute = this.toAttribute(property);
        if (attribute) attributes.push(mapping?.props ? renamed(attribute, mapping.props) : attribute);
      }
    }
    // Attributes the component always renders (`role="alert"`), unless written.
    for (const [attributeName, value] of Object.entries(mapping?.attributes ?? {})) {
      if (attributes.some((attribute) => attribute.key === attributeKey(attributeName))) continue;
      const at = nodeRange(opening.tagName, this.sourceFile);
      attributes.push(
        uiAttribute({
          name: attributeName,
          key: attributeKey(attributeName),
          kind: 'static',
          value,
          range: at,
          nameRange: at,
        }),
      );
    }
    const range = nodeRange(node, this.sourceFile);
    const contentRange = isJsxElement(node)
      ? { start: node.openingElement.end, end: node.closingElement.getStart(this.sourceFile) }
      : undefined;
    return uiElement({
      tag,
      name,
      isComponent,
      isMapped: mapped !== undefined,
      attributes,
      hasSpread,
      parent,
      range,
      openingRange: nodeRange(opening, this.sourceFile),
      nameRange: nodeRange(opening.tagName, this.sourceFile),
      contentRange: contentRange && contentRange.end >= contentRange.start ? contentRange : undefined,
      conditional: flags.conditional,
      repeated: flags.repeated,
      component,
      index: 0,
      tree,
    });
  }

  private toAttribute(property: ts.JsxAttribute): UiAttribute | undefined {
    const name = property.name.getText(this.sourceFile);
    const key = attributeKey(name);
    const range = nodeRange(property, this.sourceFile);
    const nameRange = nodeRange(property.name, this.sourceFile);
    const initializer = property.initializer;
    if (!initializer) return uiAttribute({ name, key, kind: 'boolean', value: flagValue(key) ?? '', range, nameRange });
    if (isStringLiteral(initializer)) {
      return uiAttribute({
        name,
        key,
        kind: 'static',
        value: decodeHTML(initializer.text),
        range,
        nameRange,
        valueRange: innerRange(initializer, this.sourceFile),
      });
    }
    if (!isJsxExpression(initializer)) {
      // A JSX element as a value (`icon=<Icon/>`) renders elsewhere; the outer walk finds it.
      const expression = initializer.getText(this.sourceFile);
      return uiAttribute({ name, key, kind: 'dynamic', expression, range, nameRange });
    }
    const expression = initializer.expression ? skipOuterExpressions(initializer.expression) : undefined;
    if (!expression) return uiAttribute({ name, key, kind: 'dynamic', expression: '', range, nameRange });
    if (expression.kind === SyntaxKind.TrueKeyword)
      return uiAttribute({ name, key, kind: 'boolean', value: flagValue(key) ?? '', range, nameRange });
    // `aria-expanded={false}` renders "false"; a false HTML flag (`disabled={false}`) renders nothing.
    if (expression.kind === SyntaxKind.FalseKeyword && flagValue(key) === 'true') {
      const valueRange = nodeRange(expression, this.sourceFile);
      return uiAttribute({ name, key, kind: 'static', value: 'false', range, nameRange, valueRange });
    }
    if (
      expression.kind === SyntaxKind.FalseKeyword ||
      expression.kind === SyntaxKind.NullKeyword ||
      (isIdentifier(expression) && expression.text === 'undefined')
    ) {
      return undefined; // React renders nothing for these
    }
    if (isStringLiteral(expression) || isNoSubstitutionTemplateLiteral(expression)) {
      return uiAttribute({
        name,
        key,
        kind: 'static',
        value: expression.text,
        range,
        nameRange,
        valueRange: innerRange(expression, this.sourceFile),
      });
    }
    if (isNumericLiteral(expression)) {
      return uiAttribute({
        name,
        key,
        kind: 'static',
        value: expression.text,
        range,
        nameRange,
        valueRange: nodeRange(expression, this.sourceFile),
      });
    }
    const possibleStrings = stringBranches(expression, this.sourceFile, (call) => this.renderedMessage(call));
    const attribute = uiAttribute({
      name,
      key,
      kind: 'dynamic',
      expression: expression.getText(this.sourceFile),
      range,
      nameRange,
      valueRange: nodeRange(expression, this.sourceFile),
      possibleStrings: possibleStrings.length > 0 ? possibleStrings : undefined,
    });
    // Handlers are summarised after the walk, once every named function in the file is known.
    if (/^on[A-Z]/.test(name)) this.pendingHandlers.push({ attribute, expression });
    return attribute;
  }

  private toText(node: ts.JsxText, parent: UiElement | undefined): UiText | undefined {
    const raw = this.text.slice(node.pos, node.end);
    const rendered = decodeHTML(cleanJsxText(raw));
    if (rendered.length === 0) return undefined;
    const leading = raw.length - raw.trimStart().length;
    const trailing = raw.length - raw.trimEnd().length;
    return uiText(rendered, { start: node.pos + leading, end: node.end - trailing }, parent, false);
  }

  /**
   * A translated message written where it is rendered: `t("Save")` (a natural-language key,
   * or a key with its default words), `formatMessage({ defaultMessage: "…" })`. Its words, as
   * a string part; the literal is then text here, not a catalog entry.
   */
  private renderedMessage(expression: ts.Expression): StringPart | undefined {
    if (!isCallExpression(expression)) return undefined;
    const message = this.translationCall(expression);
    if (!message) return this.referencedMessage(expression);
    this.markRendered(message.range.start);
    return renderedPart(message.text, message.range, this.text, message.format);
  }

  /** `<FormattedMessage defaultMessage="Saved" />` renders its default message: its text. */
  private renderDefaultMessage(element: UiElement): void {
    if (!element.isComponent || !FORMATTED_MESSAGE.test(element.name)) return;
    const attribute = element.attributes.find((candidate) => candidate.name === 'defaultMessage');
    const literal = attribute?.kind === 'static' && attribute.valueRange ? attribute : undefined;
    if (!literal?.valueRange || literal.value === undefined) {
      // `<FormattedMessage {...messages.save} />`, `<FormattedMessage id="save" />`: written elsewhere.
      const referenced = this.formattedReference(element);
      if (referenced) {
        const { text, range, resolvedFrom } = referenced;
        element.children.push(uiText(text, range, element, false, undefined, resolvedFrom));
      }
      return;
    }
    const part = renderedPart(literal.value, literal.valueRange, this.text, 'icu');
    this.markRendered(literal.valueRange.start);
    const { text, range, segments } = part;
    element.children.push(uiText(text, range, element, false, segments));
  }

  /** The message a `<FormattedMessage>` names by spreading a descriptor or by its `id`. */
  private formattedReference(element: UiElement): StringPart | undefined {
    for (const attribute of element.attributes) {
      let reference: Reference | undefined;
      if (attribute.kind === 'spread' && attribute.valueRange) {
        const node = this.spreads.get(attribute.valueRange.start);
        reference = node && this.descriptorReference(node);
      } else if (attribute.name === 'id' && attribute.kind === 'static' && attribute.value) {
        reference = { kind: 'key', key: attribute.value };
      }
      const part = reference && this.resolvedPart(reference, element.range);
      if (part) return part;
    }
    return undefined;
  }

  /** The message a translation call writes in place, when it does. */
  private translationCall(node: ts.CallExpression): WrittenMessage | undefined {
    const callee = this.calleeOf(node);
    const [first, second] = node.arguments;
    if (FORMAT_MESSAGE.test(callee) && first && isObjectLiteralExpression(skipOuterExpressions(first))) {
      const fields = messageFields(skipOuterExpressions(first) as ts.ObjectLiteralExpression, this.sourceFile);
      if (!fields.defaultMessage) return undefined;
      const { text, range } = fields.defaultMessage;
      return { key: fields.id ?? text, ...(fields.id && { id: fields.id }), text, range, format: 'icu' };
    }
    if (!this.usesI18next || !TRANSLATE.test(callee) || !first) return undefined;
    const key = literalOf(skipOuterExpressions(first), this.sourceFile);
    if (!key) return undefined;
    // `t("errors.network", "Network problem")`, `t("key", { defaultValue: "…" })`: the default words.
    const defaults = second ? skipOuterExpressions(second) : undefined;
    const defaultValue =
      defaults && isObjectLiteralExpression(defaults)
        ? messageFields(defaults, this.sourceFile).defaultValue
        : defaults && literalOf(defaults, this.sourceFile);
    if (defaultValue) return { key: key.text, text: defaultValue.text, range: defaultValue.range, format: 'i18next' };
    if (!isNaturalKey(key.text)) return undefined;
    return { key: key.text, text: key.text, range: key.range, format: 'i18next' };
  }

  /**
   * Messages written for translation: react-intl's `defineMessages({ save: { id,
   * defaultMessage } })` and `defineMessage`, and translation calls (kept unless rendered in JSX).
   */
  private collectMessages(node: ts.CallExpression, ancestors: readonly ts.Node[]): void {
    const callee = this.calleeOf(node);
    const argument = node.arguments[0] && skipOuterExpressions(node.arguments[0]);
    if (DEFINE_MESSAGES.test(callee) && argument && isObjectLiteralExpression(argument)) {
      const name = declaredName(ancestors, this.sourceFile);
      const single = callee.endsWith('defineMessage');
      const entries: Array<[string | undefined, ts.Expression]> = single
        ? [[undefined, argument]]
        : argument.properties.flatMap((property): Array<[string, ts.Expression]> =>
            isPropertyAssignment(property) ? [[propertyName(property, this.sourceFile), property.initializer]] : [],
          );
      for (const [key, value] of entries) {
        const object = skipOuterExpressions(value);
        if (!isObjectLiteralExpression(object)) continue;
        const fields = messageFields(object, this.sourceFile);
        if (!fields.defaultMessage) continue;
        const path = [name, key].filter((part) => part !== undefined).join('.');
        this.addMessage({
          key: path || fields.id || fields.defaultMessage.text,
          ...(fields.id && { id: fields.id }),
          text: fields.defaultMessage.text,
          range: fields.defaultMessage.range,
          ...(fields.description && { description: fields.description }),
          format: 'icu',
        });
      }
      return;
    }
    const message = this.translationCall(node);
    if (message) this.addMessage(message);
  }

  private addMessage(message: WrittenMessage): void {
    const written = catalogMessage(message, this.text);
    if (written) this.catalog.push(written);
  }

  private collectCall(node: ts.CallExpression | ts.NewExpression): void {
    const parts: StringPart[] = [];
    for (const argument of node.arguments ?? []) {
      const expression = skipOuterExpressions(argument);
      // `toast.error(t("Could not save"))`: the translated words are the call's message.
      const message = isCallExpression(expression) ? this.translationCall(expression) : undefined;
      const referenced = message ? undefined : this.referencedMessage(expression);
      if (message) parts.push(renderedPart(message.text, message.range, this.text, message.format));
      else if (referenced) parts.push(referenced);
      else for (const part of stringParts(expression, this.sourceFile)) parts.push(part);
    }
    const callee = this.calleeOf(node);
    // Blocking dialogs are recorded even without a string: alert(error.message).
    if (parts.length === 0 && !BLOCKING_DIALOG.test(callee)) return;
    this.calls.push({
      callee: isNewExpression(node) ? `new ${callee}` : callee,
      parts,
      range: nodeRange(node, this.sourceFile),
    });
  }

  /**
   * Comments are every `//` or `/*` outside string, template, regular-expression and JSX text
   * literals (the walk recorded those, in document order). One scan of the text, no re-lexing.
   */
  private collectComments(): UiComment[] {
    const text = this.text;
    const comments: UiComment[] = [];
    const literals = this.literalRanges;
    let literal = 0;
    const candidates = /\/[/*]/g;
    for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
      const start = match.index;
      while (literal < literals.length && literals[literal]!.end <= start) literal++;
      const inside = literals[literal];
      if (inside && inside.start <= start) {
        candidates.lastIndex = inside.end;
        continue;
      }
      let end: number;
      if (text[start + 1] === '/') {
        const lineEnd = text.slice(start).search(/[\r\n]/);
        end = lineEnd < 0 ? text.length : start + lineEnd;
      } else {
        const close = text.indexOf('*/', start + 2);
        end = close < 0 ? text.length : close + 2;
      }
      const raw = text.slice(start, end);
      const body =
        text[start + 1] === '/' ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') && raw.length >= 4 ? -2 : undefined);
      comments.push({ text: body, range: { start, end } });
      candidates.lastIndex = end;
    }
    return comments;
  }

  private collectProblems(): ParseProblem[] {
    const diagnostics =
      (this.sourceFile as ts.SourceFile & { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] })
        .parseDiagnostics ?? [];
    return diagnostics.map((diagnostic) => ({
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
      range: { start: diagnostic.start, end: diagnostic.start + diagnostic.length },
    }));
  }
}

/**
 * HTML attributes whose presence is the value (React's boolean props), by lookup key. A bare
 * JSX attribute or `={true}` renders them as present.
 */
const HTML_FLAGS: ReadonlySet<string> = new Set(
  'allowfullscreen async autofocus autoplay capture checked controls default defer disabled disablepictureinpicture disableremoteplayback download formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate open playsinline readonly required reversed scoped seamless selected'.split(
    ' ',
  ),
);
/** Attributes React writes as the text "true" / "false" when given a boolean. */
const STRING_FLAGS: ReadonlySet<string> = new Set(['contenteditable', 'draggable', 'spellcheck', 'value', 'focusable']);

/**
 * What the DOM gets for a JSX attribute written bare (`<div aria-hidden>`) or `={true}`, as
 * React renders it: `"true"` for aria-*, data-* and the few string flags (`draggable`), `""`
 * (present) for HTML's boolean attributes, undefined for any other attribute, which React
 * leaves out (`<img alt />` renders an image with no alt at all).
 */
export function flagValue(key: string): '' | 'true' | undefined {
  if (key.startsWith('aria-') || key.startsWith('data-') || STRING_FLAGS.has(key)) return 'true';
  return HTML_FLAGS.has(key) ? '' : undefined;
}

/**
 * Whether a JSX element (below `ancestors`, innermost last) is a slot a component fills: an
 * entry of an object or array literal passed to it as a prop (`components={{ em: <a /> }}`,
 * `values={[<b />]}`), or its `render` prop (Base UI, Ariakit: `<Menu.Item render={<Link
 * href="/settings" />}>Settings</Menu.Item>` renders the link around the item's children).
 */
function isSlotOfComponent(ancestors: readonly ts.Node[], sourceFile: ts.SourceFile): boolean {
  let i = ancestors.length - 1;
  let inLiteral = false;
  for (; i >= 0; i--) {
    const node = ancestors[i]!;
    if (isObjectLiteralExpression(node) || isArrayLiteralExpression(node)) inLiteral = true;
    else if (
      !isPropertyAssignment(node) &&
      !isParenthesizedExpression(node) &&
      !isAsExpression(node) &&
      // `{ em: url ? <a href={url} /> : <strong /> }`: either branch is the slot.
      !(isConditionalExpression(node) && inLiteral === false && i > 0 && isPropertyAssignment(ancestors[i - 1]!))
    )
      break;
  }
  // …then `{ }` of the attribute, the attribute, the attribute list, the opening tag.
  const [expression, attribute, , opening] = [ancestors[i], ancestors[i - 1], ancestors[i - 2], ancestors[i - 3]];
  if (!expression || !isJsxExpression(expression) || !attribute || !isJsxAttribute(attribute)) return false;
  // Outside a literal, only the `render` prop's element is filled by the component.
  if (!inLiteral && attribute.name.getText(sourceFile) !== 'render') return false;
  if (!opening || !(isJsxOpeningElement(opening) || isJsxSelfClosingElement(opening))) return false;
  return isComponentName(opening.tagName.getText(sourceFile));
}

const isComponentName = (name: string) => /^[A-Z]/.test(name) || name.includes('.');

/**
 * Whether a JSX element (below `ancestors`) is a variable's whole value (`const link = <a
 * href="/billing" />`): kept to be handed on, most often to a translation as a slot (`<T
 * params={{ link }} />`, `<Trans components={{ link }} />`), which fills it.
 */
function isHeldInVariable(ancestors: readonly ts.Node[]): boolean {
  let i = ancestors.length - 1;
  while (i >= 0 && (isParenthesizedExpression(ancestors[i]!) || isAsExpression(ancestors[i]!))) i--;
  return i >= 0 && isVariableDeclaration(ancestors[i]!);
}

export function isJsx(node: ts.Node): node is JsxNode {
  return isJsxElement(node) || isJsxSelfClosingElement(node) || isJsxFragment(node);
}

function skipOuterExpressions(expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (
      isParenthesizedExpression(current) ||
      isAsExpression(current) ||
      isNonNullExpression(current) ||
      isSatisfiesExpression(current)
    ) {
      current = current.expression;
    } else {
      return current;
    }
  }
}

function nodeRange(node: ts.Node, sourceFile: ts.SourceFile): SourceRange {
  return { start: node.getStart(sourceFile), end: node.end };
}

/** The text inside a string literal's quotes. */
function innerRange(node: ts.Node, sourceFile: ts.SourceFile): SourceRange {
  const start = node.getStart(sourceFile);
  return { start: start + 1, end: Math.max(start + 1, node.end - 1) };
}

/** String literals and template literal parts an expression may evaluate to. */
function stringParts(expression: ts.Expression, sourceFile: ts.SourceFile): StringPart[] {
  if (isStringLiteral(expression) || isNoSubstitutionTemplateLiteral(expression)) {
    return [{ text: expression.text, range: innerRange(expression, sourceFile) }];
  }
  if (isTemplateExpression(expression)) {
    const parts: StringPart[] = [];
    const head = expression.head;
    const headStart = head.getStart(sourceFile);
    if (head.text)
      parts.push({ text: head.text, range: { start: headStart + 1, end: head.end - 2 }, partOfTemplate: true });
    for (const span of expression.templateSpans) {
      const literal = span.literal;
      const start = literal.getStart(sourceFile) + 1;
      const end = isTemplateTail(literal) ? literal.end - 1 : literal.end - 2;
      if (literal.text) parts.push({ text: literal.text, range: { start, end }, partOfTemplate: true });
    }
    return parts;
  }
  return [];
}

/**
 * For dynamic attribute values: the strings each branch can produce (`a ? "x" : "y"`), a
 * translated message written in place (`t("Name")`) among them.
 */
function stringBranches(
  expression: ts.Expression,
  sourceFile: ts.SourceFile,
  translated: (expression: ts.Expression) => StringPart | undefined,
): StringPart[] {
  const expr = skipOuterExpressions(expression);
  if (isConditionalExpression(expr)) {
    return [
      ...stringBranches(expr.whenTrue, sourceFile, translated),
      ...stringBranches(expr.whenFalse, sourceFile, translated),
    ];
  }
  if (
    isBinaryExpression(expr) &&
    (expr.operatorToken.kind === SyntaxKind.BarBarToken ||
      expr.operatorToken.kind === SyntaxKind.QuestionQuestionToken ||
      expr.operatorToken.kind === SyntaxKind.AmpersandAmpersandToken)
  ) {
    return [
      ...stringBranches(expr.left, sourceFile, translated),
      ...stringBranches(expr.right, sourceFile, translated),
    ];
  }
  const message = translated(expr);
  return message ? [message] : stringParts(expr, sourceFile);
}

function containsMapCall(expression: ts.Expression): boolean {
  let found = false;
  const search: ts.Node[] = [expression];
  while (search.length > 0 && !found) {
    const node = search.pop()!;
    if (isJsx(node)) continue;
    if (
      isCallExpression(node) &&
      isPropertyAccessExpression(node.expression) &&
      /^(map|flatMap|forEach)$/.test(node.expression.name.text)
    ) {
      found = true;
    }
    forEachChild(node, (child) => {
      search.push(child);
    });
  }
  return found;
}

/** JSX text as React renders it: lines trimmed, blank lines dropped, newlines become spaces. */
export function cleanJsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  let lastNonEmpty = -1;
  lines.forEach((line, i) => {
    if (/[^ \t]/.test(line)) lastNonEmpty = i;
  });
  let result = '';
  lines.forEach((line, i) => {
    let trimmed = line.replace(/\t/g, ' ');
    if (i !== 0) trimmed = trimmed.replace(/^[ ]+/, '');
    if (i !== lines.length - 1) trimmed = trimmed.replace(/[ ]+$/, '');
    if (trimmed) {
      if (i !== lastNonEmpty) trimmed += ' ';
      result += trimmed;
    }
  });
  return result;
}

/** A file that uses i18next: its `t(…)` is the translate function. */
const I18NEXT_FILE = /\bi18n|\buseTranslation\b|\bwithTranslation\b|\bTFunction\b|<Trans\b/;
/** i18next's translate function: `t`, `i18n.t`, `props.t`. */
const TRANSLATE = /^(?:[\w$]+\.)*t$/;
/** react-intl's `intl.formatMessage`, `formatMessage`. */
const FORMAT_MESSAGE = /(^|\.)formatMessage$/;
const DEFINE_MESSAGES = /^(?:[\w$]+\.)?defineMessages?$/;
const FORMATTED_MESSAGE = /^(FormattedMessage|FormattedHTMLMessage)$/;

/** An attribute under the name a mapping gives its prop (`to` → `href`). */
function renamed(attribute: UiAttribute, props: Readonly<Record<string, string>>): UiAttribute {
  const name = Object.hasOwn(props, attribute.name) ? props[attribute.name]! : undefined;
  return name === undefined ? attribute : uiAttribute({ ...attribute, name, key: attributeKey(name) });
}

/**
 * The element a component defined in the file renders at its root, when it is one and the
 * component hands it its props: `styled.button\`…\``, `styled("a")`, `styled.input.attrs(…)\`…\``,
 * `(props) => <button {...props} />`, `function (p) { return <a {...p} /> }`.
 */
function ownRoot(initializer: ts.Expression, sourceFile: ts.SourceFile): string | undefined {
  let node: ts.Expression = skipOuterExpressions(initializer);
  if (ts.isTaggedTemplateExpression(node)) node = node.tag;
  // `styled.button.attrs(…)`, `styled.button<Props>`, `styled("button")`.
  for (;;) {
    if (
      isCallExpression(node) &&
      isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'attrs'
    ) {
      node = node.expression.expression;
    } else if (ts.isExpressionWithTypeArguments(node)) node = node.expression;
    else break;
  }
  if (isPropertyAccessExpression(node) && isIdentifier(node.expression) && node.expression.text === 'styled') {
    return /^[a-z][a-z0-9]*$/.test(node.name.text) ? node.name.text : undefined;
  }
  if (isCallExpression(node) && isIdentifier(node.expression) && node.expression.text === 'styled') {
    const first = node.arguments[0];
    return first && isStringLiteral(first) && /^[a-z][a-z0-9]*$/.test(first.text) ? first.text : undefined;
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    let body: ts.Node | undefined = node.body;
    if (body && ts.isBlock(body)) {
      const statements = body.statements;
      const last = statements[statements.length - 1];
      body = statements.length === 1 && last && ts.isReturnStatement(last) ? last.expression : undefined;
    }
    const root = body && skipOuterExpressions(body as ts.Expression);
    if (!root || !(ts.isJsxSelfClosingElement(root) || ts.isJsxElement(root))) return undefined;
    const opening = ts.isJsxElement(root) ? root.openingElement : root;
    const tag = opening.tagName.getText(sourceFile);
    const spreadsProps = opening.attributes.properties.some((property) => ts.isJsxSpreadAttribute(property));
    // Its content must be the caller's children: a root that draws its own from other props
    // (`<button {...buttonProps}>{number}{primaryText}</button>`) is not empty where it is used
    // without children.
    const passesChildren =
      ts.isJsxSelfClosingElement(root) ||
      root.children.some(
        (child) =>
          ts.isJsxExpression(child) &&
          child.expression !== undefined &&
          /^(?:\w+\.)?children$/.test(child.expression.getText(sourceFile)),
      );
    return /^[a-z][a-z0-9]*$/.test(tag) && spreadsProps && passesChildren ? tag : undefined;
  }
  return undefined;
}

/**
 * A natural-language key (`t("Save changes")`, `t("Copy")`): the words are the key. Keys such
 * as `settings.title`, `common:save` or `submit_button` name a catalog entry instead.
 */
export function isNaturalKey(key: string): boolean {
  if (/\s/.test(key.trim())) return true;
  return /^\p{Lu}/u.test(key) && !/[.:_/]/.test(key);
}

function literalOf(node: ts.Node, sourceFile: ts.SourceFile): { text: string; range: SourceRange } | undefined {
  if (!isStringLiteral(node) && !isNoSubstitutionTemplateLiteral(node)) return undefined;
  return { text: node.text, range: innerRange(node, sourceFile) };
}

function propertyName(property: ts.PropertyAssignment, sourceFile: ts.SourceFile): string {
  const name = property.name;
  return isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) ? name.text : name.getText(sourceFile);
}

/** The string fields of a message descriptor: `id`, `defaultMessage`, `description`, `defaultValue`. */
function messageFields(
  object: ts.ObjectLiteralExpression,
  sourceFile: ts.SourceFile,
): {
  id?: string;
  defaultMessage?: { text: string; range: SourceRange };
  defaultValue?: { text: string; range: SourceRange };
  description?: string;
} {
  const fields: ReturnType<typeof messageFields> = {};
  for (const property of object.properties) {
    if (!isPropertyAssignment(property)) continue;
    const literal = literalOf(skipOuterExpressions(property.initializer), sourceFile);
    if (!literal) continue;
    const name = propertyName(property, sourceFile);
    if (name === 'id') fields.id = literal.text;
    else if (name === 'defaultMessage' || name === 'defaultValue') fields[name] = literal;
    else if (name === 'description') fields.description = literal.text;
  }
  return fields;
}

/** The name a value is declared under (`export const messages = …`; `default` for `export default`). */
function declaredName(ancestors: readonly ts.Node[], sourceFile: ts.SourceFile): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (isVariableDeclaration(node)) return node.name.getText(sourceFile);
    if (isExportAssignment(node)) return 'default';
    if (isPropertyAssignment(node)) return propertyName(node, sourceFile);
    if (!isParenthesizedExpression(node) && !isAsExpression(node) && !isSatisfiesExpression(node)) {
      if (!isCallExpression(node)) return undefined;
    }
  }
  return undefined;
}
