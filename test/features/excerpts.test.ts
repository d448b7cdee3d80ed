// The fast excerpt functions say exactly what the first, simple implementations said (kept here as oracles).

import * as assert from 'assert';
import fc from 'fast-check';
import { excerpt, excerptAt, excerptBetween, isWhiteSpace } from '../../server/src/core/features/excerpts';

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
const anyText = fc.oneof(piecesText, fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 200 }));
const max = fc.integer({ min: 1, max: 60 });

describe('excerpts', () => {
  it('isWhiteSpace matches exactly the code units that \\s matches', () => {
    for (let c = 0; c <= 0xffff; c++) assert.strictEqual(isWhiteSpace(c), /\s/.test(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });

  it('excerpt and excerptBetween equal the regex implementation', () => {
    fc.assert(
      fc.property(anyText, max, fc.nat(), fc.nat(), (text, limit, a, b) => {
        assert.strictEqual(excerpt(text, limit), oracleExcerpt(text, limit));
        assert.strictEqual(excerpt(text), oracleExcerpt(text));
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.strictEqual(excerptBetween(text, start, end, limit), oracleExcerpt(text.slice(start, end), limit));
      }),
      { numRuns: 3000 },
    );
  });

  it('excerptAt equals the character-by-character implementation', () => {
    fc.assert(
      fc.property(anyText, max, fc.nat(), fc.nat(), fc.boolean(), (text, limit, a, b, skip) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.strictEqual(excerptAt(text, start, end, limit, skip), oracleExcerptAt(text, start, end, limit, skip));
      }),
      { numRuns: 3000 },
    );
  });
});
