// Finds the occurrences of lexicon terms in the prose of a document, all terms in one pass.

import { AhoCorasick } from './ahoCorasick';
import { formsOf } from './formsOf';
import { LEXICON_LIMITS } from './limits';
import { isWordUnit, normalizeForm, normalizeForMatching, unitsToString } from './normalizeForMatching';
import type { Lexicon, LexiconEntry, LexiconLanguage, TermForm, TermOccurrence } from './types';

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
  const patterns: Pattern[] = [];
  const byKey = new Map<string, Pattern>();
  const automaton = new AhoCorasick();
  const replacements = replacementsFor(lexicons, language);
  const add = (entry: LexiconEntry, form: TermForm, written: string): void => {
    if (written.length > LEXICON_LIMITS.maxFormChars) return;
    const key = normalizeForm(written, language);
    if (key.length === 0) return;
    const forms = language === 'ar' ? arabicForms(key) : [key];
    for (const variant of forms) {
      const pattern: Pattern = { entry, form, written, substring: language === 'zh', arabic: language === 'ar', alternatives: [] };
      if (automaton.add(variant, patterns.length)) {
        patterns.push(pattern);
        byKey.set(variant, pattern);
      } else {
        // Two forms of one entry that fold alike (`communications technologies`, `communication technology`):
        // the occurrence reports whichever the text spells exactly.
        const first = byKey.get(variant);
        if (first !== undefined && first.entry === entry) first.alternatives.push(pattern);
      }
    }
  };
  // Agreed forms first, so that a form listed both as agreed and as deprecated is never flagged.
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      if (language === 'en') {
        add(entry, 'term', entry.term);
        for (const variant of entry.variants) add(entry, 'variant', variant);
        if (entry.abbreviation !== undefined) add(entry, 'abbreviation', entry.abbreviation);
      }
      for (const form of formsOf(entry.translations[language])) add(entry, 'translation', form);
    }
  }
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      if (language === 'en') for (const form of entry.deprecated) add(entry, 'deprecated', form);
      for (const form of entry.deprecatedTranslations[language] ?? []) add(entry, 'deprecated', form);
    }
  }
  automaton.build();

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
      return selectLongest(candidates, stream.codes.length).map(({ start, end, id }) => {
        const sourceStart = stream.starts[start];
        const sourceEnd = stream.ends[end - 1];
        const matched = text.slice(sourceStart, sourceEnd);
        const pattern = spelledAs(patterns[id], matched);
        const replacement = pattern.form === 'deprecated' ? replacements.agreed.get(pattern.entry) : pattern.entry.status === 'contested' || pattern.entry.status === 'rejected' ? replacements.instead.get(pattern.entry) : undefined;
        const occurrence: TermOccurrence = { start: sourceStart, end: sourceEnd, entry: pattern.entry, form: pattern.form, matched, language };
        return replacement === undefined ? occurrence : { ...occurrence, replacement: capitalizeLike(replacement, matched) };
      });
    },
  };
}

interface Pattern {
  readonly entry: LexiconEntry;
  readonly form: TermForm;
  /** The form as the lexicon writes it. */
  readonly written: string;
  /** Chinese forms match anywhere. */
  readonly substring: boolean;
  /** Arabic forms may follow a proclitic. */
  readonly arabic: boolean;
  /** Other forms of the same entry with the same key. */
  readonly alternatives: Pattern[];
}

/**
 * The pattern, or the alternative among its same-key forms, closest to the matched text's spelling: the one
 * sharing the longest start with it (`communication technology` is closer to the variant
 * `communication technologies` than to the term `communications technologies`); ties keep the first.
 */
function spelledAs(pattern: Pattern, matched: string): Pattern {
  if (pattern.alternatives.length === 0) return pattern;
  const literal = (value: string): string => value.replace(/\s+/gu, ' ').toLowerCase();
  const wanted = literal(matched);
  const shared = (candidate: Pattern): number => {
    const written = literal(candidate.written);
    let length = 0;
    while (length < written.length && length < wanted.length && written[length] === wanted[length]) length++;
    return length;
  };
  let best = pattern;
  let bestShared = shared(pattern);
  for (const alternative of pattern.alternatives) {
    const length = shared(alternative);
    if (length > bestShared) {
      best = alternative;
      bestShared = length;
    }
  }
  return best;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly id: number;
}

/**
 * Keeps the longest candidates that do not overlap (ties: the leftmost). Taking them longest first makes
 * every kept match at least as long as a later candidate, so a candidate overlaps a kept one exactly when
 * its first or last unit is already covered: two lookups instead of a scan of its span. The order comes
 * from a counting sort on length, stable, so that equal lengths keep the scan's order (by end, hence by
 * start): linear where a comparison sort would make large documents disproportionately slower.
 */
function selectLongest(candidates: Candidate[], length: number): Candidate[] {
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.end - candidate.start);
  const firstOfLength = new Int32Array(longest + 2);
  for (const candidate of candidates) firstOfLength[longest - (candidate.end - candidate.start) + 1]++;
  for (let i = 1; i < firstOfLength.length; i++) firstOfLength[i] += firstOfLength[i - 1];
  const ordered = new Array<Candidate>(candidates.length);
  for (const candidate of candidates) ordered[firstOfLength[longest - (candidate.end - candidate.start)]++] = candidate;
  const covered = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    if (covered[candidate.start] || covered[candidate.end - 1]) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
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

/** An Arabic form, plus its spelling after the preposition ل when it starts with the article (الجريمة → للجريمة). */
function arabicForms(key: string): string[] {
  return key.startsWith('ال') && key.length > 2 ? [key, 'لل' + key.slice(2)] : [key];
}

/**
 * Whether an abbreviation in the text keeps the lexicon's capitals: `ICT`, `ICTs` for `ICTs`, not `icts`.
 * A final lower-case `s` after a capital is the plural and may be present or not.
 */
function sameCapitals(matched: string, written: string): boolean {
  const base = (value: string): string => {
    const collapsed = value.replace(/\s+/gu, ' ');
    return /\p{Lu}s$/u.test(collapsed) ? collapsed.slice(0, -1) : collapsed;
  };
  return base(matched) === base(written);
}

/** Gives `replacement` a capital first letter when the matched text has one (`Cyberspace` → `ICT environment`). */
function capitalizeLike(replacement: string, matched: string): string {
  const first = matched.charAt(0);
  if (first === '' || first === first.toLowerCase() || first !== first.toUpperCase()) return replacement;
  const head = replacement.charAt(0);
  return head.toUpperCase() + replacement.slice(1);
}

/**
 * The quick-fix text per entry in `language`: for deprecated forms, the agreed term (or its first
 * translation); for contested or rejected entries, their `useInstead` term, translated when the lexicons
 * have an entry for it.
 */
function replacementsFor(lexicons: readonly Lexicon[], language: LexiconLanguage): { agreed: Map<LexiconEntry, string>; instead: Map<LexiconEntry, string> } {
  const agreed = new Map<LexiconEntry, string>();
  const instead = new Map<LexiconEntry, string>();
  const byTerm = new Map<string, LexiconEntry>();
  const inLanguage = (entry: LexiconEntry): string | undefined => (language === 'en' ? entry.term : formsOf(entry.translations[language])[0]);
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      const key = entry.term.toLowerCase();
      if (!byTerm.has(key)) byTerm.set(key, entry);
    }
  }
  for (const lexicon of lexicons) {
    for (const entry of lexicon.entries) {
      const own = inLanguage(entry);
      if (own !== undefined) agreed.set(entry, own);
      if (entry.useInstead !== undefined) {
        const target = byTerm.get(entry.useInstead.toLowerCase());
        const text = target !== undefined ? inLanguage(target) : language === 'en' ? entry.useInstead : undefined;
        if (text !== undefined) instead.set(entry, text);
      }
    }
  }
  return { agreed, instead };
}
