// PatternSpellings gives the text of each occurrence, as slicing the text does, whatever spellings came before.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { PatternSpellings } from '../../server/src/core/lexicon/patternSpellings';

/** Slices `text` at each of `occurrences` ([start, end, pattern id]) through one PatternSpellings, as `text.slice` would. */
function check(text: string, occurrences: ReadonlyArray<readonly [number, number, number]>): void {
  const spellings = new PatternSpellings(3);
  for (const [start, end, id] of occurrences) assert.strictEqual(spellings.slice(text, start, end, id), text.slice(start, end));
}

describe('PatternSpellings', () => {
  it('gives the same and different spellings of one pattern, and of several', () => {
    const text = 'State state STATE Stat States State';
    check(text, [[0, 5, 0], [6, 11, 0], [12, 17, 0], [30, 35, 0], [18, 22, 1], [23, 29, 1], [0, 5, 1], [0, 0, 2], [0, 5, 2]]);
  });

  it('gives what slicing gives on random texts and occurrences', () => {
    const cases = fc.string({ unit: fc.constantFrom('a', 'A', 'b', ' ', 'é', '\ud83d', '\ude00'), maxLength: 30 }).chain((text) =>
      fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.nat(2)).map(([a, b, id]) => [Math.min(a, b), Math.max(a, b), id] as const), { maxLength: 20 }).map((occurrences) => ({ text, occurrences })),
    );
    fc.assert(fc.property(cases, ({ text, occurrences }) => check(text, occurrences)), { numRuns: 500 });
  });
});
