// The warm-up after a long draft's first check: once per server, a version per task, stopped at shutdown.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import type { Analysis } from '../../server/src/lsp/analyses';
import { EditWarmUp, sampleOf } from '../../server/src/lsp/editWarmUp';
import { generateText } from '../performance/generateText';

const registry = builtinRegistry();

/** What the warm-up reads of a check: the draft's model, context and settings. */
function checkOf(text: string): Analysis {
  return { model: analyze(text, { delegations: registry }), context: { options: { delegations: registry }, registry, missing: [] }, settings: { severities: {} } } as unknown as Analysis;
}

/** A scheduler that keeps the tasks for the test to run. */
function taskQueue(): { schedule: (task: () => void) => void; tasks: Array<() => void>; runAll: () => number } {
  const tasks: Array<() => void> = [];
  return {
    schedule: (task) => void tasks.push(task),
    tasks,
    runAll: () => {
      let ran = 0;
      while (tasks.length > 0) {
        tasks.shift()!();
        ran++;
      }
      return ran;
    },
  };
}

const LONG = generateText(150 * 1024, { seed: 3 });

describe('LSP edit warm-up', () => {
  it('leaves a short draft alone', () => {
    const queue = taskQueue();
    new EditWarmUp(queue.schedule, 5).afterCheck(checkOf(generateText(20 * 1024)));
    assert.strictEqual(queue.tasks.length, 0);
  });

  it('after a long draft is first checked, analyses the versions one task at a time, once per server', () => {
    const queue = taskQueue();
    const warmUp = new EditWarmUp(queue.schedule, 5);
    warmUp.afterCheck(checkOf(LONG));
    assert.strictEqual(warmUp.rounds, 0, 'nothing is analysed before the check has returned');
    assert.strictEqual(queue.tasks.length, 1);
    queue.tasks.shift()!();
    assert.strictEqual(warmUp.rounds, 1);
    assert.strictEqual(queue.tasks.length, 1, 'the next version is a task of its own');
    assert.strictEqual(queue.runAll(), 4);
    assert.strictEqual(warmUp.rounds, 5);
    warmUp.afterCheck(checkOf(LONG));
    assert.strictEqual(queue.tasks.length, 0, 'a second long draft does not start it again');
  });

  it('stops for good when told (at shutdown, at the first edit)', () => {
    const queue = taskQueue();
    const warmUp = new EditWarmUp(queue.schedule, 5);
    warmUp.afterCheck(checkOf(LONG));
    queue.tasks.shift()!();
    queue.tasks.shift()!();
    warmUp.stop();
    queue.runAll();
    assert.strictEqual(warmUp.rounds, 2);
    warmUp.afterCheck(checkOf(LONG));
    assert.strictEqual(queue.tasks.length, 0);
  });

  it('a version that fails to analyse ends the warm-up quietly', () => {
    const queue = taskQueue();
    const warmUp = new EditWarmUp(queue.schedule, 5);
    const broken = checkOf(LONG) as unknown as { context: { options: object } };
    broken.context.options = { delegations: registry, terms: {} };
    warmUp.afterCheck(broken as unknown as Analysis);
    assert.doesNotThrow(() => queue.runAll());
    assert.strictEqual(warmUp.rounds, 0);
    assert.strictEqual(queue.tasks.length, 0);
  });

  it('lets timers and messages through between versions', async () => {
    const warmUp = new EditWarmUp(undefined, 25);
    warmUp.afterCheck(checkOf(LONG));
    const roundsWhenTimerFired = await new Promise<number>((resolve) => setTimeout(() => resolve(warmUp.rounds), 0));
    assert.ok(roundsWhenTimerFired < 25, `${roundsWhenTimerFired} versions before a timer set at the start fired`);
    warmUp.stop();
  });

  it('samples the start of the draft, cut at a line end', () => {
    const sample = sampleOf(LONG);
    assert.ok(sample.length > 16 * 1024 && sample.length <= 32 * 1024, `${sample.length} characters`);
    assert.ok(LONG.startsWith(sample));
    assert.ok(sample.endsWith('\n'));
    assert.strictEqual(sampleOf('OP1. Short.'), 'OP1. Short.');
  });
});
