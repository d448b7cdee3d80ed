// The hand-written clause tests agree with the regular expressions they replace, on any string.

import * as assert from 'assert';
import fc from 'fast-check';
import { hasIrregularSpace, isWords } from '../../server/src/core/analysis/clauseText';

const pieces = fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u2003', '\u3000', 'é', 'ü', '中', ',', ':', '1', '-', '😀');
const clauseLike = fc.oneof(fc.string({ maxLength: 30 }), fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')));

describe('clause text tests', () => {
  it('isWords is /^[\\p{L} ]+$/u on the trimmed text between two offsets', () => {
    fc.assert(
      fc.property(clauseLike, fc.nat(30), fc.nat(30), (raw, cut, skip) => {
        const end = Math.min(cut, raw.length);
        const start = Math.min(skip, end);
        assert.strictEqual(isWords(raw, start, end), /^[\p{L} ]+$/u.test(raw.slice(start, end).trim()), JSON.stringify(raw.slice(start, end)));
      }),
      { numRuns: 3000 },
    );
  });

  it('hasIrregularSpace is /\\s\\s|[\\t\\n\\r]/', () => {
    fc.assert(
      fc.property(clauseLike, (raw) => {
        assert.strictEqual(hasIrregularSpace(raw), /\s\s|[\t\n\r]/.test(raw), JSON.stringify(raw));
      }),
      { numRuns: 3000 },
    );
  });
});
