/**
 * Message catalogs (JSON) → UiDocument: no elements, one CatalogMessage per message, ranges on
 * the string where it is written. Read through TypeScript's JSON parser, which keeps positions
 * and reads broken JSON as far as it can. The shapes real apps use:
 *
 * - i18next and flat catalogs: `{ "save": "Save", "errors": { "network": "…" } }`, nested keys
 *   joined with dots (`errors.network`); placeholders `{{name}}`, nesting `$t(key)`;
 * - FormatJS extracted catalogs: `{ "id": { "defaultMessage" | "string" | "message": "…",
 *   "description" | "context": "…" } }` (also Chrome's `messages.json`), in ICU syntax.
 *
 * An entry whose words are its key (`"Save changes": "Save changes"`, i18next's natural-language
 * keys) is written where it is used, `t("Save changes")`, and checked there, not here.
 */
import ts from './typescript.js';
import type { CatalogMessage, SourceRange, UiDocument } from '../model.js';
import { catalogMessage, type MessageFormat } from '../catalog/messages.js';

const MESSAGE_FIELDS = ['defaultMessage', 'string', 'message'];
const NOTE_FIELDS = ['description', 'context'];
/** Every field a described entry may have: an object with any other is a group of keys. */
const ENTRY_FIELDS = new Set([...MESSAGE_FIELDS, ...NOTE_FIELDS, 'id', 'placeholders']);

/**
 * A catalog's syntax: i18next's (`{{name}}`, `$t(key)`) or ICU (`{name}`). ICU's plural and
 * select (`{count, plural, one {{count} file} …}`) decide first: they hold `{{` too, and an
 * i18next project with i18next-icu writes its catalogs that way.
 */
function catalogFormat(text: string): MessageFormat {
  if (/\{\s*[\w.]+\s*,\s*(plural|select|selectordinal)\s*,/.test(text)) return 'icu';
  return /\{\{|\$t\(/.test(text) ? 'i18next' : 'icu';
}

/** The catalog in a JSON text, or undefined when the text is not one (no string message in an object). */
export function parseCatalog(text: string, fileName: string): UiDocument | undefined {
  const file = ts.parseJsonText(fileName || 'catalog.json', text);
  const root = file.statements[0]?.expression;
  if (!root || !ts.isObjectLiteralExpression(root)) return undefined;
  const format = catalogFormat(text);
  const catalog: CatalogMessage[] = [];
  let strings = 0;
  const visit = (object: ts.ObjectLiteralExpression, prefix: string): void => {
    for (const property of object.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const name = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(file);
      const key = prefix ? `${prefix}.${name}` : name;
      const value = property.initializer;
      if (ts.isStringLiteral(value)) {
        strings++;
        const message = !writtenInCode(name, value.text)
          ? catalogMessage({ key, text: value.text, range: inner(value, file), format }, text)
          : undefined;
        if (message) catalog.push(message);
      } else if (ts.isObjectLiteralExpression(value)) {
        const described = describedMessage(value, key, file, text);
        if (described) catalog.push(described);
        else visit(value, key);
      }
    }
  };
  visit(root, '');
  // Strings in objects make a catalog, even when none of them is judged here (natural keys).
  if (strings === 0 && catalog.length === 0 && root.properties.length > 0) return undefined;
  const problems = (file as ts.JsonSourceFile & { parseDiagnostics?: readonly ts.DiagnosticWithLocation[] })
    .parseDiagnostics;
  return {
    kind: 'catalog',
    language: 'json',
    text,
    fileName,
    roots: [],
    elements: [],
    comments: [],
    calls: [],
    isPage: false,
    catalog,
    problems: (problems ?? []).map((diagnostic) => ({
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
      range: { start: diagnostic.start, end: diagnostic.start + diagnostic.length },
    })),
  };
}

/**
 * A natural-language key's entry (`"Save": "Save"`) and its plural forms (`"{{ count }} user_plural":
 * "{{ count }} users"`): the sentence is written in the code (`t("…")`) and judged there, and the
 * catalog, made from the code by an extractor, repeats it.
 */
function writtenInCode(name: string, value: string): boolean {
  if (value === name) return true;
  const plural = /^(.+)_(plural|zero|one|two|few|many|other)$/.exec(name);
  return plural !== null && /\s/.test(plural[1]!);
}

/** A FormatJS-style entry: `{ "defaultMessage": "…", "description": "…" }`. */
function describedMessage(
  object: ts.ObjectLiteralExpression,
  key: string,
  file: ts.JsonSourceFile,
  text: string,
): CatalogMessage | undefined {
  let message: ts.StringLiteral | undefined;
  let description: string | undefined;
  for (const property of object.properties) {
    if (!ts.isPropertyAssignment(property)) return undefined;
    const name = ts.isStringLiteral(property.name) ? property.name.text : property.name.getText(file);
    if (!ENTRY_FIELDS.has(name)) return undefined;
    if (!ts.isStringLiteral(property.initializer)) continue;
    if (MESSAGE_FIELDS.includes(name)) message = property.initializer;
    else if (NOTE_FIELDS.includes(name)) description = property.initializer.text;
  }
  if (!message) return undefined;
  return catalogMessage(
    {
      key,
      id: key,
      text: message.text,
      range: inner(message, file),
      format: 'icu',
      ...(description && { description }),
    },
    text,
  );
}

function inner(node: ts.Node, file: ts.SourceFile): SourceRange {
  const start = node.getStart(file);
  return { start: start + 1, end: Math.max(start + 1, node.end - 1) };
}
