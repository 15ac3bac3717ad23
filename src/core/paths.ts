/**
 * File names as reports show them. No engine code here: the extension host imports it (the
 * architecture test's light modules).
 */
import * as path from 'node:path';

/** `fileName` relative to `root` with `/` separators; as given when outside it (or no root). */
export function relativePath(root: string, fileName: string): string {
  const relative = root ? path.relative(root, fileName) : '';
  return (relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : fileName)
    .split(path.sep)
    .join('/');
}
