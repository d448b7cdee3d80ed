// Growth-ratio checks: doubling the input must roughly double the time (never an absolute time limit).

import * as assert from 'assert';

/**
 * A full collection, where mocha runs with `--expose-gc` (.mocharc.json): each timed run starts from a clean heap.
 * Mocha also runs with a large young generation (`--max-semi-space-size=64`), so that a timed run's objects are not
 * promoted into an old generation full of other tests' data, whose collection would then be timed with it.
 */
const collect: () => void = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

function fastestOf(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    // Without it, the garbage of the tests before (or of the smaller run) can push one size over a collection
    // threshold the other does not reach, which reads as non-linear growth in an algorithm that is linear.
    collect();
    const start = process.hrtime.bigint();
    work();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/**
 * Asserts that `work(make(2n))` takes less than `maxRatio` times `work(make(n))`. The fastest of a few runs is
 * compared, and the comparison is retried, because the machines are shared: a quadratic algorithm fails every try
 * (its ratio is about 4), a linear one passes on a quiet try (about 2).
 */
export function assertLinearGrowth(make: (n: number) => string, n: number, work: (text: string) => void, maxRatio = 3): void {
  const small = make(n);
  const large = make(2 * n);
  const ratios: number[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    work(small); // warm-up
    const ratio = fastestOf(4, () => work(large)) / Math.max(0.05, fastestOf(4, () => work(small)));
    ratios.push(ratio);
    if (ratio < maxRatio) return;
  }
  assert.fail(`time grew by ${ratios.map((r) => r.toFixed(2)).join(', ')} when the input doubled (expected under ${maxRatio})`);
}
