// Splits prose into the tokens of word-by-word matching, normalising as normalizeForMatching does, English ASCII words without its per-unit work.

import { OTHER, SPACE, WORD, classify, classifyAt, foldPunctuation } from './foldUnits';
import { foldEnglishPlural } from './inflection';
import { ASCII_WORD_FOLD, MAX_INFLECTED_WORD, RANGE_SEPARATOR, appendToken, mergeRanges } from './normalizeForMatching';
import { NormalizedStream } from './normalizedStream';
import type { ProseTokens } from './proseTokens';
import type { LexiconLanguage } from './types';
import { HASH_PRIME, HASH_SEED, hashOf, spacedStandIn, type WordVocabulary } from './wordVocabulary';
import type { RangeList } from '../text/rangeList';

/**
 * Appends the tokens of `ranges` of `text` to `out`: each word of the normalised stream as its stand-in in
 * `vocabulary`, or its spaced stand-in when a space follows it in the stream (the space is then part of the
 * word's token), every other unit as itself, RANGE_SEPARATOR between ranges. Returns false, leaving `out`
 * incomplete, when a word normalises to something other than plain letters, digits and marks (an astral
 * letter is a surrogate pair): a match could then start or end inside it, which only matching unit by unit finds.
 *
 * An English word of ASCII letters and digits, most of most documents, is folded and hashed here in one pass;
 * anything else goes through `appendToken`, so both make the same units.
 */
export function tokenizeProse(text: string, ranges: RangeList, language: LexiconLanguage, vocabulary: WordVocabulary, out: ProseTokens): boolean {
  const merged = mergeRanges(ranges, text.length);
  const english = language === 'en';
  // Read once into locals: the loops below run for every character of a document.
  const fold = ASCII_WORD_FOLD;
  const foldAny = WORD_FOLD_OF_ANY_UNIT;
  const prime = HASH_PRIME;
  const seed = HASH_SEED;
  const kinds = ASCII_KIND;
  const word = new Uint16Array(MAX_INFLECTED_WORD);
  const scratch = new NormalizedStream(64);
  for (let r = 0; r < merged.length; r += 2) {
    const to = merged[r + 1];
    if (r > 0) out.push(RANGE_SEPARATOR, merged[r], merged[r], 1);
    for (let i = merged[r]; i < to; ) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        const kind = kinds[code];
        if (kind === WORD && english) {
          // The word is folded and hashed in one pass; the hash is the vocabulary's (see `hashUnit`), written out
          // with the seed and the prime in locals: a call through the module's exports, once per character or per
          // word, took 5–10% of the tokenizer.
          const limit = to < i + MAX_INFLECTED_WORD ? to : i + MAX_INFLECTED_WORD;
          // The first unit, read above, is a letter or digit.
          const first = fold[code];
          let hash = Math.imul(seed ^ first, prime);
          word[0] = first;
          let j = i + 1;
          // The unit the loop stopped at, kept rather than read again: it decides where the word ends.
          let after = -1;
          for (let k = 1; j < limit; j++, k++) {
            after = text.charCodeAt(j);
            // One look-up for any unit (0 past ASCII): no test of the unit before it, on every letter of the prose.
            const folded = foldAny[after];
            if (folded === 0) break;
            word[k] = folded;
            hash = Math.imul(hash ^ folded, prime);
          }
          if (j === limit) after = j < to ? text.charCodeAt(j) : -1;
          // A word going on past ASCII, or longer than a real word, is left to `appendToken`.
          const ends = after < 0 || (after < 0x80 ? fold[after] === 0 : classifyAt(text, j) !== WORD);
          if (ends) {
            const length = j - i;
            // Only a word ending in s can be a plural; its key, when shorter, is hashed again.
            const keyLength = word[length - 1] === 0x73 ? foldEnglishPlural(word, 0, length) : length;
            if (keyLength !== length) hash = hashOf(word, 0, keyLength);
            const standIn = vocabulary.findHashed(word, 0, keyLength, hash);
            if (after === 0x20) {
              // Most words are followed by one space, which goes in the word's token (see `pushWord`), and the
              // next word starts right after it; a longer run of white space is read on. Written out here, where
              // the next unit is the only one to read: a tenth of the tokenizer's time went to the general case.
              let space = j + 1;
              if (space < to && isSpaceAt(text, space)) space = spaceEnd(text, space, to);
              // `spacedStandIn(standIn)`, written out like `hashUnit` above, for the same reason.
              out.push(standIn + 1, i, j, keyLength, 1);
              i = space;
              continue;
            }
            i = pushWord(text, standIn, i, j, keyLength, after, to, out);
            continue;
          }
        } else if (kind === SPACE) {
          const j = spaceEnd(text, i, to);
          out.push(0x20, i, j, 1);
          i = j;
          continue;
        } else if (kind === OTHER) {
          out.push(foldPunctuation(code), i, i + 1, 1);
          i++;
          continue;
        }
      }
      scratch.clear();
      const next = appendToken(text, i, to, language, scratch);
      if (scratch.length === 0) {
        i = next;
        continue;
      }
      const after = pushToken(text, next, to, scratch, vocabulary, out);
      if (after < 0) return false;
      i = after;
    }
  }
  return true;
}

/** `ASCII_WORD_FOLD` for every UTF-16 unit, 0 past ASCII (128 KB, made once). */
const WORD_FOLD_OF_ANY_UNIT = new Uint16Array(0x10000);
WORD_FOLD_OF_ANY_UNIT.set(ASCII_WORD_FOLD);

/** The class of each ASCII unit (see `classify`). */
const ASCII_KIND = new Uint8Array(0x80).map((_, code) => classify(code));

/**
 * Appends the token `appendToken` made, which ended at `next`: one unit that is not a word's, or a word (see
 * `pushWord`). Returns where the next token starts, or -1 for a word with a unit that is not a plain letter,
 * digit or mark. A surrogate alone, or half of a character that is not a letter (an emoji), never reads as
 * part of a word in the stream: its partner is not next to it, or the pair is not a letter. Half of a letter
 * does, with its partner: such words are left to matching unit by unit.
 */
function pushToken(text: string, next: number, to: number, scratch: NormalizedStream, vocabulary: WordVocabulary, out: ProseTokens): number {
  const last = scratch.length - 1;
  if (last === 0 && classify(scratch.codes[0]) !== WORD) {
    out.push(scratch.codes[0], scratch.starts[0], scratch.ends[0], 1);
    return next;
  }
  for (let k = 0; k <= last; k++) {
    const unit = scratch.codes[k];
    if ((unit >= 0xd800 && unit <= 0xdfff) || classify(unit) !== WORD) return -1;
  }
  // The word's source ends at `next`, or at `to` when `to` cuts a surrogate pair: then no space follows.
  if (next > to) return next;
  return pushWord(text, vocabulary.find(scratch.codes, 0, scratch.length), scratch.starts[0], next, scratch.length, next < to ? text.charCodeAt(next) : -1, to, out);
}

/**
 * Appends the token of a word of `units` units over `start`..`end` of the text, with the space after it in the
 * stream when there is one (see `ProseTokens`): a run of whitespace before `to`, or a NUL, which
 * `foldPunctuation` reads as a space. `after` is the unit at `end`, which the caller has read (-1 at `to`).
 * Returns where the next token starts.
 */
function pushWord(text: string, standIn: number, start: number, end: number, units: number, after: number, to: number, out: ProseTokens): number {
  const isSpace = after < 0x80 ? after >= 0 && ASCII_KIND[after] === SPACE : classifyAt(text, end) === SPACE;
  const space = isSpace ? spaceEnd(text, end, to) : after === 0 ? end + 1 : end;
  if (space > end) out.push(spacedStandIn(standIn), start, end, units, 1);
  else out.push(standIn, start, end, units);
  return space;
}

/** Where the run of whitespace that starts at `from` ends, at `to` at the latest. */
function spaceEnd(text: string, from: number, to: number): number {
  let j = from + 1;
  while (j < to && isSpaceAt(text, j)) j++;
  return j;
}

/** Whether the character at `index` is whitespace; ASCII, most of it, is classified by the table. */
function isSpaceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code < 0x80 ? ASCII_KIND[code] === SPACE : classifyAt(text, index) === SPACE;
}
