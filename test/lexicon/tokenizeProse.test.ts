// The word-by-word tokens of English prose: the fast paths of tokenizeProse give what the plain reading by appendToken gives.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { WORD, classify } from '../../server/src/core/lexicon/foldUnits';
import { RANGE_SEPARATOR, appendToken, mergeRanges } from '../../server/src/core/lexicon/normalizeForMatching';
import { NormalizedStream } from '../../server/src/core/lexicon/normalizedStream';
import { ProseTokens } from '../../server/src/core/lexicon/proseTokens';
import { tokenizeProse } from '../../server/src/core/lexicon/tokenizeProse';
import { WordVocabulary, spacedStandIn } from '../../server/src/core/lexicon/wordVocabulary';

/** Words the vocabulary knows, as normalised keys: some of the pieces below fold to them. */
const KNOWN = ['state', 'technology', 'process', 'box', 'ict', 'approach', 'critical', 'infrastructure', 'a', 'it', 'x1', 'café'];
const PIECES = [
  'State', 'States', 'STATES', 'technologies', 'Technologys', 'process', 'processes', 'boxes', 'ICTs', 'icts', 'approaches', 'critical',
  'infrastructures', 'bus', 'is', 'a', 'It', 'x1', 'X1s', 'unknown', 'words', 'café', 'CAFÉS', 'x²', 'l’État', 'ﬁle', '𝐀𝐁',
  'a'.repeat(63), 'b'.repeat(64) + 's', 'c'.repeat(70),
];
const SEPARATORS = [' ', ' ', '  ', '\n', '\n    ', '\t', ', ', '. ', '-', '‑', '’', '/', '(', '\u00a0', '\u00ad', '\u200b', '\u0000', '', '…'];

/** A token as both readings give it: its unit, source range and the stream's length after it. */
type Token = [code: number, start: number, end: number, unitsAfter: number];

function vocabulary(): WordVocabulary {
  const words = new WordVocabulary();
  for (const word of KNOWN) words.add(word);
  words.seal();
  return words;
}

/** Every unit as one some pattern has: no run of tokens is held as one. */
const EVERY_UNIT = new Uint16Array(0x10000).fill(1);

/**
 * The tokens of `tokenizeProse`, or undefined when it leaves the prose to matching unit by unit; `patternUnits` is 0
 * for the units no pattern has.
 */
function fastTokens(text: string, ranges: ReadonlyArray<readonly [number, number]>, words: WordVocabulary, patternUnits = EVERY_UNIT): Token[] | undefined {
  const tokens: Token[] = [];
  const read = (held: ProseTokens): number => {
    for (let k = 0; k < held.count; k++) tokens.push([held.codes[k], held.sourceStarts[k], held.sourceEnds[k], held.unitEnds[k]]);
    return 0;
  };
  // A small stretch, so that reading in stretches is exercised too.
  const out = new ProseTokens(8, read, patternUnits);
  if (!tokenizeProse(text, ranges, 'en', words, out)) return undefined;
  read(out);
  return tokens;
}

/**
 * The plain reading: every token made by `appendToken`, a word looked up from its units, and a space right after
 * a word made part of the word's token, as its spaced stand-in.
 */
function plainTokens(text: string, ranges: ReadonlyArray<readonly [number, number]>, words: WordVocabulary): Token[] | undefined {
  const tokens: Token[] = [];
  let units = 0;
  const merged = mergeRanges(ranges, text.length);
  for (let r = 0; r < merged.length; r += 2) {
    if (r > 0) tokens.push([RANGE_SEPARATOR, merged[r], merged[r], ++units]);
    for (let i = merged[r]; i < merged[r + 1]; ) {
      const token = new NormalizedStream(16);
      i = appendToken(text, i, merged[r + 1], 'en', token);
      if (token.length === 0) continue;
      const codes = token.codes.subarray(0, token.length);
      units += token.length;
      if (token.length === 1 && classify(codes[0]) !== WORD) {
        tokens.push([codes[0], token.starts[0], token.ends[0], units]);
        continue;
      }
      if (codes.some((unit) => (unit >= 0xd800 && unit <= 0xdfff) || classify(unit) !== WORD)) return undefined;
      tokens.push([words.find(codes, 0, codes.length), token.starts[0], token.ends[token.length - 1], units]);
    }
  }
  return tokens.filter((token, k) => {
    const before = tokens[k - 1];
    if (k === 0 || token[0] !== 0x20 || classify(before[0]) !== WORD) return true;
    before[0] = spacedStandIn(before[0]);
    return false;
  });
}

function check(text: string, ranges: ReadonlyArray<readonly [number, number]> = [[0, text.length]]): void {
  const words = vocabulary();
  assert.deepStrictEqual(fastTokens(text, ranges, words), plainTokens(text, ranges, words), JSON.stringify(text));
}

/**
 * With patterns that have only `units`, the plain reading with each run of tokens that no pattern has held as its
 * first: the tokens after a run end where they do in the whole stream.
 */
function checkRuns(text: string, ranges: ReadonlyArray<readonly [number, number]>, units: readonly number[]): void {
  const words = vocabulary();
  const patternUnits = new Uint16Array(0x10000);
  for (const unit of units) patternUnits[unit] = 1;
  const plain = plainTokens(text, ranges, words);
  const held = plain?.filter((token, k) => k === 0 || patternUnits[token[0]] !== 0 || patternUnits[plain[k - 1][0]] !== 0);
  assert.deepStrictEqual(fastTokens(text, ranges, words, patternUnits), held, JSON.stringify(text));
}

describe('tokenizeProse', () => {
  const cases = [
    'The States and their critical infrastructures.',
    'processes, boxes, approaches, ICTs, icts, bus, is, a, It, X1s',
    'Technologys  \n    technologies\tSTATES',
    'unknown words between known ones: state technology process',
    'café CAFÉS x² l’État ﬁle',
    'a'.repeat(63) + ' ' + 'b'.repeat(64) + 's ' + 'c'.repeat(70),
    'soft\u00adhyphen zero\u200bwidth nul\u0000end',
    '𝐀𝐁 astral',
    '',
    '   ',
    'state',
  ];
  for (const text of cases) it(`reads ${JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text)} as the plain reading does`, () => check(text));

  it('reads prose ranges as the plain reading does', () => {
    check('The States and their critical infrastructures.', [[0, 10], [12, 30], [31, 47]]);
    check('processes boxes', [[3, 12], [12, 15]]);
  });

  it('reads random prose as the plain reading does', () => {
    const piece = fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)).map(([word, separator]) => word + separator);
    const prose = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    const withRanges = prose.chain((text) =>
      fc.oneof(
        fc.constant({ text, ranges: [[0, text.length]] as Array<[number, number]> }),
        fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 5 }).map((ranges) => ({ text, ranges })),
      ),
    );
    fc.assert(fc.property(withRanges, ({ text, ranges }) => check(text, ranges)), { numRuns: 500 });
  });

  it('holds a run of tokens that no pattern has as its first, on random prose', () => {
    const words = vocabulary();
    // Units some patterns could have: the known words' stand-ins, plain and spaced, a space and some marks.
    const known = KNOWN.flatMap((word) => {
      const standIn = words.find(Uint16Array.from(word, (c) => c.charCodeAt(0)), 0, word.length);
      return [standIn, spacedStandIn(standIn)];
    });
    const candidates = [...known, 0x20, 0x2c, 0x2d, 0x27, 0x2f];
    const piece = fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)).map(([word, separator]) => word + separator);
    const prose = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    const cases = fc.tuple(prose, fc.subarray(candidates)).chain(([text, units]) =>
      fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 3 }).map((ranges) => ({ text, units, ranges: ranges.length > 0 ? ranges : [[0, text.length] as [number, number]] })),
    );
    fc.assert(fc.property(cases, ({ text, units, ranges }) => checkRuns(text, ranges, units)), { numRuns: 500 });
  });
});
