// The lexer closes an annotation exactly where the plain reading says: each rule searched over the whole text.

import * as assert from 'assert';
import fc from 'fast-check';
import { lex } from '../../server/src/core/syntax/lexer';
import { matchLabel } from '../../server/src/core/syntax/labels';
import { Tok } from '../../server/src/core/syntax/tokens';

/** Where the `{` at `open` closes by the rules as written, or -1: each searched for apart, with `indexOf` and a pattern. */
function plainCloser(text: string, open: number): number {
  const close = text.indexOf('}', open + 1);
  if (close < 0) return -1;
  for (const breaker of ['[', ']', '{']) {
    const at = text.indexOf(breaker, open + 1);
    if (at >= 0 && at < close) return -1;
  }
  const blank = /(?:\r\n|\n|\r(?!\n))[ \t]*(?=[\r\n]|$)/g;
  blank.lastIndex = open;
  const paragraphEnd = blank.exec(text)?.index ?? text.length;
  if (paragraphEnd < close) return -1;
  // No line inside may start a block: a heading, a footnote definition or a label.
  for (let i = open; i < close; i++) {
    if (text[i] !== '\n' && text[i] !== '\r') continue;
    let p = i + (text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1);
    while (text[p] === ' ' || text[p] === '\t') p++;
    if (text[p] === '#' || text.startsWith('[^', p) || matchLabel(text, p)) return -1;
  }
  return close;
}

const PIECES = ['{', '{', '}', '}', '[', ']', '[^1]', 'US', 'proposed: EU', ' ', '\t', '\n', '\r\n', '\r', '\n\n', '\n  \n', '\r\n\r\n', '1. ', '(a) ', '# ', '\\{', '<!--', '-->', 'é'];
const textOf = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(''));

describe('annotation closer', () => {
  it('closes every `{` where the plain reading closes it', () => {
    fc.assert(
      fc.property(textOf, (text) => {
        const { tokens } = lex(text);
        for (let k = 0; k < tokens.count; k++) {
          if (tokens.kinds[k] !== Tok.BraceOpen) continue;
          const open = tokens.starts[k];
          const closed = tokens.kinds[k + 1] === Tok.AnnotationText || tokens.kinds[k + 1] === Tok.BraceClose;
          const close = closed ? tokens.starts[tokens.kinds[k + 1] === Tok.BraceClose ? k + 1 : k + 2] : -1;
          assert.strictEqual(close, plainCloser(text, open), `${JSON.stringify(text)} at ${open}`);
        }
      }),
      { numRuns: 4000 },
    );
  });
});
