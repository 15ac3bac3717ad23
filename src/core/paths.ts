/**
 * File names as reports show them. No engine code here: the extension host imports it (the
 * architecture test's light modules).
 */
import * as path from 'node:path';

/** Whether `fileName` lies inside the folder `root` (not the folder itself). */
export function isInside(root: string, fileName: string): boolean {
  const relative = path.relative(root, fileName);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** `fileName` relative to `root` with `/` separators; as given when outside it (or no root). */
export function relativePath(root: string, fileName: string): string {
  return (root && isInside(root, fileName) ? path.relative(root, fileName) : fileName).split(path.sep).join('/');
}
