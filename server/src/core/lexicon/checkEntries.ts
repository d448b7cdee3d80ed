// Checks a lexicon's entries against each other: duplicate terms, and deprecated forms that are agreed elsewhere.

import { LineIndex } from './lineIndex';
import { normalizeForm } from './normalizeForMatching';
import { lexiconProblem } from './problemCatalogue';
import { formsOf } from './formsOf';
import { LEXICON_LANGUAGES, type DataFileProblem, type LexiconEntry, type LexiconLanguage } from './types';

/** A half-open offset range in the lexicon file. */
export type Span = readonly [number, number];

/** Where each form of an entry is written, when the reader knows (YAML does; imports give the entry's span). */
export interface EntryLocations {
  readonly abbreviation?: Span;
  readonly variants: readonly Span[];
  readonly deprecated: readonly Span[];
  readonly deprecatedTranslations: Partial<Record<LexiconLanguage, readonly Span[]>>;
}

/**
 * Cross-entry problems, compared as the matcher compares (case, spacing and plurals folded), since two
 * forms the matcher cannot tell apart are the same form to a drafter:
 * - `lexicon.duplicateTerm`: a term, variant or abbreviation that is already a form of an earlier entry;
 * - `lexicon.deprecatedIsAgreed`: a deprecated form (English or translated) that is the term, a variant
 *   or a translation of an agreed entry, including its own. The matcher would never flag it.
 */
export function checkEntries(entries: readonly LexiconEntry[], text: string, locations: ReadonlyMap<LexiconEntry, EntryLocations>): DataFileProblem[] {
  const problems: DataFileProblem[] = [];
  const lines = new LineIndex(text);
  const where = (entry: LexiconEntry): string => `“${entry.term}” (line ${lines.lineOf(entry.termStart)})`;
  const seen = new Map<string, LexiconEntry>();
  const agreed = new Map<string, LexiconEntry>();
  for (const entry of entries) {
    const spans = locations.get(entry);
    const termSpan: Span = [entry.termStart, entry.termEnd];
    const claim = (form: string, span: Span, kind: string): void => {
      const key = normalizeForm(form, 'en');
      if (key.length === 0) return;
      const owner = seen.get(key);
      if (owner === undefined) seen.set(key, entry);
      else if (owner !== entry) problems.push(lexiconProblem('lexicon.duplicateTerm', `The ${kind} “${form}” is already a form of the entry ${where(owner)}.`, span[0], span[1]));
    };
    claim(entry.term, termSpan, 'term');
    entry.variants.forEach((variant, i) => claim(variant, spans?.variants[i] ?? termSpan, 'variant'));
    if (entry.abbreviation !== undefined) claim(entry.abbreviation, spans?.abbreviation ?? termSpan, 'abbreviation');
    if (entry.status === 'agreed') {
      for (const form of [entry.term, ...entry.variants]) remember(agreed, 'en', form, entry);
      for (const language of LEXICON_LANGUAGES) for (const form of formsOf(entry.translations[language])) remember(agreed, language, form, entry);
    }
  }
  for (const entry of entries) {
    const spans = locations.get(entry);
    const termSpan: Span = [entry.termStart, entry.termEnd];
    const check = (language: LexiconLanguage, form: string, span: Span): void => {
      const owner = agreed.get(`${language}\u0000${normalizeForm(form, language)}`);
      if (owner === undefined) return;
      const whose = owner === entry ? 'this entry' : `the agreed entry ${where(owner)}`;
      problems.push(lexiconProblem('lexicon.deprecatedIsAgreed', `“${form}” is listed as deprecated but is also an agreed form of ${whose}; the matcher will never flag it.`, span[0], span[1]));
    };
    entry.deprecated.forEach((form, i) => check('en', form, spans?.deprecated[i] ?? termSpan));
    for (const language of LEXICON_LANGUAGES) {
      (entry.deprecatedTranslations[language] ?? []).forEach((form, i) => check(language, form, spans?.deprecatedTranslations[language]?.[i] ?? termSpan));
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

function remember(map: Map<string, LexiconEntry>, language: LexiconLanguage, form: string, entry: LexiconEntry): void {
  const key = `${language}\u0000${normalizeForm(form, language)}`;
  if (!map.has(key)) map.set(key, entry);
}
