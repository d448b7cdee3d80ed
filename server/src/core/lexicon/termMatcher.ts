// Finds the occurrences of lexicon terms in the prose of a document, all terms in one pass.

import { AhoCorasick } from './ahoCorasick';
import { isWordUnit, normalizeForMatching, unitsToString } from './normalizeForMatching';
import { replacementsFor } from './replacements';
import { selectLongest } from './selectLongest';
import { collectPatterns, occurrenceOf, sameCapitals } from './termPatterns';
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
  const automaton = new AhoCorasick();
  keys.forEach((key, id) => automaton.add(key, id));
  automaton.build();
  const replacements = replacementsFor(lexicons, language);

  return {
    match(text, ranges) {
      const stream = normalizeForMatching(text, ranges, language);
      const candidates: Candidate[] = [];
      automaton.scan(stream.codes, (end, id, length) => {
        const start = end - length;
        const pattern = patterns[id];
        if (!pattern.substring && !onBoundaries(stream.codes, start, end, pattern.arabic)) return;
        if (pattern.form === 'abbreviation' && !sameCapitals(text.slice(stream.starts[start], stream.ends[end - 1]), pattern.written)) return;
        candidates.push({ start, end, id });
      });
      return selectLongest(candidates, stream.codes.length).map(({ start, end, id }) => occurrenceOf(text, stream.starts[start], stream.ends[end - 1], patterns[id], replacements, language));
    },
  };
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly id: number;
}

/** Proclitics that Arabic writes on the following word: and, so, with, like, for, and their pairs. */
const ARABIC_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']);

function onBoundaries(stream: Uint16Array, start: number, end: number, arabic: boolean): boolean {
  // Only a side where the form itself has a letter or digit needs a boundary: `24/7 network` needs one
  // before `2`, a form ending in `.` would not need one after it.
  const endInsideWord = isWordUnit(stream, end - 1) && isWordUnit(stream, end);
  if (endInsideWord) return false;
  const startInsideWord = isWordUnit(stream, start) && isWordUnit(stream, start - 1);
  if (!startInsideWord) return true;
  if (!arabic) return false;
  // An Arabic match may start after a proclitic written on the same word: و + الجريمة = والجريمة.
  let wordStart = start;
  while (wordStart > 0 && start - wordStart < 3 && isWordUnit(stream, wordStart - 1)) wordStart--;
  return !isWordUnit(stream, wordStart - 1) && ARABIC_PROCLITICS.has(unitsToString(stream, wordStart, start));
}
