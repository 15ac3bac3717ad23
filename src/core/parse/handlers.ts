/**
 * Summaries of JSX event handlers, so feedback rules can ask "does this onClick await
 * something, and does it set any pending state?" without walking TypeScript nodes themselves.
 *
 * A handler may be written inline (`onClick={async () => { await pay(); }}`), referenced by
 * name (`onClick={handlePay}`, `onSubmit={this.submit}`, `useCallback(...)`), or call a named
 * function (`onClick={() => pay(order)}`). Names are followed within the same file, two levels
 * deep; a name defined elsewhere (props, imports) is marked unresolved so rules can trust it.
 */
import ts from 'typescript';
import type { HandlerCall, HandlerSummary } from '../model.js';

// Bound once: esbuild's ESM interop reads `ts.x` through a getter, too slow for a per-node loop.
const {
  forEachChild,
  isArrowFunction,
  isAsExpression,
  isAwaitExpression,
  isCallExpression,
  isClassDeclaration,
  isFunctionDeclaration,
  isFunctionExpression,
  isIdentifier,
  isMethodDeclaration,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isVariableDeclaration,
  SyntaxKind,
} = ts;

const MAX_FOLLOW_DEPTH = 2;

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export class HandlerAnalyzer {
  private readonly functionsByName = new Map<string, FunctionLike>();
  private readonly cache = new Map<ts.Node, { calls: HandlerCall[]; isAsync: boolean; doesAsyncWork: boolean }>();

  constructor(private readonly sourceFile: ts.SourceFile) {}

  summarize(expression: ts.Expression): HandlerSummary {
    if (isArrowFunction(expression) || isFunctionExpression(expression)) {
      const body = this.analyse(expression, 0);
      return { resolved: true, ...body };
    }
    const name = referencedName(expression);
    if (name === undefined) {
      // e.g. onClick={makeHandler(id)}: what runs is not visible here.
      const calleeName = isCallExpression(expression) ? referencedName(expression.expression) : undefined;
      return { name: calleeName, resolved: false, isAsync: false, doesAsyncWork: false, calls: [] };
    }
    const target = this.findFunction(name);
    if (!target) return { name, resolved: false, isAsync: false, doesAsyncWork: false, calls: [] };
    return { name, resolved: true, ...this.analyse(target, 0) };
  }

  private analyse(fn: FunctionLike, depth: number): { calls: HandlerCall[]; isAsync: boolean; doesAsyncWork: boolean } {
    const cached = this.cache.get(fn);
    if (cached) return cached;
    const placeholder = { calls: [] as HandlerCall[], isAsync: false, doesAsyncWork: false };
    this.cache.set(fn, placeholder); // guards against recursion between handlers
    const isAsync = fn.modifiers?.some((modifier) => modifier.kind === SyntaxKind.AsyncKeyword) ?? false;
    let doesAsyncWork = false;
    const calls: HandlerCall[] = [];
    const stack: ts.Node[] = fn.body ? [fn.body] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isAwaitExpression(node)) doesAsyncWork = true;
      if (isCallExpression(node)) {
        const callee = node.expression.getText(this.sourceFile);
        const first = node.arguments[0];
        calls.push({
          callee,
          firstArgument: first?.getText(this.sourceFile),
          argumentsText: this.sourceFile.text.slice(
            node.arguments.pos,
            Math.min(node.arguments.end, node.arguments.pos + 300),
          ),
          range: { start: node.getStart(this.sourceFile), end: node.end },
        });
        if (/(^|\.)(fetch|then|mutate|mutateAsync|post|put|patch|delete)$/.test(callee) || /^axios\b/.test(callee)) {
          doesAsyncWork = true;
        }
        // Follow plain function names defined in this file: onClick={() => pay(order)}.
        const name = referencedName(node.expression);
        const target = name !== undefined && depth < MAX_FOLLOW_DEPTH ? this.findFunction(name) : undefined;
        if (target && target !== fn) {
          const inner = this.analyse(target, depth + 1);
          for (const call of inner.calls) calls.push(call);
          if (inner.isAsync || inner.doesAsyncWork) doesAsyncWork = true;
        }
      }
      forEachChild(node, (child) => {
        // Functions defined inside run later (callbacks), but still belong to this handler.
        stack.push(child);
      });
    }
    calls.sort((a, b) => a.range.start - b.range.start);
    const result = { calls, isAsync, doesAsyncWork: doesAsyncWork || isAsync };
    this.cache.set(fn, result);
    return result;
  }

  /**
   * Called for every node of the file, in order, by the model builder: records named
   * functions (the first of each name wins) and returns the name when the node is one, so the
   * builder knows which component a JSX tree belongs to.
   */
  index(node: ts.Node): string | undefined {
    let name: string | undefined;
    let fn: FunctionLike | undefined;
    if ((isFunctionDeclaration(node) || isClassDeclaration(node)) && node.name) {
      name = node.name.text;
      if (isFunctionDeclaration(node)) fn = node;
    } else if (isVariableDeclaration(node) && isIdentifier(node.name)) {
      name = node.name.text;
      fn = node.initializer ? unwrapFunction(node.initializer) : undefined;
    } else if ((isMethodDeclaration(node) || isPropertyDeclaration(node)) && isIdentifier(node.name)) {
      name = node.name.text === 'render' ? undefined : node.name.text;
      fn = isMethodDeclaration(node) ? node : node.initializer ? unwrapFunction(node.initializer) : undefined;
      if (fn && !this.functionsByName.has(node.name.text)) this.functionsByName.set(node.name.text, fn);
      return name;
    }
    if (name !== undefined && fn && !this.functionsByName.has(name)) this.functionsByName.set(name, fn);
    return name;
  }

  private findFunction(name: string): FunctionLike | undefined {
    return this.functionsByName.get(name);
  }
}

/** `handlePay` → "handlePay"; `this.handlePay` / `props.onPay` → "handlePay" / "onPay". */
function referencedName(expression: ts.Expression): string | undefined {
  if (isIdentifier(expression)) return expression.text;
  if (isPropertyAccessExpression(expression) && expression.expression.kind === SyntaxKind.ThisKeyword) {
    return expression.name.text;
  }
  return undefined;
}

/** `() => {}`, `function () {}`, or either wrapped in `useCallback(...)` / `useMemo`-style calls. */
function unwrapFunction(expression: ts.Expression): FunctionLike | undefined {
  let current = expression;
  while (isParenthesizedExpression(current) || isAsExpression(current)) current = current.expression;
  if (isArrowFunction(current) || isFunctionExpression(current)) return current;
  if (isCallExpression(current) && current.arguments.length > 0) {
    const first = current.arguments[0]!;
    if (isArrowFunction(first) || isFunctionExpression(first)) return first;
  }
  return undefined;
}
