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

  it('pauses for half the last run time, between the bounds; the full pause before any run', async () => {
    let clock = 0;
    const runTakes = new Map([['short', 4], ['medium', 120], ['long', 2000]]);
    const done: string[] = [];
    const scheduler = new DiagnosticScheduler(
      async (uri) => {
        clock += runTakes.get(uri)!;
        done.push(uri);
      },
      150,
      10,
      () => clock,
    );
    assert.strictEqual(scheduler.delayFor('medium'), 150);
    for (const uri of runTakes.keys()) {
      scheduler.schedule(uri, true);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.deepStrictEqual(done, ['short', 'medium', 'long']);
    assert.strictEqual(scheduler.delayFor('short'), 10);
    assert.strictEqual(scheduler.delayFor('medium'), 60);
    assert.strictEqual(scheduler.delayFor('long'), 150);
    scheduler.dispose();
  });
});
