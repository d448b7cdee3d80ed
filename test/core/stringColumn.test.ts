// StringColumn gives back the strings it was made from, whatever they hold.

import * as assert from 'assert';
import { StringColumn } from '../../server/src/core/text/stringColumn';

function checkColumn(strings: string[]): void {
  const column = new StringColumn(strings);
  assert.deepStrictEqual(Array.from({ length: column.length }, (_, i) => column.at(i)), strings);
}

describe('string column', () => {
  it('gives back each string, empty ones, lone ones and surrogate pairs included', () => {
    checkColumn([]);
    checkColumn(['']);
    checkColumn(['a heading long enough to be a view']);
    checkColumn(['', 'a', '', 'bc', '']);
    checkColumn(['𝒜rticle 1', '\n', 'OP1 😀', '\ud800']);
  });
});
