// Runs an action once calls to it have paused: a burst of calls costs one run, after the last.

/** Calls `action` once no call has come for `pauseMs`; each call restarts the wait. */
export class Debounced {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly action: () => void,
    private readonly pauseMs: number,
  ) {}

  call(): void {
    this.dispose();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.action();
    }, this.pauseMs);
  }

  /** Cancels the waiting run, if any. */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
