/**
 * The layers, checked: faces (src/cli, src/extension, src/webview) on top of the engine
 * (src/core). Read from the source with TypeScript's own import scanner, type imports included:
 * - no import circle anywhere in src/;
 * - core imports no face and not `vscode`;
 * - the CLI, the extension and the language server reach core only through src/core/index.ts;
 * - the language server (src/server) imports no other face (the CLI may start it), only core and
 *   the launchers' code cache (src/launch, which imports only Node);
 * - the webview (a browser bundle) imports no Node built-in and not `vscode`, and from core only
 *   type imports and the browser-safe modules (BROWSER_SAFE), whose own imports stay inside it;
 * - the launchers (src/launch, bundled apart, in front of the CLI's bundles) import only Node;
 * - outside src/core/rules nothing imports a rule file but through the registry
 *   (rules/index.ts), and the rules' shared helpers import no rule;
 * - no function in src/ is longer than 80 lines, unless a comment just above it says why
 *   (“longer than 80 lines: …”).
 * Each check is also run on the real graph with one bad import planted, and must catch it.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { getRule, rules } from '../../src/core/index.js';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const MAX_FUNCTION_LINES = 80;

/** Core modules the webview may import values from: no Node, no engine. */
const BROWSER_SAFE = new Set([
  'src/core/vocabulary.ts',
  'src/core/plural.ts',
  'src/core/score.ts',
  'src/core/formats/catalog.ts',
]);

/**
 * Core modules with no engine code behind them, which the faces may import directly: the VS Code
 * extension loads them without loading the engine (which runs in the language server).
 */
const LIGHT = new Set([
  'src/core/parse/languages.ts',
  'src/core/docsBase.ts',
  'src/core/formats/catalog.ts',
  'src/core/formats/html.ts',
  'src/core/paths.ts',
]);

interface Edge {
  readonly from: string;
  /** A repository-relative .ts path, or a bare module name (`vscode`, `node:fs`). */
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Every import and re-export of src/, with whether it is type-only. */
function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    for (const statement of source.statements) {
      let specifier: ts.Expression | undefined;
      let typeOnly = false;
      if (ts.isImportDeclaration(statement)) {
        specifier = statement.moduleSpecifier;
        const clause = statement.importClause;
        typeOnly =
          clause !== undefined &&
          (clause.isTypeOnly ||
            (clause.name === undefined &&
              clause.namedBindings !== undefined &&
              ts.isNamedImports(clause.namedBindings) &&
              clause.namedBindings.elements.length > 0 &&
              clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
        specifier = statement.moduleSpecifier;
        typeOnly = statement.isTypeOnly;
      }
      if (!specifier || !ts.isStringLiteral(specifier)) continue;
      const target = specifier.text;
      const to = target.startsWith('.')
        ? relative(path.resolve(path.dirname(file), target.replace(/\.js$/, '.ts')))
        : target;
      edges.push({ from: relative(file), to, typeOnly });
    }
  }
  return edges;
}

const isNodeBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);
const layer = (file: string) => /^src\/(cli|extension|webview|core|launch|server)\//.exec(file)?.[1];
const ruleFile = /^src\/core\/rules\/(?!shared\/|index\.ts|types\.ts)[^/]+\//;

/** What breaks the layering, in words; empty when nothing does. */
function violations(edges: readonly Edge[]): string[] {
  const problems: string[] = [];
  for (const { from, to, typeOnly } of edges) {
    const source = layer(from);
    const target = layer(to);
    if (source === 'core' && (to === 'vscode' || (target !== undefined && target !== 'core')))
      problems.push(`core imports a face: ${from} → ${to}`);
    if (
      (source === 'cli' || source === 'extension' || source === 'server') &&
      target === 'core' &&
      to !== 'src/core/index.ts' &&
      !LIGHT.has(to)
    )
      problems.push(`${source} bypasses src/core/index.ts: ${from} → ${to}`);
    if (
      source === 'server' &&
      (to === 'vscode' || (target !== undefined && target !== 'server' && target !== 'core' && target !== 'launch'))
    )
      problems.push(`the server imports another face: ${from} → ${to}`);
    if (source === 'webview') {
      if (to === 'vscode' || isNodeBuiltin(to)) problems.push(`the webview imports ${to}: ${from}`);
      if (target === 'core' && !typeOnly && !BROWSER_SAFE.has(to))
        problems.push(`the webview imports a core module that is not browser-safe: ${from} → ${to}`);
    }
    if (BROWSER_SAFE.has(from) && !typeOnly && (isNodeBuiltin(to) || (target === 'core' && !BROWSER_SAFE.has(to))))
      problems.push(`a browser-safe module imports beyond them: ${from} → ${to}`);
    // Node's own modules are not engine code; anything else of ours is.
    if (LIGHT.has(from) && !typeOnly && !LIGHT.has(to) && !isNodeBuiltin(to))
      problems.push(`a light core module imports beyond them: ${from} → ${to}`);
    if (source === 'launch' && !isNodeBuiltin(to) && target !== 'launch')
      problems.push(`the launcher imports more than Node: ${from} → ${to}`);
    if (ruleFile.test(to) && !ruleFile.test(from) && from !== 'src/core/rules/index.ts')
      problems.push(`a rule imported around the registry: ${from} → ${to}`);
  }
  return [...problems, ...circles(edges)];
}

/** Import circles (type imports included), one line each. */
function circles(edges: readonly Edge[]): string[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) if (to.startsWith('src/')) next.set(from, [...(next.get(from) ?? []), to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const to of next.get(file) ?? []) {
      if (state.get(to) === 'open') found.push(`circle: ${[...stack.slice(stack.indexOf(to)), to].join(' → ')}`);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of next.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** Functions over MAX_FUNCTION_LINES lines without a comment above saying why. */
function longFunctions(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
        const lines = source.getLineAndCharacterOfPosition(node.end).line - start + 1;
        // The comments before the function, or before the statement that holds it.
        const holder = ts.isVariableDeclaration(node.parent) ? node.parent.parent.parent : node;
        const comments = text.slice(holder.getFullStart(), holder.getStart());
        if (lines > MAX_FUNCTION_LINES && !/longer than 80 lines/i.test(comments))
          found.push(`${relative(file)}:${start + 1} ${lines} lines`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('architecture', () => {
  const edges = importGraph();

  it('has layers that hold: no circle, no face in core, faces through core/index.ts, a browser-only webview', () => {
    assert.ok(edges.length > 200, `${edges.length} imports read`);
    assert.deepEqual(violations(edges), []);
  });

  it('catches each kind of bad import when one is planted', () => {
    const planted: Array<[Edge, RegExp]> = [
      [{ from: 'src/core/score.ts', to: 'vscode', typeOnly: false }, /core imports a face/],
      [{ from: 'src/core/engine.ts', to: 'src/cli/main.ts', typeOnly: true }, /core imports a face/],
      [{ from: 'src/cli/main.ts', to: 'src/core/engine.ts', typeOnly: false }, /bypasses src\/core\/index\.ts/],
      [{ from: 'src/extension/extension.ts', to: 'src/core/score.ts', typeOnly: true }, /bypasses/],
      [{ from: 'src/webview/main.ts', to: 'node:fs', typeOnly: false }, /the webview imports node:fs/],
      [{ from: 'src/webview/main.ts', to: 'src/core/engine.ts', typeOnly: false }, /not browser-safe/],
      [{ from: 'src/core/plural.ts', to: 'node:path', typeOnly: false }, /browser-safe module imports beyond/],
      [{ from: 'src/launch/cli.ts', to: 'src/core/index.ts', typeOnly: false }, /the launcher imports more than Node/],
      [{ from: 'src/core/docsBase.ts', to: 'src/core/engine.ts', typeOnly: false }, /light core module imports beyond/],
      [{ from: 'src/server/server.ts', to: 'src/core/engine.ts', typeOnly: false }, /server bypasses/],
      [
        { from: 'src/server/server.ts', to: 'src/extension/problems.ts', typeOnly: true },
        /the server imports another face/,
      ],
      [{ from: 'src/server/linter.ts', to: 'vscode', typeOnly: false }, /the server imports another face/],
      [{ from: 'src/core/engine.ts', to: 'src/core/rules/a11y/axe.ts', typeOnly: false }, /around the registry/],
      [
        { from: 'src/core/rules/shared/wordLists.ts', to: 'src/core/rules/wording/jargon.ts', typeOnly: false },
        /around the registry/,
      ],
      [
        { from: 'src/core/vocabulary.ts', to: 'src/core/engine.ts', typeOnly: true },
        /circle: .*src\/core\/vocabulary\.ts → src\/core\/engine\.ts/,
      ],
    ];
    for (const [edge, expected] of planted) {
      const problems = violations([...edges, edge]);
      assert.ok(
        problems.some((problem) => expected.test(problem)),
        `${edge.from} → ${edge.to} was not caught: ${problems.join('; ')}`,
      );
    }
  });

  it('has no function over 80 lines in src/ unless a comment says why', () => {
    assert.deepEqual(longFunctions(), []);
  });

  it('names only real axe rules in `supersedes`', () => {
    for (const rule of rules)
      for (const id of rule.supersedes ?? []) {
        assert.match(id, /^a11y\//, `${rule.id} supersedes ${id}`);
        assert.ok(getRule(id), `${rule.id} supersedes ${id}, which is not a rule`);
      }
  });
});
