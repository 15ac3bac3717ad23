/**
 * Reading a file from the workspace without trusting it: only a regular file (a symlink to
 * `/dev/zero` or `/dev/urandom`, a named pipe or a socket is refused, since `stat` says 0 bytes
 * for them and reading would not end), and never more than a cap, whatever `stat` said (files
 * in /proc, a file growing while read). A named pipe is opened without blocking, so merely
 * opening one cannot hang.
 */
import { constants, promises as fs } from 'node:fs';

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
  let handle;
  try {
    handle = await fs.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UnreadableFileError((error as Error).message, code);
  }
  try {
    const stat = await handle.stat();
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
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new UnreadableFileError(`it is larger than ${maxBytes} bytes`, 'too-large');
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
