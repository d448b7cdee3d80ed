// The English plural rule as regular expressions, as it was before the matcher folded plurals in place; other languages as the matcher has them.

import { inflectionKey as currentKey } from '../../../server/src/core/lexicon/inflection';
import type { LexiconLanguage } from '../../../server/src/core/lexicon/types';

/** `inflectionKey`, with English keys from the regular expressions below. */
export function inflectionKey(word: string, language: LexiconLanguage): string {
  return language === 'en' ? englishKey(word) : currentKey(word, language);
}

const ASCII_WORD = /^[a-z]+$/;

function englishKey(word: string): string {
  if (word.length <= 3 || !ASCII_WORD.test(word) || word.charCodeAt(word.length - 1) !== 0x73 /* s */) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}
