// Looks up the lexicon entry that a piece of text names, in any of its forms and languages.

import { normalizeForm } from './normalizeForMatching';
import { formsOf } from './formsOf';
import { LEXICON_LANGUAGES, type Lexicon, type LexiconEntry, type LexiconLanguage } from './types';

/**
 * The entry whose term, variant, abbreviation, deprecated form or translation `text` is, compared as the
 * matcher compares (case, whitespace and plural folded: `Critical Infrastructures` finds
 * `critical infrastructure`); the first lexicon wins. For hover and completion, which start from a
 * word or a phrase rather than from a scan of the document.
 */
export function findEntry(lexicons: readonly Lexicon[], text: string): LexiconEntry | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return undefined;
  for (const lexicon of lexicons) {
    const index = indexOf(lexicon);
    for (const language of LEXICON_LANGUAGES) {
      const found = index.get(keyOf(language, normalizeForm(trimmed, language)));
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/** Indexes are built once per lexicon object: a lexicon is replaced, never mutated, when its file changes. */
const INDEXES = new WeakMap<Lexicon, Map<string, LexiconEntry>>();

function indexOf(lexicon: Lexicon): Map<string, LexiconEntry> {
  let index = INDEXES.get(lexicon);
  if (index !== undefined) return index;
  index = new Map();
  const put = (language: LexiconLanguage, form: string, entry: LexiconEntry): void => {
    const key = keyOf(language, normalizeForm(form, language));
    if (!index!.has(key)) index!.set(key, entry);
  };
  // Agreed forms first, as in the matcher, so a form that is both agreed and deprecated finds the agreed entry.
  for (const entry of lexicon.entries) {
    put('en', entry.term, entry);
    for (const variant of entry.variants) put('en', variant, entry);
    if (entry.abbreviation !== undefined) put('en', entry.abbreviation, entry);
    for (const language of LEXICON_LANGUAGES) for (const form of formsOf(entry.translations[language])) put(language, form, entry);
  }
  for (const entry of lexicon.entries) {
    for (const form of entry.deprecated) put('en', form, entry);
    for (const language of LEXICON_LANGUAGES) for (const form of entry.deprecatedTranslations[language] ?? []) put(language, form, entry);
  }
  INDEXES.set(lexicon, index);
  return index;
}

function keyOf(language: LexiconLanguage, normalized: string): string {
  return `${language}\u0000${normalized}`;
}
