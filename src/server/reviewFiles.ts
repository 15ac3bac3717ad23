/**
 * Which files a workspace review covers: the client finds files matching REVIEW_GLOB
 * (protocol.ts; VS Code minus `files.exclude`); of those, the review keeps what the CLI would
 * review in each workspace folder (the config's include / exclude and skip, `.gitignore`).
 */
import * as path from 'node:path';
import { discoverFiles, languageForFile, DiscoveryError, type ResolvedConfig } from '../core/index.js';

/**
 * Of the files found (absolute paths), those the review covers, sorted: discovered in one of
 * the folders (`roots`, on disk) with the config each folder's files get, and read by core.
 */
export async function reviewableFiles(
  found: readonly string[],
  roots: readonly string[],
  configFor: (file: string) => Promise<ResolvedConfig>,
): Promise<string[]> {
  const allowed = new Set<string>();
  for (const root of roots) {
    try {
      const { files } = await discoverFiles([root], await configFor(path.join(root, 'any')), root);
      for (const file of files) allowed.add(file);
    } catch (error) {
      if (!(error instanceof DiscoveryError)) throw error; // a folder with nothing to review
    }
  }
  return found
    .filter((file) => allowed.has(path.normalize(file)) && languageForFile(file) !== undefined)
    .sort((a, b) => a.localeCompare(b));
}
