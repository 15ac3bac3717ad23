/**
 * Where in a config file's text a ConfigError is: the first syntax error of a file that is not
 * JSON, or the setting its key names (`rules.wording/jargon[1]`, `include[2]`, `components.Button`):
 * the deepest part of that path the file has, so an editor can underline the real line.
 */
import ts from '../parse/typescript.js';
import type { SourceRange } from '../model.js';
import type { ConfigError } from './config.js';

export function configErrorRange(text: string, error: Pick<ConfigError, 'key'>): SourceRange {
  const source = ts.parseJsonText('config.json', text.replace(/^\uFEFF/, ' '));
  const syntax = (source as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics?.[0];
  if (syntax?.start !== undefined) return { start: syntax.start, end: syntax.start + (syntax.length ?? 0) };
  let node: ts.Node | undefined = source.statements[0]?.expression;
  let found: ts.Node | undefined;
  for (const part of keyPath(error.key)) {
    const next = child(node, part);
    if (!next) break;
    found = next.name ?? next.value;
    node = next.value;
  }
  const at = found ?? source.statements[0]?.expression;
  if (!at) return { start: 0, end: 0 };
  return { start: at.getStart(source), end: at.end };
}

/** `rules.wording/jargon[1]` → `rules`, `wording/jargon`, 1. Rule ids hold no dot. */
function keyPath(key: string): Array<string | number> {
  const parts: Array<string | number> = [];
  for (const segment of key.split('.').filter(Boolean)) {
    const [name, ...indexes] = segment.split(/\[(\d+)\]/).filter((piece) => piece !== '');
    if (name !== undefined && !/^\d+$/.test(name)) parts.push(name);
    else if (name !== undefined) parts.push(Number(name));
    for (const index of indexes) parts.push(Number(index));
  }
  return parts;
}

function child(
  node: ts.Node | undefined,
  part: string | number,
): { name?: ts.Node; value: ts.Node | undefined } | undefined {
  if (!node) return undefined;
  if (typeof part === 'number') {
    if (!ts.isArrayLiteralExpression(node)) return undefined;
    const element = node.elements[part];
    return element && { value: element };
  }
  if (!ts.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties)
    if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.name) && property.name.text === part)
      return { name: property.name, value: property.initializer };
  return undefined;
}

/** The text of a new config file that turns one rule off (the recommended preset otherwise). */
export function newConfigTurningOff(ruleId: string): string {
  return `${JSON.stringify({ rules: { [ruleId]: 'off' } }, null, 2)}\n`;
}

/**
 * The edit that turns a rule off in a config file's text: its value in `rules` becomes "off",
 * or it is added there (after the last rule, as indented as its neighbours), or a `rules` block
 * is added after the last setting. Undefined when the text is not a JSON object, as the loader
 * reads it (strict JSON: a broken config is fixed by hand first).
 */
export function turnOffRuleEdit(text: string, ruleId: string): { range: SourceRange; newText: string } | undefined {
  try {
    JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  const source = ts.parseJsonText('config.json', text.replace(/^\uFEFF/, ' '));
  const root = source.statements[0]?.expression;
  if (!root || !ts.isObjectLiteralExpression(root)) return undefined;
  const quoted = JSON.stringify(ruleId);
  const rules = child(root, 'rules');
  if (rules && !(rules.value && ts.isObjectLiteralExpression(rules.value))) return undefined;
  const current = rules?.value && child(rules.value, ruleId)?.value;
  if (current) return { range: { start: current.getStart(source), end: current.end }, newText: '"off"' };
  if (rules?.value && ts.isObjectLiteralExpression(rules.value))
    return addProperty(source, text, rules.value, `${quoted}: "off"`);
  return addProperty(source, text, root, `"rules": { ${quoted}: "off" }`);
}

/** `property` added to an object literal, after its last property, on a line of its own. */
function addProperty(
  source: ts.JsonSourceFile,
  text: string,
  object: ts.ObjectLiteralExpression,
  property: string,
): { range: SourceRange; newText: string } {
  const last = object.properties.at(-1);
  const indentOf = (offset: number) => /^[ \t]*/.exec(text.slice(text.lastIndexOf('\n', offset - 1) + 1))![0];
  if (!last) {
    // `{}` or `{ }`: the property inside, the braces kept on the object's line.
    const open = object.getStart(source);
    return { range: { start: open, end: object.end }, newText: `{ ${property} }` };
  }
  const at = last.end;
  return { range: { start: at, end: at }, newText: `,\n${indentOf(last.getStart(source))}${property}` };
}
