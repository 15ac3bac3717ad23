/**
 * Messages named at a use site and written elsewhere: `intl.formatMessage(messages.save)` and
 * `<FormattedMessage {...messages.save} />` (a `defineMessages` export in another module),
 * `t("common.save")` and `formatMessage({ id: "common.save" })` (a key in a JSON catalog).
 *
 * Modules are found as TypeScript finds them (the nearest tsconfig.json or jsconfig.json: its
 * `paths` and `baseUrl`, index files, extensions); JSON catalogs are the config's `messages`
 * globs. What is read is kept until `forget` says a file changed (the extension calls it when a
 * catalog is edited or saved). Not followed: re-exports (`export * from "./messages"`), messages
 * built at run time, and keys held in variables.
 */
import * as path from 'node:path';
import { globSync } from 'tinyglobby';
import ts from '../parse/typescript.js';
import type { CatalogMessage, MessageOrigin } from '../model.js';
import type { MessageReference, ResolvedMessage } from './reference.js';

export type { MessageReference, ResolvedMessage } from './reference.js';
import { parseCatalog } from '../parse/catalog.js';
import { readSourceTextSync } from '../readFile.js';
import { DEFAULT_MAX_FILE_SIZE } from '../config/schema.js';
import { parseModuleCatalog } from '../parse/jsx.js';
import { messageWords } from './icu.js';
import { detached } from '../detached.js';

/** Where a file's JSON catalogs are: the config's `messages` globs, from its base folder. */
export interface CatalogScope {
  readonly baseDirectory?: string;
  readonly messages: readonly string[];
}

export interface MessageResolverOptions {
  /** The text of a file (an open editor's, unsaved); undefined to read it from disk. */
  readonly readText?: (fileName: string) => string | undefined;
}

type Messages = ReadonlyMap<string, CatalogMessage>;

const SCRIPT = /\.(tsx?|jsx?|mts|cts|mjs|cjs)$/i;
const NO_MESSAGES: Messages = new Map();

export class MessageResolver {
  private readonly modules = new Map<string, Messages>();
  private readonly catalogs = new Map<string, { fileName: string; namespace: string; messages: Messages }[]>();
  /** Each message's words, parsed once (a lint after every keystroke asks again). */
  private readonly words = new WeakMap<CatalogMessage, string>();
  /** Where each specifier leads from each folder ('' for nowhere we read). */
  private readonly targets = new Map<string, string>();
  /** Each folder's nearest tsconfig.json / jsconfig.json ('' for none), and each one's options. */
  private readonly configFiles = new Map<string, string>();
  private readonly compilerOptions = new Map<
    string,
    { options: ts.CompilerOptions; cache: ts.ModuleResolutionCache }
  >();

  constructor(private readonly options: MessageResolverOptions = {}) {}

  resolve(fromFile: string, reference: MessageReference, scope: CatalogScope): ResolvedMessage | undefined {
    const message =
      reference.kind === 'module' ? this.fromModule(fromFile, reference) : this.fromKey(reference.key, scope);
    if (!message) return undefined;
    let words = this.words.get(message.message);
    if (words === undefined) {
      words = messageWords(message.message.text, message.message.format).text;
      this.words.set(message.message, words);
    }
    return { ...message.origin, words };
  }

  /** A file changed (or every file, without a name): what was read from it is read again. */
  forget(fileName?: string): void {
    if (fileName === undefined || fileName.endsWith('.json')) this.catalogs.clear();
    if (fileName === undefined) {
      this.modules.clear();
      this.configFiles.clear();
      this.compilerOptions.clear();
      this.targets.clear();
    } else {
      this.modules.delete(path.normalize(fileName));
      if (/[jt]sconfig\.json$/.test(fileName)) {
        this.configFiles.clear();
        this.compilerOptions.clear();
        this.targets.clear();
      }
    }
  }

  /** Whether a file was read for its messages (the extension re-checks open files when it changes). */
  isSource(fileName: string): boolean {
    const normalized = path.normalize(fileName);
    if (this.modules.has(normalized)) return true;
    for (const list of this.catalogs.values()) if (list.some((catalog) => catalog.fileName === normalized)) return true;
    return false;
  }

  private fromModule(
    fromFile: string,
    reference: Extract<MessageReference, { kind: 'module' }>,
  ): { message: CatalogMessage; origin: MessageOrigin } | undefined {
    const file = this.resolveModule(reference.specifier, fromFile);
    if (!file) return undefined;
    const key = [reference.exportName, ...reference.path].join('.');
    const message = this.moduleMessages(file).get(key);
    return message && { message, origin: { fileName: file, range: message.range, key } };
  }

  private fromKey(key: string, scope: CatalogScope): { message: CatalogMessage; origin: MessageOrigin } | undefined {
    // i18next's `namespace:key`; without one, any catalog (the default namespaces first).
    const colon = key.indexOf(':');
    const namespace = colon > 0 ? key.slice(0, colon) : undefined;
    const name = colon > 0 ? key.slice(colon + 1) : key;
    for (const catalog of this.catalogsOf(scope)) {
      if (namespace !== undefined && catalog.namespace !== namespace) continue;
      const message = catalog.messages.get(name);
      if (message) return { message, origin: { fileName: catalog.fileName, range: message.range, key: name } };
    }
    return undefined;
  }

  private catalogsOf(scope: CatalogScope): { fileName: string; namespace: string; messages: Messages }[] {
    if (scope.baseDirectory === undefined || scope.messages.length === 0) return [];
    const id = `${scope.baseDirectory}\0${scope.messages.join('\0')}`;
    let list = this.catalogs.get(id);
    if (!list) {
      const files = globSync([...scope.messages], {
        cwd: scope.baseDirectory,
        absolute: true,
        ignore: ['**/node_modules/**'],
      }).sort();
      list = files.map((file) => {
        const fileName = path.normalize(file);
        const text = this.read(fileName);
        const document = text === undefined ? undefined : parseCatalog(text, fileName);
        return {
          fileName,
          namespace: path.basename(fileName, '.json'),
          messages: byKey(document?.catalog ?? [], true),
        };
      });
      // `translation` and `common` are i18next's usual default namespaces.
      const rank = (namespace: string) => (namespace === 'translation' || namespace === 'common' ? 0 : 1);
      list.sort((a, b) => rank(a.namespace) - rank(b.namespace));
      this.catalogs.set(id, list);
    }
    return list;
  }

  private moduleMessages(file: string): Messages {
    let messages = this.modules.get(file);
    if (!messages) {
      const text = this.read(file);
      messages =
        text === undefined || !/defineMessages?\s*\(/.test(text)
          ? NO_MESSAGES
          : byKey(parseModuleCatalog(text, file, /\.[jt]sx$/i.test(file) ? 'tsx' : 'ts'), false);
      // `const messages = defineMessages(…); export default messages;`
      const alias = text && /^export\s+default\s+([\w$]+)\s*;?\s*$/m.exec(text)?.[1];
      if (alias) {
        const withDefault = new Map(messages);
        for (const [key, message] of messages) {
          if (key.startsWith(`${alias}.`)) withDefault.set(`default${key.slice(alias.length)}`, message);
        }
        messages = withDefault;
      }
      this.modules.set(file, messages);
    }
    return messages;
  }

  private resolveModule(specifier: string, fromFile: string): string | undefined {
    const id = `${path.dirname(fromFile)}\0${specifier}`;
    let target = this.targets.get(id);
    if (target === undefined) {
      target = this.findModule(specifier, fromFile) ?? '';
      this.targets.set(detached(id), target); // the specifier is a slice of the file's text
    }
    return target || undefined;
  }

  private findModule(specifier: string, fromFile: string): string | undefined {
    const { options, cache } = this.optionsFor(path.dirname(fromFile));
    const resolved = ts.resolveModuleName(specifier, fromFile, options, ts.sys, cache).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || !SCRIPT.test(resolved.resolvedFileName)) return undefined;
    if (/\.d\.[mc]?ts$/.test(resolved.resolvedFileName)) return undefined;
    return path.normalize(resolved.resolvedFileName);
  }

  /** The compiler options of the nearest tsconfig.json or jsconfig.json (its `paths` and `baseUrl`). */
  private optionsFor(directory: string): { options: ts.CompilerOptions; cache: ts.ModuleResolutionCache } {
    const config = this.configFileOf(directory);
    const cached = this.compilerOptions.get(config);
    if (cached) return cached;
    let options: ts.CompilerOptions = { allowJs: true, jsx: ts.JsxEmit.Preserve };
    if (config) {
      const { config: json } = ts.readConfigFile(config, ts.sys.readFile);
      // Only the options: listing the project's files is not needed to resolve a module.
      const host: ts.ParseConfigHost = { ...ts.sys, readDirectory: () => [] };
      const parsed = ts.parseJsonConfigFileContent(json ?? {}, host, path.dirname(config));
      options = { ...parsed.options, allowJs: true };
      if (options.moduleResolution === undefined) options.moduleResolution = ts.ModuleResolutionKind.Node10;
    }
    // One resolution cache per set of options, as TypeScript requires.
    const entry = {
      options,
      cache: ts.createModuleResolutionCache(path.dirname(config || directory), (name) => name, options),
    };
    this.compilerOptions.set(config, entry);
    return entry;
  }

  /**
   * The nearest tsconfig.json (or else jsconfig.json) above `directory`, as TypeScript's
   * `findConfigFile` finds it, '' for none; each folder looked at once, its parent's answer reused.
   */
  private configFileOf(directory: string): string {
    let config = this.configFiles.get(directory);
    if (config === undefined) {
      const parent = path.dirname(directory);
      const tsconfig = path.join(directory, 'tsconfig.json');
      if (ts.sys.fileExists(tsconfig)) config = tsconfig;
      else {
        const above = parent === directory ? '' : this.configFileOf(parent);
        // A tsconfig.json anywhere above wins over a jsconfig.json here.
        const jsconfig = path.join(directory, 'jsconfig.json');
        config = above.endsWith('tsconfig.json') || !ts.sys.fileExists(jsconfig) ? above : jsconfig;
      }
      this.configFiles.set(directory, config);
    }
    return config;
  }

  /** An open editor's text, or the file read as any source file is (no device, binary or huge file). */
  private read(fileName: string): string | undefined {
    const open = this.options.readText?.(fileName);
    if (open !== undefined) return open;
    const read = readSourceTextSync(fileName, DEFAULT_MAX_FILE_SIZE);
    return 'text' in read ? read.text : undefined;
  }
}

/** Messages by key; a catalog's also by FormatJS id (`formatMessage({ id })`). */
function byKey(catalog: readonly CatalogMessage[], ids: boolean): Messages {
  const map = new Map<string, CatalogMessage>();
  for (const message of catalog) {
    map.set(message.key, message);
    if (ids && message.id !== undefined) map.set(message.id, message);
  }
  return map;
}
