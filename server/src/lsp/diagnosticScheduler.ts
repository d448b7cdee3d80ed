// Runs a document's diagnostics after typing pauses, and drops a run whose document changed while it waited.

/**
 * A change after this long without one is taken for a single edit, not part of a burst. Keystrokes further apart
 * than the pause get a run each anyway (people type five to ten characters a second); this spares them the pause.
 * Auto-repeat (about 30 a second) and scripted edits come faster, and keep it.
 */
const QUIET_MS = 50;

/**
 * What one run does; it checks `isCurrent()` before publishing, since settings are fetched asynchronously. It may
 * give back the milliseconds it spent on once-only work (reading data files), which the next version's run will not
 * pay and which is therefore left out of the run time that sets the pause.
 */
export type DiagnosticRun = (uri: string, isCurrent: () => boolean) => Promise<number | void>;

/**
 * Debounces per document: each change restarts the document's timer, so a burst of keystrokes costs one analysis.
 * A run that is already waiting (for settings) is cancelled by bumping the document's ticket.
 *
 * The pause is half the document's last run time, between `minDelayMs` and `maxDelayMs`: a short text's problems
 * appear at once, a keystroke burst (auto-repeat, a fast typist) still costs one run, and a long text, whose analysis
 * costs more, waits up to `maxDelayMs` for a break in typing. Half, not all of it: the time a delegate waits after a
 * keystroke is the pause plus the run, and the run already stands for the document's size. The run time leaves out
 * the once-only work the run reports (the lexicon read at open), which says nothing of the document's size.
 *
 * No pause at all for the first change after a quiet spell (no change for `QUIET_MS`, nor for the pause) when the
 * document's runs take at most `immediateRunLimitMs` and no other document waits for its run: a single edit (a
 * bracket accepted, a word fixed) shows its problems as soon as they are known, and a burst costs one run more, at
 * its start. A slower document keeps the pause, as a run then blocks the server (completion, hover) for longer than
 * a keystroke; so does a busy server, where changes reach the scheduler spaced out by the runs themselves.
 */
export class DiagnosticScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** The ticket of each document's latest run; tickets are unique over all documents, so an entry can be deleted. */
  private readonly tickets = new Map<string, number>();
  private lastTicket = 0;
  private readonly lastRunMs = new Map<string, number>();
  private readonly lastChangeAt = new Map<string, number>();

  constructor(
    private readonly run: DiagnosticRun,
    private readonly maxDelayMs = 150,
    private readonly minDelayMs = 10,
    private readonly now: () => number = () => performance.now(),
    private readonly immediateRunLimitMs = 100,
  ) {}

  /** The pause a change of `uri` made now would wait before its run. */
  delayFor(uri: string): number {
    const last = this.lastRunMs.get(uri);
    const pause = last === undefined ? this.maxDelayMs : Math.round(Math.min(this.maxDelayMs, Math.max(this.minDelayMs, last / 2)));
    const lastChange = this.lastChangeAt.get(uri);
    const quiet = lastChange === undefined || this.now() - lastChange >= Math.max(pause, QUIET_MS);
    const idle = this.timers.size === 0 || (this.timers.size === 1 && this.timers.has(uri));
    // A document with no run measured yet is taken for a quick one: its first run tells.
    const quick = last === undefined || last <= this.immediateRunLimitMs;
    return quiet && idle && quick ? 0 : pause;
  }

  /**
   * Schedules a run; `immediate` skips the pause (a document just opened should show its problems at once). An
   * immediate run is not taken as the document's pace: at open, its code has not run yet or has not been optimised
   * for it (the 1 MB draft's analysis took 140-160 ms there and 30-40 ms at the next versions), and counting it made
   * the first keystroke wait the longest pause.
   */
  schedule(uri: string, immediate = false): void {
    const delay = this.delayFor(uri);
    this.lastChangeAt.set(uri, this.now());
    this.cancel(uri);
    const ticket = ++this.lastTicket;
    this.tickets.set(uri, ticket);
    const start = () => {
      this.timers.delete(uri);
      const began = this.now();
      void this.run(uri, () => this.tickets.get(uri) === ticket)
        .then((onceOnlyMs) => {
          if (!immediate) this.lastRunMs.set(uri, Math.max(0, this.now() - began - (onceOnlyMs ?? 0)));
        })
        .catch(() => undefined);
    };
    if (immediate) start();
    // Even without a pause, a timer: the changes already waiting in the connection's queue join this run.
    else this.timers.set(uri, setTimeout(start, delay));
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.cancel(uri);
    this.lastRunMs.delete(uri);
    this.lastChangeAt.delete(uri);
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
