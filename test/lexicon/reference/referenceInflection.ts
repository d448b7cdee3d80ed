// The inflection rules as they were before the matcher was made faster, kept unchanged as part of the reference.

import type { LexiconLanguage } from '../../../server/src/core/lexicon/types';

/**
 * The key of a lower-cased word for matching: the same for its singular and plural (English, French,
 * Spanish) or for its case forms (Russian). Applied to both the lexicon's forms and the document's words,
 * so the rules only need to be consistent, not linguistically complete; they stay deliberately small,
 * to what a terminologist would accept as "the same term":
 *
 * - en: plurals. `technologies`→`technology`, `States`→`state`, `measures`→`measure`,
 *   `approaches`→`approach`, `ICTs`→`ict`; words in -ss, -us, -is (`process`, `status`, `analysis`) and
 *   words of three letters or fewer are kept. Verb forms (`measured`) are not folded: they are other words.
 * - fr, es: plurals in -s (and -x in French): `États`→`état`, `tecnologías`→`tecnología`.
 * - ru: one common case or number ending is removed from words of four letters or more, keeping a stem of
 *   three or more (`государственного`→`государственн`, `технологий`→`технолог`).
 * - ar, zh: no folding (Arabic proclitics are handled by the matcher at the start of a match).
 */
export function inflectionKey(word: string, language: LexiconLanguage): string {
  switch (language) {
    case 'en':
      return englishKey(word);
    case 'fr':
      return romanceKey(word, true);
    case 'es':
      return romanceKey(word, false);
    case 'ru':
      return russianKey(word);
    default:
      return word;
  }
}

const ASCII_WORD = /^[a-z]+$/;

function englishKey(word: string): string {
  if (word.length <= 3 || !ASCII_WORD.test(word) || word.charCodeAt(word.length - 1) !== 0x73 /* s */) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.slice(0, -1);
}

const LATIN_WORD = /^[\p{Script=Latin}]+$/u;

function romanceKey(word: string, allowX: boolean): string {
  if (word.length <= 3 || !LATIN_WORD.test(word)) return word;
  const last = word[word.length - 1];
  if (last === 's' && word[word.length - 2] !== 's') return word.slice(0, -1);
  if (allowX && last === 'x') return word.slice(0, -1);
  return word;
}

// Longest first, so that `-ями` wins over `-и`; the -ия/-ие noun endings are listed whole so that
// `технологии`, `технологий` and `технологиям` share the stem `технолог`.
const RUSSIAN_ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иям', 'иях', 'ией', 'ием',
  'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ую', 'юю', 'ом', 'ем', 'ым', 'им',
  'ам', 'ям', 'ах', 'ях', 'ов', 'ев', 'ью', 'ия', 'ии', 'ию',
  'а', 'я', 'о', 'е', 'ы', 'и', 'у', 'ю', 'ь', 'й',
].sort((a, b) => b.length - a.length);

const CYRILLIC_WORD = /^[\p{Script=Cyrillic}]+$/u;

function russianKey(word: string): string {
  if (word.length < 4 || !CYRILLIC_WORD.test(word)) return word;
  for (const ending of RUSSIAN_ENDINGS) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}
