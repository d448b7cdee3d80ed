// Shared strings: always the slice asked for, and one object for a repeated one.

import * as assert from 'assert';
import fc from 'fast-check';
import { SharedStrings } from '../../server/src/core/text/sharedStrings';

describe('shared strings', () => {
  it('gives exactly text.slice(start, end) for any text and range, whatever came before', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }), (text, ranges) => {
        const strings = new SharedStrings();
        for (const [a, b] of ranges) {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 1));
          assert.strictEqual(strings.slice(text, start, end), text.slice(start, end));
        }
      }),
    );
  });

  it('makes a repeated short string once, read from anywhere in the text', () => {
    // String identity cannot be seen from JavaScript; the number of slices made can.
    const strings = new SharedStrings();
    const text = '{US} and {US}; (a) then (a); a long name of more than forty-eight characters, twice';
    const slice = String.prototype.slice;
    let made = 0;
    String.prototype.slice = function (this: string, ...args: Parameters<string['slice']>) {
      made++;
      return slice.apply(this, args);
    };
    try {
      const results = [strings.slice(text, 1, 3), strings.slice(text, 10, 12), strings.slice(text, 15, 18), strings.slice(text, 24, 27), strings.slice(text, 28, 84), strings.slice(text, 28, 84)];
      assert.deepStrictEqual(results.slice(0, 4), ['US', 'US', '(a)', '(a)']);
      // `US` and `(a)` once each; the long string both times.
      assert.strictEqual(made, 1 + 1 + 2);
    } finally {
      String.prototype.slice = slice;
    }
  });
});
