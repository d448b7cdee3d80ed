// Runs a document's diagnostics after typing pauses, and drops a run whose document changed while it waited.

/** What one run does; it checks `isCurrent()` before publishing, since settings are fetched asynchronously. */
export type DiagnosticRun = (uri: string, isCurrent: () => boolean) => Promise<void>;

/**
 * Debounces per document: each change restarts the document's timer, so a burst of keystrokes costs one analysis.
 * A run that is already waiting (for settings) is cancelled by bumping the document's ticket.
 *
 * The pause is half the document's last run time, between `minDelayMs` and `maxDelayMs`: a short text's problems
 * appear at once, a keystroke burst (auto-repeat, a fast typist) still costs one run, and a long text, whose analysis
 * costs more, waits up to `maxDelayMs` for a break in typing. Half, not all of it: the time a delegate waits after a
 * keystroke is the pause plus the run, and the run already stands for the document's size.
 */
export class DiagnosticScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The ticket of each document's latest run; tickets are unique over all documents, so an entry can be deleted. */
  private readonly tickets = new Map<string, number>();
  private lastTicket = 0;
  private readonly lastRunMs = new Map<string, number>();

  constructor(
    private readonly run: DiagnosticRun,
    private readonly maxDelayMs = 150,
    private readonly minDelayMs = 10,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The pause before the next run of `uri`. */
  delayFor(uri: string): number {
    const last = this.lastRunMs.get(uri);
    if (last === undefined) return this.maxDelayMs;
    return Math.round(Math.min(this.maxDelayMs, Math.max(this.minDelayMs, last / 2)));
  }

  /** Schedules a run; `immediate` skips the pause (a document just opened should show its problems at once). */
  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    const ticket = ++this.lastTicket;
    this.tickets.set(uri, ticket);
    const start = () => {
      this.timers.delete(uri);
      const began = this.now();
      void this.run(uri, () => this.tickets.get(uri) === ticket)
        .then(() => this.lastRunMs.set(uri, this.now() - began))
        .catch(() => undefined);
    };
    if (immediate) start();
    else this.timers.set(uri, setTimeout(start, this.delayFor(uri)));
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.cancel(uri);
    this.lastRunMs.delete(uri);
    this.tickets.delete(uri);
  }

  /**
   * Cancels the pending run and any run in progress for `uri`. Nothing is kept for the document afterwards, so a
   * server that opens and closes thousands of documents does not grow.
   */
  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(uri);
    this.tickets.delete(uri);
  }

  /** Cancels everything (shutdown). */
  dispose(): void {
    for (const uri of [...this.timers.keys()]) this.cancel(uri);
  }
}
