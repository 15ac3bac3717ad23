/**
 * Gathers items into as few calls as it can, one call at a time: the first item starts a short
 * wait (`delayMs`), so that a burst (a checkout or a formatter changing hundreds of files at
 * once) becomes one call, and items that come while a call runs go together in the next one.
 * An item added twice before its call goes once. No VS Code here, so the unit tests reach it.
 */
export class Batcher<T> {
  private readonly pending = new Set<T>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  /** `run` gets each batch; it must not throw (what fails is its to report). */
  constructor(
    private readonly run: (items: T[]) => Promise<void>,
    private readonly delayMs = 300,
  ) {}

  add(item: T): void {
    this.pending.add(item);
    this.schedule();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.running || this.pending.size === 0) return;
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const items = [...this.pending];
    this.pending.clear();
    this.running = true;
    try {
      await this.run(items);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
