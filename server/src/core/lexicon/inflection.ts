// Folds the inflected forms of a word onto one key per language, so that `States` matches `State`.

import type { LexiconLanguage } from './types';

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

function englishKey(word: string): string {
  const units = new Uint16Array(word.length);
  for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
  const end = foldEnglishPlural(units, 0, units.length);
  return end === units.length ? word : String.fromCharCode(...units.subarray(0, end));
}

const [LOWER_A, LOWER_Z, C, E, H, I, S, U, X, Y, Z] = [...'azcehisuxyz'].map((c) => c.charCodeAt(0));

/**
 * Folds the English plural of the lower-cased word in `units[from..to)` in place and returns where the key
 * ends, without making a string: the matcher runs it on every word of a document ending in s. Only words of
 * four letters or more, all a-z, are folded: `-ies`→`-y` (five or more), `-sses -shes -ches -xes -zzes` lose
 * `es`, words in `-ss -us -is` stay, other words lose the final `s`.
 */
export function foldEnglishPlural(units: Uint16Array, from: number, to: number): number {
  if (to - from <= 3 || units[to - 1] !== S) return to;
  for (let i = from; i < to; i++) if (units[i] < LOWER_A || units[i] > LOWER_Z) return to;
  const [last2, last3, last4] = [units[to - 2], units[to - 3], units[to - 4]];
  if (last2 === E && last3 === I && to - from > 4) {
    units[to - 3] = Y;
    return to - 2;
  }
  if (last2 === E && (last3 === X || (last3 === S && last4 === S) || (last3 === H && (last4 === S || last4 === C)) || (last3 === Z && last4 === Z))) return to - 2;
  if (last2 === S || last2 === U || last2 === I) return to;
  return to - 1;
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
