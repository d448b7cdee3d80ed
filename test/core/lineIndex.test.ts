// The line index: line starts as LSP defines line breaks (`\n`, `\r\n`, a lone `\r`), held to a plain reading.

import * as assert from 'assert';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/text/lineIndex';

/** Line starts read one character at a time. */
function plainLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

describe('line index', () => {
  it('starts lines where a plain reading does, for any mix of line breaks', () => {
    const text = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r\n'), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const index = new LineIndex(t);
        const expected = plainLineStarts(t);
        assert.deepStrictEqual(Array.from({ length: index.lineCount }, (_, line) => index.lineStart(line)), expected, JSON.stringify(t));
      }),
      { numRuns: 2000 },
    );
  });
});
