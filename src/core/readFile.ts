/**
 * Reading a file from the workspace without trusting it: only a regular file (a symlink to
 * `/dev/zero` or `/dev/urandom`, a named pipe or a socket is refused, since `stat` says 0 bytes
 * for them and reading would not end), and never more than a cap, whatever `stat` said (files
 * in /proc, a file growing while read). A named pipe is opened without blocking, so merely
 * opening one cannot hang.
 *
 * The reads are synchronous (the callers run in worker threads, or read a small config): for the
 * small files of a review, four asynchronous calls a file (open, stat, read, close) cost more
 * than the reading, about a fifth of a lint worker's time on a real TSX app.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export class UnreadableFileError extends Error {
  override readonly name = 'UnreadableFileError';
  constructor(
    message: string,
    /** `too-large`, `folder`, `not-a-file` (a device, pipe or socket), or the system's error code (ENOENT, EACCES…). */
    readonly reason: string,
  ) {
    super(message);
  }
}

const KINDS: ReadonlyArray<[keyof import('node:fs').Stats, string]> = [
  ['isFIFO', 'a named pipe'],
  ['isCharacterDevice', 'a device'],
  ['isBlockDevice', 'a device'],
  ['isSocket', 'a socket'],
];

/** The file's bytes; throws UnreadableFileError when it is not a regular file or is over `maxBytes`. */
export async function readRegularFile(file: string, maxBytes: number): Promise<Buffer> {
  return readRegularFileSync(file, maxBytes);
}

/** readRegularFile, for callers that cannot wait (the message resolver, inside a lint). */
export function readRegularFileSync(file: string, maxBytes: number): Buffer {
  let handle: number;
  try {
    handle = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableFileError((error as Error).message, code);
  }
  try {
    const stat = fstatSync(handle);
    if (stat.isDirectory()) throw new UnreadableFileError('it is a folder', 'folder');
    if (!stat.isFile()) {
      const kind = KINDS.find(([test]) => (stat[test] as () => boolean).call(stat))?.[1] ?? 'not a regular file';
      throw new UnreadableFileError(`it is ${kind}, not a regular file`, 'not-a-file');
    }
    if (stat.size > maxBytes) throw new UnreadableFileError(`it is larger than ${maxBytes} bytes`, 'too-large');
    // One byte more than the size tells the end from a file that grew; one more than the cap, a
    // file over it. The buffer grows for a file that is longer than its size said.
    let buffer = Buffer.alloc(Math.min(maxBytes + 1, stat.size + 1));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) break;
        const larger = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2 + 64 * 1024));
        buffer.copy(larger, 0, 0, length);
        buffer = larger;
      }
      const bytesRead = readSync(handle, buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new UnreadableFileError(`it is larger than ${maxBytes} bytes`, 'too-large');
    return buffer.subarray(0, length);
  } finally {
    closeSync(handle);
  }
}

/** Decodes file bytes as UTF-8 (a BOM is dropped, as editors do). */
export function decodeText(bytes: Uint8Array): string {
  return new TextDecoder(unicodeEncoding(bytes) ?? 'utf-8').decode(bytes);
}

/** UTF-16 by its byte-order mark (Windows editors save it), else undefined. UTF-32's is not UTF-16's. */
function unicodeEncoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && !(bytes[2] === 0 && bytes[3] === 0)) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** NUL bytes in the first 8 KB, as git decides (UTF-16 text has them, and is not binary). */
export function looksBinary(bytes: Uint8Array): boolean {
  return unicodeEncoding(bytes) === undefined && bytes.subarray(0, 8192).includes(0);
}

/** “2 MB”, “512 KB”: a size limit in notices. */
function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  // Under 10 KB the bytes themselves: a 500-byte limit is not a “0 KB” one.
  return bytes >= 10 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Why a file was not read as source text, as a notice says it. */
export interface Unread {
  readonly code: 'not-checked';
  readonly severity: 'info' | 'warning';
  readonly message: string;
}

/**
 * A source file's text, every check of reading in one place: a regular file (no device, pipe
 * or socket), at most `maxFileSize` bytes, not binary, decoded (UTF-8, or UTF-16 by its BOM).
 */
export async function readSourceText(file: string, maxFileSize: number): Promise<{ text: string } | Unread> {
  return readSourceTextSync(file, maxFileSize);
}

/** readSourceText, for callers that cannot wait. */
export function readSourceTextSync(file: string, maxFileSize: number): { text: string } | Unread {
  try {
    return textOf(readRegularFileSync(file, maxFileSize));
  } catch (error) {
    if (error instanceof UnreadableFileError && error.reason === 'too-large')
      return { code: 'not-checked', severity: 'info', message: tooLargeMessage(maxFileSize) };
    if (error instanceof UnreadableFileError && error.reason === 'not-a-file')
      return { code: 'not-checked', severity: 'warning', message: `This was not checked: ${error.message}` };
    return {
      code: 'not-checked',
      severity: 'warning',
      message: `The file could not be read (${(error as Error).message})`,
    };
  }
}

/** Bytes as source text: not binary, decoded (an editor's buffer; the size is lint's to judge). */
export function textOf(bytes: Uint8Array): { text: string } | Unread {
  if (looksBinary(bytes))
    return { code: 'not-checked', severity: 'info', message: 'This looks like a binary file, so it was not checked' };
  return { text: decodeText(bytes) };
}

/** The “not checked” note of a file over `maxFileSize`, in reading and in lint alike. */
export function tooLargeMessage(maxFileSize: number): string {
  return `This file is larger than the ${formatBytes(maxFileSize)} limit (maxFileSize), so it was not checked`;
}
