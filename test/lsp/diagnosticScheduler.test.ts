// The diagnostics scheduler: a burst of changes runs once (the last), and a newer change cancels a run in progress.

import * as assert from 'assert';
import { DiagnosticScheduler } from '../../server/src/lsp/diagnosticScheduler';

/** A run recorder: each call is kept with its `isCurrent`, and `next()` resolves on the next call. */
function recorder() {
  const calls: Array<() => boolean> = [];
  let wake: (() => void) | undefined;
  return {
    calls,
    run: async (_uri: string, isCurrent: () => boolean) => {
      calls.push(isCurrent);
      wake?.();
    },
    next: () => new Promise<void>((resolve) => (wake = resolve)),
  };
}

/**
 * Runs that take `takes` of a fake clock (and report `onceOnlyMs` of it as once-only work); `scheduled` schedules a
 * change and resolves once its run is over, `next` on the next run.
 */
function timedRuns(takes: Map<string, number>, advance: (ms: number) => void, onceOnlyMs?: number) {
  const done: string[] = [];
  let wake: (() => void) | undefined;
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  return {
    done,
    next,
    run: async (uri: string) => {
      advance(takes.get(uri)!);
      done.push(uri);
      // The scheduler reads the clock once this promise settles; the waiter wakes after that.
      setImmediate(() => wake?.());
      return onceOnlyMs;
    },
    async scheduled(scheduler: DiagnosticScheduler, uri: string) {
      const ran = next();
      scheduler.schedule(uri);
      await ran;
    },
  };
}

describe('diagnostic scheduler', () => {
  it('debounces: of three quick schedules only the last one runs', async () => {
    const runs = recorder();
    const scheduler = new DiagnosticScheduler(runs.run, 5);
    const called = runs.next();
    scheduler.schedule('u');
    scheduler.schedule('u');
    scheduler.schedule('u');
    await called;
    // Had an earlier timer survived, it would have fired first, with a run that is no longer current.
    assert.strictEqual(runs.calls.length, 1);
    assert.strictEqual(runs.calls[0](), true);
    scheduler.dispose();
  });

  it('a change cancels the run in progress; another document is not affected', () => {
    const runs = recorder();
    const scheduler = new DiagnosticScheduler(runs.run, 1000);
    scheduler.schedule('a', true);
    scheduler.schedule('b', true);
    const [a, b] = runs.calls;
    assert.strictEqual(a(), true);
    scheduler.schedule('a');
    assert.strictEqual(a(), false, 'the older run of a is cancelled');
    assert.strictEqual(b(), true);
    scheduler.cancel('b');
    assert.strictEqual(b(), false);
    scheduler.dispose();
  });

  it('pauses for half the last run time, between the bounds, unless runs are quick', async () => {
    let clock = 0;
    const runTakes = new Map([['short', 4], ['medium', 120], ['long', 2000]]);
    const runs = timedRuns(runTakes, (ms) => (clock += ms));
    const scheduler = new DiagnosticScheduler(runs.run, 150, 10, () => clock);
    for (const uri of runTakes.keys()) await runs.scheduled(scheduler, uri);
    assert.deepStrictEqual(runs.done, ['short', 'medium', 'long']);
    // The last changes were long ago: no pause for a quick document, half its run (in bounds) for a slow one.
    clock += 5000;
    assert.strictEqual(scheduler.delayFor('short'), 0);
    assert.strictEqual(scheduler.delayFor('medium'), 60);
    assert.strictEqual(scheduler.delayFor('long'), 150);
    scheduler.dispose();
  });

  it("does not take the open's run for the document's pace: its code ran cold", async () => {
    let clock = 0;
    const runs = timedRuns(new Map([['u', 400]]), (ms) => (clock += ms));
    const scheduler = new DiagnosticScheduler(runs.run, 150, 10, () => clock);
    scheduler.schedule('u', true); // the open: 400 ms, most of it code not yet optimised
    await runs.next();
    clock += 5000;
    assert.strictEqual(scheduler.delayFor('u'), 0, 'the first keystroke runs at once: its run tells the pace');
    scheduler.schedule('u');
    clock += 3; // a change 3 ms later is part of a burst: the full pause, as no run is measured yet
    assert.strictEqual(scheduler.delayFor('u'), 150);
    scheduler.dispose();
  });

  it('runs the first change after a quiet spell at once, and pauses for the next ones of the burst', async () => {
    let clock = 0;
    const runs = timedRuns(new Map([['u', 4]]), (ms) => (clock += ms));
    const scheduler = new DiagnosticScheduler(runs.run, 150, 10, () => clock);
    await runs.scheduled(scheduler, 'u'); // a change whose run takes 4 ms
    clock = 5000;
    assert.strictEqual(scheduler.delayFor('u'), 0);
    scheduler.schedule('u');
    clock = 5003; // 3 ms later, a change would be part of a burst: it waits for the pause
    assert.strictEqual(scheduler.delayFor('u'), 10);
    scheduler.schedule('u'); // the keystroke
    clock = 5050; // 47 ms after that keystroke: still within the 50 ms that make a burst
    assert.strictEqual(scheduler.delayFor('u'), 10);
    clock = 5103; // 100 ms after it: quiet again
    assert.strictEqual(scheduler.delayFor('u'), 0);
    scheduler.dispose();
  });

  it('leaves the once-only work a run reports (the lexicon read again after an edit) out of the run time', async () => {
    let clock = 0;
    // The run reads the lexicon (300 ms) and analyses the draft (8 ms).
    const runs = timedRuns(new Map([['u', 308]]), (ms) => (clock += ms), 300);
    const scheduler = new DiagnosticScheduler(runs.run, 150, 10, () => clock);
    await runs.scheduled(scheduler, 'u');
    clock += 5000;
    assert.strictEqual(scheduler.delayFor('u'), 0, 'an 8 ms document: the next keystroke runs at once');
    scheduler.schedule('u');
    clock += 3;
    assert.strictEqual(scheduler.delayFor('u'), 10, 'a burst still waits, for the shortest pause');
    scheduler.dispose();
  });

  it('keeps the pause while another document waits for its run (a busy server)', async () => {
    let clock = 0;
    const scheduler = new DiagnosticScheduler(async () => undefined, 150, 10, () => clock);
    scheduler.schedule('a', true);
    scheduler.schedule('b', true);
    await new Promise((resolve) => setImmediate(resolve));
    clock = 5000;
    assert.strictEqual(scheduler.delayFor('a'), 0);
    scheduler.schedule('b'); // b waits for its run (no pause for it either, but its timer is set)
    assert.strictEqual(scheduler.delayFor('a'), 150, 'the full pause: no run of a has been measured');
    scheduler.dispose();
  });
});
