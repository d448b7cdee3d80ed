// The forms a matcher looks for, one pattern per normalised key, and how a found pattern becomes an occurrence.

import { formsOf } from './formsOf';
import { LEXICON_LIMITS } from './limits';
import { normalizeForm } from './normalizeForMatching';
import { capitalizeLike, type Replacements } from './replacements';
import type { Lexicon, LexiconEntry, LexiconLanguage, TermForm, TermOccurrence } from './types';

/** A form of an entry as the matcher looks for it. */
export interface Pattern {
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
  /** `written` lower-cased, white space runs made one space: what `spelledAs` compares, made once per form. */
  readonly literal: string;
}

/**
 * The patterns of `lexicons` in `language`, with `keys[i]` the normalised key of `patterns[i]`; keys are
 * distinct. Agreed forms come first, so that a form listed both as agreed and as deprecated is never
 * flagged; then the earlier lexicon and entry win a shared key.
 */
export function collectPatterns(lexicons: readonly Lexicon[], language: LexiconLanguage): { patterns: Pattern[]; keys: string[] } {
  const patterns: Pattern[] = [];
  const keys: string[] = [];
  const byKey = new Map<string, Pattern>();
  const add = (entry: LexiconEntry, form: TermForm, written: string): void => {
    if (written.length > LEXICON_LIMITS.maxFormChars) return;
    const key = normalizeForm(written, language);
    if (key.length === 0) return;
    const forms = language === 'ar' ? arabicForms(key) : [key];
    for (const variant of forms) {
      const pattern: Pattern = { entry, form, written, substring: language === 'zh', arabic: language === 'ar', alternatives: [], literal: literalOf(written) };
      const first = byKey.get(variant);
      if (first === undefined) {
        patterns.push(pattern);
        keys.push(variant);
        byKey.set(variant, pattern);
      } else if (first.entry === entry) {
        // Two forms of one entry that fold alike (`communications technologies`, `communication technology`):
        // the occurrence reports whichever the text spells exactly.
        first.alternatives.push(pattern);
      }
    }
  };
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
  return { patterns, keys };
}

/** The occurrence of `pattern` found at `start`..`end` of `text`, with the form the text spells and its quick fix. */
export function occurrenceOf(text: string, start: number, end: number, found: Pattern, replacements: Replacements, language: LexiconLanguage): TermOccurrence {
  const matched = text.slice(start, end);
  const pattern = spelledAs(found, matched);
  const replacement = pattern.form === 'deprecated' ? replacements.agreed.get(pattern.entry) : pattern.entry.status === 'contested' || pattern.entry.status === 'rejected' ? replacements.instead.get(pattern.entry) : undefined;
  return replacement === undefined
    ? { start, end, entry: pattern.entry, form: pattern.form, matched, language }
    : { start, end, entry: pattern.entry, form: pattern.form, matched, language, replacement: capitalizeLike(replacement, matched) };
}

/**
 * Whether an abbreviation in the text keeps the lexicon's capitals: `ICT`, `ICTs` for `ICTs`, not `icts`.
 * A final lower-case `s` after a capital is the plural and may be present or not.
 */
export function sameCapitals(matched: string, written: string): boolean {
  const base = (value: string): string => {
    const collapsed = value.replace(/\s+/gu, ' ');
    return /\p{Lu}s$/u.test(collapsed) ? collapsed.slice(0, -1) : collapsed;
  };
  return base(matched) === base(written);
}

/** The form found at `start`..`end` of `text`, or the one among the forms that fold alike that the text spells (see `spelledAs`). */
export function formSpelledAt(found: Pattern, text: string, start: number, end: number): Pattern {
  return found.alternatives.length === 0 ? found : spelledAs(found, text.slice(start, end));
}

/**
 * The pattern, or the alternative among its same-key forms, closest to the matched text's spelling: the one
 * sharing the longest start with it (`communication technology` is closer to the variant
 * `communication technologies` than to the term `communications technologies`); ties keep the first.
 */
function spelledAs(pattern: Pattern, matched: string): Pattern {
  const alternatives = pattern.alternatives;
  if (alternatives.length === 0) return pattern;
  // The forms' literals are made with the patterns; only the occurrence's is made here, once (this runs for every
  // occurrence of a form that has alternatives, thousands in a long draft).
  const wanted = literalOf(matched);
  let best = pattern;
  let bestShared = sharedStart(pattern.literal, wanted);
  for (let k = 0; k < alternatives.length; k++) {
    const length = sharedStart(alternatives[k].literal, wanted);
    if (length > bestShared) {
      best = alternatives[k];
      bestShared = length;
    }
  }
  return best;
}

const WHITE_SPACE_RUNS = /\s+/gu;

/** A spelling lower-cased, each run of white space one space. */
function literalOf(value: string): string {
  return value.replace(WHITE_SPACE_RUNS, ' ').toLowerCase();
}

/** How many units `a` and `b` share from their start. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** An Arabic form, plus its spelling after the preposition ل when it starts with the article (الجريمة → للجريمة). */
function arabicForms(key: string): string[] {
  return key.startsWith('ال') && key.length > 2 ? [key, 'لل' + key.slice(2)] : [key];
}
