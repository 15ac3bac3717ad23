/**
 * The files and VS Code language ids Touchpoint reads, apart from the parsers: the extension
 * imports this alone, without loading the engine.
 */
import type { SourceLanguage } from '../model.js';

/** Every file extension Touchpoint reads, with its language: the one list the faces use. */
const EXTENSIONS: Readonly<Record<string, SourceLanguage>> = {
  '.html': 'html',
  '.htm': 'html',
  '.jsx': 'jsx',
  '.tsx': 'tsx',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.json': 'json',
};

/**
 * The file extensions of source files Touchpoint reads (`.html`, `.tsx`, `.mts`, …). JSON is
 * read only as a message catalog, found through the config's `messages`, not in this list.
 */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.freeze(
  Object.keys(EXTENSIONS).filter((extension) => extension !== '.json'),
);

/**
 * A glob matching every file Touchpoint reads, built from SUPPORTED_EXTENSIONS: the config's
 * default `include`, and what the extension's workspace review finds and watches.
 */
export const SOURCE_GLOB = `**/*.{${SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1)).join(',')}}`;

/** The language of a file by its name, or undefined when Touchpoint does not read it. */
export function languageForFile(fileName: string): SourceLanguage | undefined {
  if (/\.d\.[mc]?ts$/i.test(fileName)) return undefined;
  const match = /\.[a-z]+$/i.exec(fileName);
  const extension = match?.[0].toLowerCase();
  return extension !== undefined && Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : undefined;
}

/** VS Code language ids to source languages. */
export const LANGUAGE_IDS: Readonly<Record<string, SourceLanguage>> = {
  html: 'html',
  javascriptreact: 'jsx',
  typescriptreact: 'tsx',
  javascript: 'js',
  typescript: 'ts',
};

/** The VS Code language ids Touchpoint checks (the extension's document selectors and activation). */
export const SUPPORTED_LANGUAGE_IDS: readonly string[] = Object.freeze(Object.keys(LANGUAGE_IDS));
