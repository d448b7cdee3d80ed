// Finds the occurrences of lexicon terms in the prose of a document, all terms in one pass.

import type { ProseScanner } from './candidate';
import { replacementsFor } from './replacements';
import { selectLongest } from './selectLongest';
import { collectPatterns, formSpelledAt } from './termPatterns';
import { TermTable } from './termTable';
import type { Lexicon, LexiconLanguage } from './types';
import { createUnitMatcher } from './unitMatcher';
import { createWordMatcher } from './wordMatcher';
import type { RangeList } from '../text/rangeList';

/** Matches the terms of some lexicons in documents of one language. */
export interface TermMatcher {
  /**
   * The term occurrences in `ranges` of `text` (the prose: the caller leaves out annotations, labels,
   * comments and front matter), sorted by start, never overlapping. Touching ranges are read as one.
   */
  match(text: string, ranges: RangeList): TermTable;
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
  const replacements = replacementsFor(lexicons, language);
  const byWords = createWordMatcher(keys, patterns, language);
  // Where words serve, units are needed only for prose with characters words cannot take: built on first need.
  let byUnits: ProseScanner | undefined;
  const unitByUnit: ProseScanner = (text, ranges) => (byUnits ??= createUnitMatcher(keys, patterns, language))(text, ranges);

  return {
    match(text, ranges) {
      const { candidates, length } = byWords?.(text, ranges) ?? unitByUnit(text, ranges);
      const selected = selectLongest(candidates, length);
      const terms = new TermTable(text, language, replacements, selected.length);
      // Indexed: `for...of` over the typed array made an iterator result per occurrence.
      for (let k = 0; k < selected.length; k++) {
        const i = selected[k];
        const start = candidates.sourceStarts[i];
        const end = candidates.sourceEnds[i];
        terms.add(start, end, formSpelledAt(patterns[candidates.ids[i]], text, start, end));
      }
      return terms;
    },
  };
}
