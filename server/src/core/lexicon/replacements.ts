// The text a quick fix offers for a term occurrence: the agreed form of a deprecated one, the useInstead term of a contested one.

import { formsOf } from './formsOf';
import type { Lexicon, LexiconEntry, LexiconLanguage } from './types';

/** The quick-fix texts per entry in one language (see `replacementsFor`). */
export interface Replacements {
  readonly agreed: Map<LexiconEntry, string>;
  readonly instead: Map<LexiconEntry, string>;
}

/**
 * The quick-fix text per entry in `language`: for deprecated forms, the agreed term (or its first
 * translation); for contested or rejected entries, their `useInstead` term, translated when the lexicons
 * have an entry for it.
 */
export function replacementsFor(lexicons: readonly Lexicon[], language: LexiconLanguage): Replacements {
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

/** Gives `replacement` a capital first letter when the matched text has one (`Cyberspace` → `ICT environment`). */
export function capitalizeLike(replacement: string, matched: string): string {
  const first = matched.charAt(0);
  if (first === '' || first === first.toLowerCase() || first !== first.toUpperCase()) return replacement;
  const head = replacement.charAt(0);
  return head.toUpperCase() + replacement.slice(1);
}
