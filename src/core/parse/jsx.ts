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
import ts from 'typescript';
import { decodeHTML } from 'entities';
import type {
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
} from '../model.js';
import { HandlerAnalyzer } from './handlers.js';

export interface JsxParseOptions {
  /** Component name → element (`{ "Button": "button" }`), as in eslint-plugin-jsx-a11y. */
  readonly components?: Readonly<Record<string, string>>;
}

type JsxNode = ts.JsxElement | ts.JsxSelfClosingElement | ts.JsxFragment;

interface Flags {
  readonly conditional: boolean;
  readonly repeated: boolean;
}

const NO_FLAGS: Flags = { conditional: false, repeated: false };

export function scriptKindFor(language: SourceLanguage): ts.ScriptKind {
  // .ts files may hold JSX only if parsed as TSX; .js files are parsed as JSX.
  return language === 'tsx' || language === 'ts' ? ts.ScriptKind.TSX : ts.ScriptKind.JSX;
}

export function parseJsx(
  text: string,
  fileName: string,
  language: SourceLanguage,
  options: JsxParseOptions = {},
): UiDocument {
  const sourceFile = ts.createSourceFile(
    fileName || 'untitled.tsx',
    text,
    ts.ScriptTarget.Latest,
    true,
    scriptKindFor(language),
  );
  return new JsxModelBuilder(sourceFile, text, fileName, language, options).build();
}

class JsxModelBuilder {
  private readonly elements: UiElement[] = [];
  private readonly roots: UiNode[] = [];
  private readonly calls: MessageCall[] = [];
  private readonly consumed = new Set<ts.Node>();
  private readonly jsxTextRanges: SourceRange[] = [];
  private readonly handlers: HandlerAnalyzer;
  private isPage = false;
  private treeCount = 0;

  constructor(
    private readonly sourceFile: ts.SourceFile,
    private readonly text: string,
    private readonly fileName: string,
    private readonly language: SourceLanguage,
    private readonly options: JsxParseOptions,
  ) {
    this.handlers = new HandlerAnalyzer(sourceFile);
  }

  build(): UiDocument {
    const allNodes: ts.Node[] = [];
    // Iterative pre-order walk over the whole file.
    const stack: ts.Node[] = [this.sourceFile];
    while (stack.length > 0) {
      const node = stack.pop()!;
      allNodes.push(node);
      if (isJsx(node) && !this.consumed.has(node)) {
        this.buildTree(node);
      } else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        this.collectCall(node);
      }
      if (ts.isJsxText(node)) {
        this.jsxTextRanges.push({ start: node.pos, end: node.end });
      }
      const children: ts.Node[] = [];
      ts.forEachChild(node, (child) => {
        children.push(child);
      });
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
    this.elements.sort((a, b) => a.range.start - b.range.start);
    const elements = this.elements.map((element, index) => Object.assign(element, { index }));
    return {
      kind: 'jsx',
      language: this.language,
      text: this.text,
      fileName: this.fileName,
      roots: this.roots,
      elements,
      comments: this.collectComments(allNodes),
      calls: this.calls,
      isPage: this.isPage,
      problems: this.collectProblems(),
    };
  }

  /** Builds one outermost JSX tree, iteratively, attaching it as a root. */
  private buildTree(rootNode: JsxNode): void {
    const component = enclosingFunctionName(rootNode);
    const tree = this.treeCount++;
    const work: Array<{ node: ts.Node; parent: UiElement | undefined; flags: Flags }> = [
      { node: rootNode, parent: undefined, flags: NO_FLAGS },
    ];
    while (work.length > 0) {
      const { node, parent, flags } = work.pop()!;
      const pending: Array<{ node: ts.Node; parent: UiElement | undefined; flags: Flags }> = [];
      if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
        this.consumed.add(node);
        const element = this.toElement(node, parent, flags, component, tree);
        this.elements.push(element);
        this.attach(element, parent);
        if (ts.isJsxElement(node)) {
          for (const child of node.children) pending.push({ node: child, parent: element, flags: NO_FLAGS });
        }
      } else if (ts.isJsxFragment(node)) {
        this.consumed.add(node);
        for (const child of node.children) pending.push({ node: child, parent, flags });
      } else if (ts.isJsxText(node)) {
        const uiText = this.toText(node, parent);
        if (uiText) this.attach(uiText, parent);
      } else if (ts.isJsxExpression(node)) {
        if (node.expression) pending.push(...this.unfoldExpression(node.expression, parent, flags));
      } else {
        pending.push(...this.unfoldExpression(node as ts.Expression, parent, flags));
      }
      for (let i = pending.length - 1; i >= 0; i--) work.push(pending[i]!);
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
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      const range = innerRange(expr, this.sourceFile);
      this.attach({ type: 'text', text: expr.text, range, parent, fromExpression: true }, parent);
      return [];
    }
    const conditional = { conditional: true, repeated: flags.repeated };
    if (ts.isConditionalExpression(expr)) {
      return [
        { node: expr.whenTrue, parent, flags: conditional },
        { node: expr.whenFalse, parent, flags: conditional },
      ];
    }
    if (ts.isBinaryExpression(expr)) {
      const operator = expr.operatorToken.kind;
      if (operator === ts.SyntaxKind.AmpersandAmpersandToken) {
        return [{ node: expr.right, parent, flags: conditional }];
      }
      if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) {
        return [
          { node: expr.left, parent, flags: conditional },
          { node: expr.right, parent, flags: conditional },
        ];
      }
    }
    // Anything else renders something only known at run time. JSX nested inside it (a .map
    // callback, an IIFE, a render helper call) still renders here, repeated or conditionally.
    this.attach(
      { type: 'dynamic', expression: expr.getText(this.sourceFile), range: nodeRange(expr, this.sourceFile), parent },
      parent,
    );
    const repeated = flags.repeated || containsMapCall(expr);
    const nested: Array<{ node: ts.Node; parent: UiElement | undefined; flags: Flags }> = [];
    const search: ts.Node[] = [expr];
    while (search.length > 0) {
      const node = search.pop()!;
      if (node !== expr && isJsx(node)) {
        nested.push({ node, parent, flags: { conditional: true, repeated } });
        continue;
      }
      ts.forEachChild(node, (child) => {
        search.push(child);
      });
    }
    nested.sort((a, b) => a.node.pos - b.node.pos);
    return nested;
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
    const opening = ts.isJsxElement(node) ? node.openingElement : node;
    const name = opening.tagName.getText(this.sourceFile);
    const isComponent = /^[A-Z]/.test(name) || name.includes('.') || name === 'this';
    const mapped = isComponent ? this.options.components?.[name] : undefined;
    const tag = isComponent ? (mapped ?? name) : name.toLowerCase();
    if (!isComponent && (tag === 'html' || tag === 'body' || tag === 'head')) this.isPage = true;
    const attributes: UiAttribute[] = [];
    let hasSpread = false;
    for (const property of opening.attributes.properties) {
      if (ts.isJsxSpreadAttribute(property)) {
        hasSpread = true;
        const range = nodeRange(property, this.sourceFile);
        attributes.push({
          name: '...',
          kind: 'spread',
          expression: property.expression.getText(this.sourceFile),
          range,
          nameRange: range,
          valueRange: nodeRange(property.expression, this.sourceFile),
        });
      } else {
        const attribute = this.toAttribute(property);
        if (attribute) attributes.push(attribute);
      }
    }
    const range = nodeRange(node, this.sourceFile);
    const contentRange = ts.isJsxElement(node)
      ? { start: node.openingElement.end, end: node.closingElement.getStart(this.sourceFile) }
      : undefined;
    return {
      type: 'element',
      tag,
      name,
      isComponent,
      isMapped: mapped !== undefined,
      attributes,
      hasSpread,
      children: [],
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
    };
  }

  private toAttribute(property: ts.JsxAttribute): UiAttribute | undefined {
    const name = property.name.getText(this.sourceFile);
    const range = nodeRange(property, this.sourceFile);
    const nameRange = nodeRange(property.name, this.sourceFile);
    const initializer = property.initializer;
    if (!initializer) return { name, kind: 'boolean', value: '', range, nameRange };
    if (ts.isStringLiteral(initializer)) {
      return {
        name,
        kind: 'static',
        value: decodeHTML(initializer.text),
        range,
        nameRange,
        valueRange: innerRange(initializer, this.sourceFile),
      };
    }
    if (!ts.isJsxExpression(initializer)) {
      // A JSX element as a value (`icon=<Icon/>`) renders elsewhere; the outer walk finds it.
      return { name, kind: 'dynamic', expression: initializer.getText(this.sourceFile), range, nameRange };
    }
    const expression = initializer.expression ? skipOuterExpressions(initializer.expression) : undefined;
    if (!expression) return { name, kind: 'dynamic', expression: '', range, nameRange };
    if (expression.kind === ts.SyntaxKind.TrueKeyword) return { name, kind: 'boolean', value: '', range, nameRange };
    if (
      expression.kind === ts.SyntaxKind.FalseKeyword ||
      expression.kind === ts.SyntaxKind.NullKeyword ||
      (ts.isIdentifier(expression) && expression.text === 'undefined')
    ) {
      return undefined; // React renders nothing for these
    }
    if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
      return { name, kind: 'static', value: expression.text, range, nameRange, valueRange: innerRange(expression, this.sourceFile) };
    }
    if (ts.isNumericLiteral(expression)) {
      return { name, kind: 'static', value: expression.text, range, nameRange, valueRange: nodeRange(expression, this.sourceFile) };
    }
    const possibleStrings = stringBranches(expression, this.sourceFile);
    return {
      name,
      kind: 'dynamic',
      expression: expression.getText(this.sourceFile),
      range,
      nameRange,
      valueRange: nodeRange(expression, this.sourceFile),
      handler: /^on[A-Z]/.test(name) ? this.handlers.summarize(expression) : undefined,
      possibleStrings: possibleStrings.length > 0 ? possibleStrings : undefined,
    };
  }

  private toText(node: ts.JsxText, parent: UiElement | undefined): UiText | undefined {
    const raw = this.text.slice(node.pos, node.end);
    const rendered = decodeHTML(cleanJsxText(raw));
    if (rendered.length === 0) return undefined;
    const leading = raw.length - raw.trimStart().length;
    const trailing = raw.length - raw.trimEnd().length;
    return {
      type: 'text',
      text: rendered,
      range: { start: node.pos + leading, end: node.end - trailing },
      parent,
      fromExpression: false,
    };
  }

  private collectCall(node: ts.CallExpression | ts.NewExpression): void {
    const parts: StringPart[] = [];
    for (const argument of node.arguments ?? []) {
      parts.push(...stringParts(skipOuterExpressions(argument), this.sourceFile));
    }
    if (parts.length === 0) return;
    const callee = node.expression.getText(this.sourceFile);
    this.calls.push({
      callee: ts.isNewExpression(node) ? `new ${callee}` : callee,
      parts,
      range: nodeRange(node, this.sourceFile),
    });
  }

  private collectComments(nodes: readonly ts.Node[]): UiComment[] {
    const seen = new Map<number, UiComment>();
    const ranges = this.jsxTextRanges; // collected in pre-order, so sorted by start
    const insideJsxText = (position: number): boolean => {
      let low = 0;
      let high = ranges.length - 1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const range = ranges[middle]!;
        if (position < range.start) high = middle - 1;
        else if (position >= range.end) low = middle + 1;
        else return true;
      }
      return false;
    };
    const scan = (position: number): void => {
      // Same-line comments count as "trailing" in TypeScript's terms, later ones as "leading".
      const ranges = [
        ...(ts.getTrailingCommentRanges(this.text, position) ?? []),
        ...(ts.getLeadingCommentRanges(this.text, position) ?? []),
      ];
      for (const comment of ranges) {
        if (seen.has(comment.pos) || insideJsxText(comment.pos)) continue;
        const raw = this.text.slice(comment.pos, comment.end);
        const body =
          comment.kind === ts.SyntaxKind.SingleLineCommentTrivia ? raw.slice(2) : raw.slice(2, Math.max(2, raw.length - 2));
        seen.set(comment.pos, { text: body, range: { start: comment.pos, end: comment.end } });
      }
    };
    for (const node of nodes) {
      if (ts.isJsxText(node)) continue;
      scan(node.pos);
      scan(node.end);
      if (ts.isJsxExpression(node)) scan(node.getStart(this.sourceFile) + 1);
    }
    return [...seen.values()].sort((a, b) => a.range.start - b.range.start);
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

export function isJsx(node: ts.Node): node is JsxNode {
  return ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node);
}

function skipOuterExpressions(expression: ts.Expression): ts.Expression {
  let current = expression;
  for (;;) {
    if (ts.isParenthesizedExpression(current) || ts.isAsExpression(current) || ts.isNonNullExpression(current) || ts.isSatisfiesExpression(current)) {
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
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) {
    return [{ text: expression.text, range: innerRange(expression, sourceFile) }];
  }
  if (ts.isTemplateExpression(expression)) {
    const parts: StringPart[] = [];
    const head = expression.head;
    const headStart = head.getStart(sourceFile);
    if (head.text) parts.push({ text: head.text, range: { start: headStart + 1, end: head.end - 2 } });
    for (const span of expression.templateSpans) {
      const literal = span.literal;
      const start = literal.getStart(sourceFile) + 1;
      const end = ts.isTemplateTail(literal) ? literal.end - 1 : literal.end - 2;
      if (literal.text) parts.push({ text: literal.text, range: { start, end } });
    }
    return parts;
  }
  return [];
}

/** For dynamic attribute values: the strings each branch can produce (`a ? "x" : "y"`). */
function stringBranches(expression: ts.Expression, sourceFile: ts.SourceFile): StringPart[] {
  const expr = skipOuterExpressions(expression);
  if (ts.isConditionalExpression(expr)) {
    return [...stringBranches(expr.whenTrue, sourceFile), ...stringBranches(expr.whenFalse, sourceFile)];
  }
  if (ts.isBinaryExpression(expr) && (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken || expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken || expr.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken)) {
    return [...stringBranches(expr.left, sourceFile), ...stringBranches(expr.right, sourceFile)];
  }
  return stringParts(expr, sourceFile);
}

function containsMapCall(expression: ts.Expression): boolean {
  let found = false;
  const search: ts.Node[] = [expression];
  while (search.length > 0 && !found) {
    const node = search.pop()!;
    if (isJsx(node)) continue;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      /^(map|flatMap|forEach)$/.test(node.expression.name.text)
    ) {
      found = true;
    }
    ts.forEachChild(node, (child) => {
      search.push(child);
    });
  }
  return found;
}

/** The component a JSX tree belongs to: its enclosing named function, variable or class. */
export function enclosingFunctionName(node: ts.Node): string | undefined {
  for (let current: ts.Node | undefined = node.parent; current; current = current.parent) {
    if ((ts.isFunctionDeclaration(current) || ts.isClassDeclaration(current)) && current.name) return current.name.text;
    if (ts.isVariableDeclaration(current) && ts.isIdentifier(current.name)) return current.name.text;
    if (ts.isMethodDeclaration(current) && ts.isIdentifier(current.name) && current.name.text !== 'render') {
      return current.name.text;
    }
  }
  return undefined;
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
