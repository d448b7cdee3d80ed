// How one character of prose reads for matching: whether it is part of a word, a space or other, and what it folds to.

/** Character classes: a letter, digit, mark or joiner; whitespace; anything else. */
export const WORD = 1;
export const SPACE = 2;
export const OTHER = 3;

const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
/** Invisible characters that may sit inside a word without splitting it. */
const JOINERS = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Character classes of the BMP, filled lazily: 0 unknown, then WORD, SPACE or OTHER. */
const CLASSES = new Uint8Array(0x10000);
const FOLD_CACHE = new Map<number, string>();

/** The class of a UTF-16 unit taken alone (a surrogate alone is OTHER); small, so that hot loops inline it. */
export function classify(code: number): number {
  const kind = CLASSES[code];
  return kind !== 0 ? kind : classifyFirstTime(code);
}

function classifyFirstTime(code: number): number {
  const char = String.fromCharCode(code);
  const kind = WORD_CHAR.test(char) || JOINERS.has(code) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
  CLASSES[code] = kind;
  return kind;
}

/** The class of the character at `index`, reading a surrogate pair as one character. */
export function classifyAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? code)) ? WORD : OTHER;
  }
  return classify(code);
}

/** Whether two units, a high and a low surrogate or anything else, make one word character. */
export function isWordPair(high: number, low: number): boolean {
  return WORD_CHAR.test(String.fromCharCode(high, low));
}

/** The length of the character at `index`: 2 for a surrogate pair, else 1. */
export function unitLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * The folded form of a word character of `length` units at `index` that is not ASCII: lower-cased,
 * Arabic short vowels and tatweel dropped, Arabic alef forms unified, `ё` read as `е`, joiners dropped.
 */
export function foldChar(text: string, index: number, length: number): string {
  const code = text.charCodeAt(index);
  if (length === 2) return String.fromCodePoint(text.codePointAt(index) ?? code).toLowerCase();
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : text[index];
  let cached = FOLD_CACHE.get(code);
  if (cached === undefined) {
    cached = foldBmp(code);
    FOLD_CACHE.set(code, cached);
  }
  return cached;
}

function foldBmp(code: number): string {
  // Arabic short vowels, shadda, sukun, superscript alef and tatweel are optional in writing.
  if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) return '';
  // Alef with hamza or madda is often written as a bare alef.
  if (code === 0x0622 || code === 0x0623 || code === 0x0625 || code === 0x0671) return '\u0627';
  // Russian texts write ё and е interchangeably.
  if (code === 0x0401 || code === 0x0451) return '\u0435';
  if (JOINERS.has(code)) return '';
  return String.fromCharCode(code).toLowerCase();
}

/** The unit a character that is neither a word character nor a space stands for: typographic apostrophes and hyphens unified. */
export function foldPunctuation(code: number): number {
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return 0x27; // '
  if (code === 0x2010 || code === 0x2011) return 0x2d; // -
  return code === 0 ? 0x20 : code;
}
