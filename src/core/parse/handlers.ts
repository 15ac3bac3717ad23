/**
 * Summaries of JSX event handlers, so feedback rules can ask "does this onClick await
 * something, and does it set any pending state?" without walking TypeScript nodes themselves.
 *
 * A handler may be written inline (`onClick={async () => { await pay(); }}`), referenced by
 * name (`onClick={handlePay}`, `onSubmit={this.submit}`, `useCallback(...)`), or call a named
 * function (`onClick={() => pay(order)}`). Names are followed within the same file, two levels
 * deep; a name defined elsewhere (props, imports) is marked unresolved so rules can trust it.
 *
 * It also records how the handler deals with failure, for the error rules: empty `catch {}`
 * blocks and `.catch(() => {})` callbacks that swallow a failure, and calls that pass a caught
 * error on to something (`setError(err.message)`).
 */
import ts from './typescript.js';
import type { HandlerCall, HandlerSummary, SourceRange } from '../model.js';

// Bound once: esbuild's ESM interop reads `ts.x` through a getter, too slow for a per-node loop.
const {
  forEachChild,
  isArrowFunction,
  isAsExpression,
  isAwaitExpression,
  isBlock,
  isCallExpression,
  isClassDeclaration,
  isFunctionDeclaration,
  isFunctionExpression,
  isIdentifier,
  isMethodDeclaration,
  isParenthesizedExpression,
  isPropertyAccessExpression,
  isPropertyDeclaration,
  isTryStatement,
  isVariableDeclaration,
  SyntaxKind,
} = ts;

const MAX_FOLLOW_DEPTH = 2;

export type FunctionLike = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration | ts.MethodDeclaration;

type CaughtErrorUse = NonNullable<HandlerSummary['caughtErrorUses']>[number];

interface Analysis {
  calls: HandlerCall[];
  isAsync: boolean;
  doesAsyncWork: boolean;
  emptyCatches: SourceRange[];
  caughtErrorUses: CaughtErrorUse[];
}

/** Calls that start work which can fail out of sight (a request, a mutation, a promise chain). */
const ASYNC_CALLEE = /(^|\.)(fetch|then|catch|finally|mutate|mutateAsync|post|put|patch|delete)$|^axios\b/;
/**
 * Receivers whose `delete` is a collection's, not an HTTP call: `searchParams.delete("q")`,
 * `selected.delete(id)`, `headers.delete(…)`, `cache.delete(key)`.
 */
const COLLECTION_DELETE =
  /(^|\.)\w*(params|Params|Map|Set|map|set|headers|Headers|formData|FormData|cache|Cache|ids|Ids|keys|Keys|selected|Selected)(\(\))?\.delete$/;

/** A call that starts asynchronous work (`fetch`, `api.post`, `.then`), by its callee as written. */
function startsAsyncWork(callee: string): boolean {
  return ASYNC_CALLEE.test(callee) && !COLLECTION_DELETE.test(callee);
}
/** A rejected confirmation means “the person said no”: swallowing it is the intent. */
const CONFIRMATION_CALLEE = /confirm|dialog|modal|prompt/i;

export class HandlerAnalyzer {
  private readonly functionsByName = new Map<string, FunctionLike>();
  private readonly cache = new Map<ts.Node, Analysis>();
  /** When set, each named function offered is recorded here too (see `offer`). */
  offered: Array<[string, FunctionLike]> | undefined;

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
      return { name: calleeName, ...UNRESOLVED };
    }
    const target = this.findFunction(name);
    if (!target) return { name, ...UNRESOLVED };
    return { name, resolved: true, ...this.analyse(target, 0) };
  }

  private analyse(fn: FunctionLike, depth: number): Analysis {
    const cached = this.cache.get(fn);
    if (cached) return cached;
    const placeholder: Analysis = {
      calls: [],
      isAsync: false,
      doesAsyncWork: false,
      emptyCatches: [],
      caughtErrorUses: [],
    };
    this.cache.set(fn, placeholder); // guards against recursion between handlers
    const isAsync = fn.modifiers?.some((modifier) => modifier.kind === SyntaxKind.AsyncKeyword) ?? false;
    let doesAsyncWork = false;
    const calls: HandlerCall[] = [];
    const emptyCatches: SourceRange[] = [];
    const caughtErrorUses: CaughtErrorUse[] = [];
    const stack: ts.Node[] = fn.body ? [fn.body] : [];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isAwaitExpression(node)) doesAsyncWork = true;
      if (isTryStatement(node) && node.catchClause) {
        this.inspectCatchClause(node.tryBlock, node.catchClause, emptyCatches, caughtErrorUses);
      }
      if (isCallExpression(node)) {
        this.inspectCatchCallback(node, emptyCatches, caughtErrorUses);
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
        if (startsAsyncWork(callee)) doesAsyncWork = true;
        // Follow plain function names defined in this file: onClick={() => pay(order)}.
        const name = referencedName(node.expression);
        const target = name !== undefined && depth < MAX_FOLLOW_DEPTH ? this.findFunction(name) : undefined;
        if (target && target !== fn) {
          const inner = this.analyse(target, depth + 1);
          for (const call of inner.calls) calls.push(call);
          if (inner.isAsync || inner.doesAsyncWork) doesAsyncWork = true;
          for (const range of inner.emptyCatches) emptyCatches.push(range);
          for (const use of inner.caughtErrorUses) caughtErrorUses.push(use);
        }
      }
      forEachChild(node, (child) => {
        // Functions defined inside run later (callbacks), but still belong to this handler.
        stack.push(child);
      });
    }
    calls.sort((a, b) => a.range.start - b.range.start);
    const result: Analysis = {
      calls,
      isAsync,
      doesAsyncWork: doesAsyncWork || isAsync,
      emptyCatches: unique(emptyCatches),
      caughtErrorUses: [...new Map(caughtErrorUses.map((use) => [use.range.start, use])).values()].sort(
        (a, b) => a.range.start - b.range.start,
      ),
    };
    this.cache.set(fn, result);
    return result;
  }

  /** `try { await save(); } catch {}`, and what a catch block does with the caught error. */
  private inspectCatchClause(
    tryBlock: ts.Block,
    clause: ts.CatchClause,
    emptyCatches: SourceRange[],
    uses: CaughtErrorUse[],
  ): void {
    const declaration = clause.variableDeclaration;
    const caughtName = declaration && isIdentifier(declaration.name) ? declaration.name.text : undefined;
    if (caughtName !== undefined) this.collectCaughtErrorUses(clause.block, caughtName, uses);
    if (!this.isEmptyBlock(clause.block)) return;
    // Only failures of work that can fail out of sight (awaited, a request); a failed
    // confirmation is the person saying no.
    if (!this.canFailOutOfSight(tryBlock)) return;
    emptyCatches.push({ start: clause.getStart(this.sourceFile), end: clause.end });
  }

  /** `save().catch(() => {})`, `.catch(noop)`, and what a `.catch((err) => …)` callback does with `err`. */
  private inspectCatchCallback(call: ts.CallExpression, emptyCatches: SourceRange[], uses: CaughtErrorUse[]): void {
    const callee = call.expression;
    if (!isPropertyAccessExpression(callee) || callee.name.text !== 'catch') return;
    const callback = call.arguments[0];
    if (!callback) return;
    let empty = false;
    if (isArrowFunction(callback) || isFunctionExpression(callback)) {
      const parameter = callback.parameters[0];
      if (parameter && isIdentifier(parameter.name)) {
        this.collectCaughtErrorUses(callback.body, parameter.name.text, uses);
      }
      const body = callback.body;
      empty = isBlock(body)
        ? this.isEmptyBlock(body)
        : body.kind === SyntaxKind.NullKeyword || (isIdentifier(body) && body.text === 'undefined');
    } else {
      empty = /^(noop|_\.noop|lodash\.noop)$/.test(callback.getText(this.sourceFile));
    }
    if (!empty || CONFIRMATION_CALLEE.test(callee.expression.getText(this.sourceFile))) return;
    emptyCatches.push({ start: callee.name.getStart(this.sourceFile), end: call.end });
  }

  /** No statement and no comment (a comment says the silence is on purpose). */
  private isEmptyBlock(block: ts.Block): boolean {
    if (block.statements.length > 0) return false;
    const inside = this.sourceFile.text.slice(block.getStart(this.sourceFile) + 1, block.end - 1);
    return !/\/[/*]/.test(inside);
  }

  private canFailOutOfSight(block: ts.Block): boolean {
    let awaited = false;
    let confirmation = false;
    const stack: ts.Node[] = [block];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isAwaitExpression(node)) awaited = true;
      if (isCallExpression(node)) {
        const callee = node.expression.getText(this.sourceFile);
        if (startsAsyncWork(callee)) awaited = true;
        if (CONFIRMATION_CALLEE.test(callee)) confirmation = true;
      }
      forEachChild(node, (child) => {
        stack.push(child);
      });
    }
    return awaited && !confirmation;
  }

  /** Calls whose arguments mention the caught error: `setError(err.message)`. */
  private collectCaughtErrorUses(body: ts.Node, caughtName: string, uses: CaughtErrorUse[]): void {
    const stack: ts.Node[] = [body];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (isCallExpression(node)) {
        for (const argument of node.arguments) {
          if (!mentions(argument, caughtName)) continue;
          uses.push({
            callee: node.expression.getText(this.sourceFile),
            caughtName,
            argument: argument.getText(this.sourceFile),
            range: { start: argument.getStart(this.sourceFile), end: argument.end },
          });
        }
      }
      forEachChild(node, (child) => {
        stack.push(child);
      });
    }
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
      if (fn) this.offer(node.name.text, fn);
      return name;
    }
    if (name !== undefined && fn) this.offer(name, fn);
    return name;
  }

  /**
   * A named function handlers may refer to; the first of a name counts. `offered`, when set,
   * records each offer (statementModels.ts replays them for a statement it reuses).
   */
  offer(name: string, fn: FunctionLike): void {
    this.offered?.push([name, fn]);
    if (!this.functionsByName.has(name)) this.functionsByName.set(name, fn);
  }

  private findFunction(name: string): FunctionLike | undefined {
    return this.functionsByName.get(name);
  }
}

const UNRESOLVED = {
  resolved: false,
  isAsync: false,
  doesAsyncWork: false,
  calls: [],
  emptyCatches: [],
  caughtErrorUses: [],
} as const;

function unique(ranges: readonly SourceRange[]): SourceRange[] {
  const byStart = new Map(ranges.map((range) => [range.start, range]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** The expression reads the variable (`err`, `err.message`, `String(err)`), not a property named like it. */
function mentions(expression: ts.Node, name: string): boolean {
  let found = false;
  // The parser does not set parent links, so each node is visited with its parent.
  const visit = (node: ts.Node, parent: ts.Node | undefined): void => {
    if (found) return;
    if (isIdentifier(node) && node.text === name) {
      if (!(parent && isPropertyAccessExpression(parent) && parent.name === node)) found = true;
      return;
    }
    forEachChild(node, (child) => visit(child, node));
  };
  visit(expression, undefined);
  return found;
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
