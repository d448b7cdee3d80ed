// The bracket search that starts from a hint finds what the search over all brackets finds, whatever the hint.

import * as assert from 'assert';
import fc from 'fast-check';
import type { Bracket } from '../../server/src/core/analysis/model';
import { firstBracketFrom, firstBracketFromNear } from '../../server/src/core/analysis/queries';

/** Brackets with only what the search reads: openers in order, some at the same offset; a bracket starts at its opener. */
const brackets = fc.array(fc.nat({ max: 40 }), { maxLength: 60 }).map((offsets) => offsets.sort((a, b) => a - b).map((start) => ({ start, open: { start, end: start + 1 } }) as unknown as Bracket));

describe('firstBracketFromNear', () => {
  it('equals firstBracketFrom for every offset and hint, hints past the end included', () => {
    fc.assert(
      fc.property(brackets, fc.integer({ min: -2, max: 45 }), fc.nat({ max: 70 }), (list, offset, hint) => {
        assert.strictEqual(firstBracketFromNear(list, offset, hint), firstBracketFrom(list, offset));
      }),
      { numRuns: 5000 },
    );
  });
});
