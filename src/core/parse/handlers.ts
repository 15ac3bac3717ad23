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

const MAX_FOLLOW_DEPTH = 2;

type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

export class HandlerAnalyzer {
  private functionsByName: Map<string, FunctionLike> | undefined;
  private readonly cache = new Map<ts.Node, { calls: HandlerCall[]; isAsync: boolean; doesAsyncWork: boolean }>();

  constructor(private readonly sourceFile: ts.SourceFile) {}

  summarize(expression: ts.Expression): HandlerSummary {
    if (ts.isArrowFunction(expression) || ts.isFunctionExpression(expression)) {
      const body = this.analyse(expression, 0);
      return { resolved: true, ...body };
    }
    const name = referencedName(expression);
    if (name === undefined) {
      // e.g. onClick={makeHandler(id)}: what runs is not visible here.
      const calleeName = ts.isCallExpression(expression) ? referencedName(expression.expression) : undefined;
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
    const isAsync = (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
    let doesAsyncWork = false;
    const calls: HandlerCall[] = [];
    const stack: ts.Node[] = fn.body ? [fn.body] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (ts.isAwaitExpression(node)) doesAsyncWork = true;
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(this.sourceFile);
        const first = node.arguments[0];
        calls.push({
          callee,
          firstArgument: first?.getText(this.sourceFile),
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
      ts.forEachChild(node, (child) => {
        // Functions defined inside run later (callbacks), but still belong to this handler.
        stack.push(child);
      });
    }
    calls.sort((a, b) => a.range.start - b.range.start);
    const result = { calls, isAsync, doesAsyncWork: doesAsyncWork || isAsync };
    this.cache.set(fn, result);
    return result;
  }

  private findFunction(name: string): FunctionLike | undefined {
    if (!this.functionsByName) this.functionsByName = indexFunctions(this.sourceFile);
    return this.functionsByName.get(name);
  }
}

/** `handlePay` → "handlePay"; `this.handlePay` / `props.onPay` → "handlePay" / "onPay". */
function referencedName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression) && expression.expression.kind === ts.SyntaxKind.ThisKeyword) {
    return expression.name.text;
  }
  return undefined;
}

/** Every named function in the file: declarations, `const x = () => {}`, `useCallback(fn)`, methods. */
function indexFunctions(sourceFile: ts.SourceFile): Map<string, FunctionLike> {
  const byName = new Map<string, FunctionLike>();
  const stack: ts.Node[] = [sourceFile];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (ts.isFunctionDeclaration(node) && node.name && !byName.has(node.name.text)) {
      byName.set(node.name.text, node);
    } else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const fn = unwrapFunction(node.initializer);
      if (fn && !byName.has(node.name.text)) byName.set(node.name.text, fn);
    } else if (
      (ts.isMethodDeclaration(node) || ts.isPropertyDeclaration(node)) &&
      ts.isIdentifier(node.name) &&
      !byName.has(node.name.text)
    ) {
      const fn = ts.isMethodDeclaration(node) ? node : node.initializer ? unwrapFunction(node.initializer) : undefined;
      if (fn) byName.set(node.name.text, fn);
    }
    ts.forEachChild(node, (child) => {
      stack.push(child);
    });
  }
  return byName;
}

/** `() => {}`, `function () {}`, or either wrapped in `useCallback(...)` / `useMemo`-style calls. */
function unwrapFunction(expression: ts.Expression): FunctionLike | undefined {
  let current = expression;
  while (ts.isParenthesizedExpression(current) || ts.isAsExpression(current)) current = current.expression;
  if (ts.isArrowFunction(current) || ts.isFunctionExpression(current)) return current;
  if (ts.isCallExpression(current) && current.arguments.length > 0) {
    const first = current.arguments[0]!;
    if (ts.isArrowFunction(first) || ts.isFunctionExpression(first)) return first;
  }
  return undefined;
}
