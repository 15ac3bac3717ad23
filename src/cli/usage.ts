/** A mistake in how the CLI was called (a flag, a path, a file it was pointed at): exit 2, one line. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
