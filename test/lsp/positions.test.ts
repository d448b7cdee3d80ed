// The offset/position converters on texts where UTF-16 matters: emoji, Arabic, Chinese, CRLF and lone CR line breaks.

import * as assert from 'assert';
import { fromLspPosition, fromLspRange, TextLines, toLspPosition, toLspRange } from '../../server/src/lsp/positions';

/** Each `[offset, line, character]` converts both ways. */
function checkRoundTrip(text: string, cases: Array<[number, number, number]>): void {
  const lines = new TextLines(text);
  for (const [offset, line, character] of cases) {
    assert.deepStrictEqual(toLspPosition(lines, offset), { line, character }, `offset ${offset}`);
    assert.strictEqual(fromLspPosition(lines, { line, character }), offset, `position ${line}:${character}`);
  }
}

/** A position converts to `offset` (one way: clamping). */
function checkFrom(text: string, line: number, character: number, offset: number): void {
  assert.strictEqual(fromLspPosition(new TextLines(text), { line, character }), offset);
}

describe('LSP positions', () => {
  it('an emoji takes two UTF-16 units', () => {
    // '😀' is a surrogate pair: `[` sits at character 3 after "a😀".
    checkRoundTrip('a😀[b]\n😀', [[0, 0, 0], [1, 0, 1], [3, 0, 3], [4, 0, 4], [7, 1, 0], [9, 1, 2]]);
  });
  it('Arabic and Chinese are one unit per character', () => {
    checkRoundTrip('مرحبا [عالم]\n中文[草案]', [[6, 0, 6], [11, 0, 11], [13, 1, 0], [15, 1, 2], [19, 1, 6]]);
  });
  it('CRLF is one line break', () => {
    checkRoundTrip('ab\r\ncd\r\n', [[0, 0, 0], [2, 0, 2], [4, 1, 0], [6, 1, 2], [8, 2, 0]]);
  });
  it('a lone CR and a lone LF break lines too', () => checkRoundTrip('a\rb\nc', [[2, 1, 0], [4, 2, 0]]));
  it('an offset inside CRLF is the end of its line', () => assert.deepStrictEqual(toLspPosition(new TextLines('ab\r\ncd'), 3), { line: 0, character: 2 }));
  it('a character past the line end is the line end, never the next line', () => {
    checkFrom('ab\r\ncd', 0, 99, 2);
    checkFrom('ab\ncd', 0, 3, 2);
  });
  it('a line past the end is the text end; negative values clamp to the start', () => {
    checkFrom('ab\ncd', 9, 0, 5);
    checkFrom('ab', -1, 5, 0);
    checkFrom('ab', 0, -4, 0);
  });
  it('ranges convert both ways', () => {
    const lines = new TextLines('x\r\n[😀 y]');
    const range = toLspRange(lines, { start: 3, end: 9 });
    assert.deepStrictEqual(range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    assert.deepStrictEqual(fromLspRange(lines, range), { start: 3, end: 9 });
  });
  it('an empty text has one line', () => {
    const lines = new TextLines('');
    assert.strictEqual(lines.lineCount, 1);
    assert.deepStrictEqual(toLspPosition(lines, 0), { line: 0, character: 0 });
  });
});
