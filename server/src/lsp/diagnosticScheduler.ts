// Runs a document's diagnostics after typing pauses, and drops a run whose document changed while it waited.

/** What one run does; it checks `isCurrent()` before publishing, since settings are fetched asynchronously. */
export type DiagnosticRun = (uri: string, isCurrent: () => boolean) => Promise<void>;

/**
 * Debounces per document: each change restarts the document's timer, so a burst of keystrokes costs one analysis.
 * A run that is already waiting (for settings) is cancelled by bumping the document's ticket.
 */
export class DiagnosticScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly tickets = new Map<string, number>();

  constructor(
    private readonly run: DiagnosticRun,
    private readonly delayMs = 150,
  ) {}

  /** Schedules a run; `immediate` skips the pause (a document just opened should show its problems at once). */
  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const ticket = (this.tickets.get(uri) ?? 0) + 1;
    this.tickets.set(uri, ticket);
    const start = () => {
      this.timers.delete(uri);
      void this.run(uri, () => this.tickets.get(uri) === ticket).catch(() => undefined);
    };
    if (immediate) start();
    else this.timers.set(uri, setTimeout(start, this.delayMs));
  }

  /** Cancels the pending run and any run in progress for `uri`. */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
    this.tickets.set(uri, (this.tickets.get(uri) ?? 0) + 1);
  }

  /** Cancels everything (shutdown). */
  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
