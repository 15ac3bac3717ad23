/**
 * The CLI's own files. Reading (baselines, shard reports): only a regular file, and a parse
 * error that says where without quoting the file (it may be any file on the machine). Writing:
 * every file the CLI writes (reports, the cache, baselines) is written whole or not at all: into
 * a temporary file in the same folder, then renamed over the target, so a run killed half-way,
 * a full disk or two runs at once never leave a half-written report or cache. A target that
 * exists and is not a regular file (`/dev/stdout`, a named pipe) is written in place: renaming
 * over it would replace the device. A write that fails is a WriteError naming the path and why,
 * in one line.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './usage.js';
import { jsonErrorWithoutText } from '../core/index.js';

/** A JSON file the user named (`what` says which, for messages); throws UsageError. */
export function readJsonFile(file: string, what: string): unknown {
  let text: string;
  try {
    if (!statSync(file).isFile()) throw new UsageError(`Cannot read ${what} ${file}: it is not a regular file`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read ${what} ${file}: ${reason(error)}`);
  }
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    throw new UsageError(`${what} ${file} is not JSON${jsonErrorWithoutText(error as Error, json)}`);
  }
}

export class WriteError extends Error {
  override readonly name = 'WriteError';
}

const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'over the disk quota',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a folder on its path is a file',
  ENAMETOOLONG: 'the name is too long',
  EEXIST: 'a file is in the way of a folder on its path',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** Writes `chunks` to `file` atomically (see above); throws WriteError. */
export function writeFileAtomic(file: string, chunks: Iterable<string>): void {
  let existing;
  try {
    existing = statSync(file);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new WriteError(`Cannot write ${file}: it is a folder`);
  if (existing && !existing.isFile()) {
    writeAll(file, chunks, 'w');
    return;
  }
  const temporary = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    throw new WriteError(`Cannot write ${file}: ${reason(error)}`);
  }
  try {
    writeAll(temporary, chunks, 'wx', existing?.mode);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // never created, or already renamed
    }
    throw new WriteError(
      error instanceof WriteError ? error.message.replace(temporary, file) : `Cannot write ${file}: ${reason(error)}`,
    );
  }
}

function writeAll(file: string, chunks: Iterable<string>, flags: string, mode?: number): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, flags, mode === undefined ? 0o666 : mode & 0o7777);
    for (const chunk of chunks) writeSync(fd, chunk);
    if (flags === 'wx') fsyncSync(fd);
  } catch (error) {
    throw new WriteError(`Cannot write ${file}: ${reason(error)}`);
  } finally {
    if (fd !== undefined)
      try {
        closeSync(fd);
      } catch {
        // the write already failed or succeeded; nothing more to learn from close
      }
  }
}
