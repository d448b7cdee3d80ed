// Gathers what hover shows about a lexicon entry, as plain data for any renderer.

import { formsOf } from './formsOf';
import { LEXICON_LANGUAGES, type LexiconEntry, type TermHoverInfo } from './types';

/**
 * The hover information of an entry: status, definition, precedent, abbreviation, note and the term in
 * the six languages (English is `translations.en` when given, else the term).
 */
export function describeTerm(entry: LexiconEntry): TermHoverInfo {
  const languages = LEXICON_LANGUAGES.map((language) => {
    const forms = formsOf(entry.translations[language]);
    return { language, forms: language === 'en' && forms.length === 0 ? [entry.term] : [...forms] };
  });
  return {
    term: entry.term,
    status: entry.status,
    ...(entry.abbreviation !== undefined && { abbreviation: entry.abbreviation }),
    ...(entry.definition !== undefined && { definition: entry.definition }),
    ...(entry.source !== undefined && { source: entry.source }),
    ...(entry.note !== undefined && { note: entry.note }),
    ...(entry.useInstead !== undefined && { useInstead: entry.useInstead }),
    variants: [...entry.variants],
    deprecated: [...entry.deprecated],
    languages,
  };
}
