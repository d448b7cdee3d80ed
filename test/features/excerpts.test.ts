// The fast excerpt functions say exactly what the first, simple implementations said (kept here as oracles).

import * as assert from 'assert';
import fc from 'fast-check';
import { excerpt, excerptAt, excerptBetween } from '../../server/src/core/features/excerpts';
import { isWhiteSpace } from '../../server/src/core/text/whiteSpace';

/** The first `excerpt`: a regex over the head of the text. */
function oracleExcerpt(text: string, max = 40): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const line = head.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The first `excerptAt`: built one character at a time. */
function oracleExcerptAt(text: string, start: number, end: number, max: number, skipAnnotations = false): string {
  let out = '';
  let pendingSpace = false;
  let inAnnotation = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (skipAnnotations) {
      if (c === 123) inAnnotation = true;
      if (inAnnotation) {
        if (c === 125) inAnnotation = false;
        continue;
      }
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += text[i];
    if (out.length > max) return `${out.slice(0, max - 1)}…`;
  }
  return out;
}

/** White space of every kind (and NEL and U+180E, which `\s` does not match), braces, words, non-ASCII, a lone surrogate. */
const PIECES = [
  ' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f',
  '\u3000', '\ufeff', '\u0085', '\u180e', '{', '}', '{ad ref}', '[', ']', 'a', 'Parties', 'shall', '.', 'é', 'Côte d’Ivoire', '中文', 'مرحبا', '😀', '\ud83d',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof({ arbitrary: piecesText, weight: 4 }, { arbitrary: fc.string({ unit: 'binary', maxLength: 200 }), weight: 1 }, { arbitrary: fc.string({ maxLength: 200 }), weight: 1 });
const max = fc.integer({ min: 1, max: 60 });
/** A range of the text: the whole of it half the time, else any. */
const rangeIn = (text: string, a: number, b: number, whole: boolean): [number, number] => {
  if (whole) return [0, text.length];
  const start = text.length === 0 ? 0 : a % (text.length + 1);
  return [start, start + (b % (text.length - start + 1))];
};

/** Where a fast path could go wrong: spaces next to braces, ends and each other, and cuts right at the limit. */
const EDGES = ['a {x} b', 'a {x}b', 'a{x} b', '{x} a', 'a {x}', 'a }', '} a', 'a  b', 'a \tb', 'a\t b', ' a ', 'a b ', 'a b', 'a\n\nb', 'ab {', 'a {b', '{a', 'a b c d e f', 'abcdef ghijk'];

describe('excerpts', () => {
  it('isWhiteSpace matches exactly the code units that \\s matches', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('excerpts of the edge cases equal the first implementations', () => {
    for (const text of EDGES) {
      for (let limit = 1; limit <= text.length + 1; limit++) {
        assert.strictEqual(excerpt(text, limit), oracleExcerpt(text, limit), `excerpt ${JSON.stringify(text)} ${limit}`);
        for (const skip of [false, true]) {
          assert.strictEqual(excerptAt(text, 0, text.length, limit, skip), oracleExcerptAt(text, 0, text.length, limit, skip), `excerptAt ${JSON.stringify(text)} ${limit} ${skip}`);
          assert.strictEqual(excerptAt(text, 0, text.length - 1, limit, skip), oracleExcerptAt(text, 0, text.length - 1, limit, skip), `excerptAt ${JSON.stringify(text)} but the last ${limit} ${skip}`);
        }
      }
    }
  });

  it('excerpt and excerptBetween equal the regex implementation', () => {
    fc.assert(
      fc.property(anyText, max, fc.nat(), fc.nat(), fc.boolean(), (text, limit, a, b, whole) => {
        assert.strictEqual(excerpt(text, limit), oracleExcerpt(text, limit));
        assert.strictEqual(excerpt(text), oracleExcerpt(text));
        const [start, end] = rangeIn(text, a, b, whole);
        assert.strictEqual(excerptBetween(text, start, end, limit), oracleExcerpt(text.slice(start, end), limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('excerptAt equals the character-by-character implementation', () => {
    fc.assert(
      fc.property(anyText, max, fc.nat(), fc.nat(), fc.boolean(), fc.boolean(), (text, limit, a, b, whole, skip) => {
        const [start, end] = rangeIn(text, a, b, whole);
        assert.strictEqual(excerptAt(text, start, end, limit, skip), oracleExcerptAt(text, start, end, limit, skip));
      }),
      { numRuns: 3000 },
    );
  });
});
