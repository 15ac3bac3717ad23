/** A one-line progress bar on stderr, only when stderr is a terminal (never in CI logs or pipes). */
export function progressBar(enabled: boolean): { update(done: number, total: number): void; end(): void } {
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (!enabled || (now - last < 100 && done < total)) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    },
    end() {
      if (shown) process.stderr.write('\r\u001b[2K');
    },
  };
}
