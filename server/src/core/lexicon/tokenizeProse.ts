// Splits prose into the tokens of word-by-word matching, normalising as normalizeForMatching does, English ASCII words without its per-unit work.

import { OTHER, SPACE, WORD, classify, classifyAt, foldPunctuation } from './foldUnits';
import { foldEnglishPlural } from './inflection';
import { ASCII_WORD_FOLD, MAX_INFLECTED_WORD, RANGE_SEPARATOR, appendToken, mergeRanges } from './normalizeForMatching';
import { NormalizedStream } from './normalizedStream';
import type { ProseTokens } from './proseTokens';
import type { LexiconLanguage } from './types';
import { HASH_SEED, hashOf, hashUnit, type WordVocabulary } from './wordVocabulary';

/**
 * Appends the tokens of `ranges` of `text` to `out`: each word of the normalised stream as its stand-in in
 * `vocabulary`, every other unit as itself, RANGE_SEPARATOR between ranges. Returns false, leaving `out`
 * incomplete, when a word normalises to something other than plain letters, digits and marks (an astral
 * letter is a surrogate pair): a match could then start or end inside it, which only matching unit by unit finds.
 *
 * An English word of ASCII letters and digits, most of most documents, is folded and hashed here in one pass;
 * anything else goes through `appendToken`, so both make the same units.
 */
export function tokenizeProse(text: string, ranges: ReadonlyArray<readonly [number, number]>, language: LexiconLanguage, vocabulary: WordVocabulary, out: ProseTokens): boolean {
  const merged = mergeRanges(ranges, text.length);
  const english = language === 'en';
  // Read once into locals: the loops below run for every character of a document.
  const fold = ASCII_WORD_FOLD;
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
          // The word is folded and hashed in one pass; the hash is the vocabulary's (see `hashUnit`).
          const limit = Math.min(to, i + MAX_INFLECTED_WORD);
          let hash = HASH_SEED;
          let j = i;
          for (; j < limit; j++) {
            const unit = text.charCodeAt(j);
            const folded = unit < 0x80 ? fold[unit] : 0;
            if (folded === 0) break;
            word[j - i] = folded;
            hash = hashUnit(hash, folded);
          }
          // A word going on past ASCII, or longer than a real word, is left to `appendToken`.
          const ends = j === to || (text.charCodeAt(j) < 0x80 ? fold[text.charCodeAt(j)] === 0 : classifyAt(text, j) !== WORD);
          if (ends) {
            const length = j - i;
            // Only a word ending in s can be a plural; its key, when shorter, is hashed again.
            const keyLength = word[length - 1] === 0x73 ? foldEnglishPlural(word, 0, length) : length;
            if (keyLength !== length) hash = hashOf(word, 0, keyLength);
            out.push(vocabulary.findHashed(word, 0, keyLength, hash), i, j, keyLength);
            i = j;
            continue;
          }
        } else if (kind === SPACE) {
          // Mostly a single ASCII space or a line end and indentation: ASCII is classified by the table.
          let j = i + 1;
          while (j < to) {
            const next = text.charCodeAt(j);
            if (next < 0x80 ? kinds[next] !== SPACE : classifyAt(text, j) !== SPACE) break;
            j++;
          }
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
      i = appendToken(text, i, to, language, scratch);
      if (scratch.length > 0 && !pushToken(scratch, vocabulary, out)) return false;
    }
  }
  return true;
}

/** The class of each ASCII unit (see `classify`). */
const ASCII_KIND = new Uint8Array(0x80).map((_, code) => classify(code));

/**
 * Appends the token `appendToken` made: one unit that is not a word's, or a word. False for a word with a unit
 * that is not a plain letter, digit or mark. A surrogate alone, or half of a character that is not a letter
 * (an emoji), never reads as part of a word in the stream: its partner is not next to it, or the pair is not
 * a letter. Half of a letter does, with its partner: such words are left to matching unit by unit.
 */
function pushToken(scratch: NormalizedStream, vocabulary: WordVocabulary, out: ProseTokens): boolean {
  const last = scratch.length - 1;
  if (last === 0 && classify(scratch.codes[0]) !== WORD) {
    out.push(scratch.codes[0], scratch.starts[0], scratch.ends[0], 1);
    return true;
  }
  for (let k = 0; k <= last; k++) {
    const unit = scratch.codes[k];
    if ((unit >= 0xd800 && unit <= 0xdfff) || classify(unit) !== WORD) return false;
  }
  out.push(vocabulary.find(scratch.codes, 0, scratch.length), scratch.starts[0], scratch.ends[last], scratch.length);
  return true;
}
