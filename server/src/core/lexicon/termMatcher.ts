// Finds the occurrences of lexicon terms in the prose of a document, all terms in one pass.

import { AhoCorasick } from './ahoCorasick';
import { WORD, classify } from './foldUnits';
import { normalizeInto } from './normalizeForMatching';
import { NormalizedStream } from './normalizedStream';
import { replacementsFor } from './replacements';
import { selectLongest } from './selectLongest';
import { collectPatterns, occurrenceOf } from './termPatterns';
import { TermScan } from './termScan';
import { createWordMatcher, type WordMatches } from './wordMatcher';
import type { Lexicon, LexiconLanguage, TermOccurrence } from './types';

/** Matches the terms of some lexicons in documents of one language. */
export interface TermMatcher {
  /**
   * The term occurrences in `ranges` of `text` (the prose: the caller leaves out annotations, labels,
   * comments and front matter), sorted by start, never overlapping. Touching ranges are read as one.
   */
  match(text: string, ranges: ReadonlyArray<readonly [number, number]>): TermOccurrence[];
}

/**
 * Builds a matcher for `lexicons` in documents written in `language`.
 *
 * Rules (docs/lexicon.md says the same for users):
 * - `en` matches each entry's term, variants, abbreviation, `translations.en` and deprecated forms;
 *   another language matches the entry's translations and `deprecatedTranslations` in that language.
 * - Case-insensitive, except abbreviations, which must keep their capitals (`ICT`, `ICTs`; never `it` for `IT`).
 * - Whitespace in a form matches any run of spaces, tabs, newlines and indentation.
 * - Plurals and simple inflections fold together (see `inflectionKey`).
 * - On word boundaries: a match never starts or ends inside a word (letters, digits, marks), except
 *   Chinese forms, which match as substrings since Chinese does not separate words. Arabic forms may
 *   follow a one- or two-letter proclitic (و ف ب ك ل) written on the word, and `ال` forms also match
 *   after `ل` (`للجريمة`).
 * - Longest match first, then leftmost; matches never overlap. When two forms normalise alike, agreed
 *   forms win over deprecated ones, then the earlier lexicon and entry win.
 * - Forms longer than `LEXICON_LIMITS.maxFormChars` are skipped.
 */
export function createTermMatcher(lexicons: readonly Lexicon[], language: LexiconLanguage = 'en'): TermMatcher {
  const { patterns, keys } = collectPatterns(lexicons, language);
  // Chinese forms match anywhere and Arabic ones after a proclitic; in other languages no match starts
  // inside a word, so the automaton need not look for one there.
  const automaton = new AhoCorasick(language === 'zh' || language === 'ar' ? undefined : mayStartAfter);
  keys.forEach((key, id) => automaton.add(key, id));
  automaton.build();
  const longestPattern = automaton.longestPattern();
  const byWords = createWordMatcher(keys, patterns, language);
  const replacements = replacementsFor(lexicons, language);
  const byUnits = (text: string, ranges: ReadonlyArray<readonly [number, number]>): WordMatches => {
    const scan = new TermScan(text, automaton, patterns, longestPattern);
    const stream = new NormalizedStream(STREAM_STRETCH, scan.read);
    normalizeInto(text, ranges, language, stream);
    scan.finish(stream);
    return { candidates: scan.candidates, length: stream.length };
  };

  return {
    match(text, ranges) {
      const found = byWords?.(text, ranges) ?? byUnits(text, ranges);
      return selectLongest(found.candidates, found.length).map(({ sourceStart, sourceEnd, id }) => occurrenceOf(text, sourceStart, sourceEnd, patterns[id], replacements, language));
    },
  };
}

/** Units of the stream held at a time: small enough to stay in cache, large enough that copying the kept tail is rare. */
const STREAM_STRETCH = 8192;

/**
 * Whether a match may start with the stream unit `first` after `previous`: not when both are letters, digits
 * or marks. Surrogates are let through, as their class depends on their partner; the matcher checks every
 * match's boundaries anyway, this only spares looking where none can start.
 */
function mayStartAfter(previous: number, first: number): boolean {
  return !(isPlainWordUnit(previous) && isPlainWordUnit(first));
}

function isPlainWordUnit(code: number): boolean {
  return (code < 0xd800 || code > 0xdfff) && classify(code) === WORD;
}
