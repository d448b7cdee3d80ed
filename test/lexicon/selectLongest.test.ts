// selectLongest keeps what the plain reference keeps: the longest candidates, leftmost on ties, none overlapping.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { Candidates } from '../../server/src/core/lexicon/candidate';
import { selectLongest } from '../../server/src/core/lexicon/selectLongest';
import { referenceSelectLongest } from './reference/referenceMatcher';

/** Checks `spans` ([start, end] in the stream, in the scan's order: by end, then longest first) against the reference. */
function check(spans: ReadonlyArray<readonly [number, number]>, length: number): void {
  const candidates = new Candidates();
  spans.forEach(([start, end], id) => candidates.push(start, end, id, start, end));
  const kept = Array.from(selectLongest(candidates, length), (index) => spans[index]);
  const expected = referenceSelectLongest(spans.map(([start, end]) => ({ start, end })), length).map(({ start, end }) => [start, end]);
  assert.deepStrictEqual(kept, expected);
}

/** Spans in the scan's order. */
const byEnd = (spans: Array<[number, number]>): Array<[number, number]> => spans.sort((a, b) => a[1] - b[1] || a[0] - b[0]);

describe('selectLongest', () => {
  it('keeps the longest, then the leftmost, across the 32-unit words of its bit set', () => {
    check(byEnd([[0, 5], [3, 9], [30, 34], [31, 70], [64, 96], [95, 97], [96, 128], [0, 32]]), 130);
    check(byEnd([[1, 4], [2, 5], [3, 6]]), 6);
    check([], 0);
  });

  it('keeps what the reference keeps for random candidates', () => {
    const length = 200;
    const span = fc.tuple(fc.nat(length - 1), fc.integer({ min: 1, max: 80 })).map(([start, size]): [number, number] => [start, Math.min(length, start + size)]);
    fc.assert(fc.property(fc.uniqueArray(span, { maxLength: 40, selector: ([start, end]) => `${start},${end}` }).map(byEnd), (spans) => check(spans, length)), { numRuns: 1000 });
  });
});
