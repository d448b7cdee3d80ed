// The search over flat prose ranges says what a look at every range says: is an offset in or right after one.

import * as assert from 'assert';
import fc from 'fast-check';
import { withinOrAtEnd } from '../../server/src/core/analysis/queries';

/** Sorted, disjoint ranges as the model keeps its prose: flat `start, end` pairs, touching ranges already merged. */
const pairs = fc.uniqueArray(fc.nat({ max: 80 }), { maxLength: 30 }).map((offsets) => {
  const sorted = offsets.sort((a, b) => a - b);
  return Int32Array.from(sorted.length % 2 === 0 ? sorted : sorted.slice(1));
});

/** The definition: some range starts before the offset and ends at or after it. */
function lookedAtEveryRange(flat: Int32Array, offset: number): boolean {
  for (let i = 0; i < flat.length; i += 2) if (flat[i] < offset && offset <= flat[i + 1]) return true;
  return false;
}

describe('withinOrAtEnd', () => {
  it('equals a look at every range, for every offset, edges and outside included', () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: -2, max: 85 }), (flat, offset) => {
        assert.strictEqual(withinOrAtEnd(flat, offset), lookedAtEveryRange(flat, offset));
      }),
      { numRuns: 5000 },
    );
  });

  it('counts the end of a range in and its start out', () => {
    const flat = Int32Array.from([3, 7, 10, 12]);
    assert.deepStrictEqual([2, 3, 4, 7, 8, 10, 11, 12, 13].map((offset) => withinOrAtEnd(flat, offset)), [false, false, true, true, false, false, true, true, false]);
  });
});
