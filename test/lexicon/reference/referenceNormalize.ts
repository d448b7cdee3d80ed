// The pre-rewrite normaliser, kept unchanged as the reference the fast matcher is compared with (see referenceMatcher.ts).

import { inflectionKey } from './referenceInflection';
import type { LexiconLanguage } from '../../../server/src/core/lexicon/types';

/**
 * The normalised stream of some prose, as UTF-16 units, and for each unit the source range it came from.
 * In `Critical  Infrastructures`, the stream is `critical infrastructure` and its last unit maps to the
 * source's `es`, so a match ending there ends at the end of the source word. The units stay in a typed
 * array: the matcher reads them one by one, and building a 1 MB string would cost more than the scan.
 */
export interface NormalizedText {
  readonly codes: Uint16Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Separates two prose ranges in the stream. Nothing matches across it: forms never contain it, and
 * it is neither a letter nor a space, so it also counts as a word boundary.
 */
export const RANGE_SEPARATOR = '\u0000';

/**
 * Normalises `ranges` of `text` (sorted and merged first; touching ranges are one) into one stream:
 * - letters are lower-cased, Arabic short vowels and tatweel dropped, Arabic alef forms unified, `ё` read as `е`;
 * - each word is replaced by its inflection key (`technologies` → `technology`, see `inflectionKey`);
 * - every run of whitespace (spaces, tabs, newlines, indentation) becomes one space;
 * - typographic apostrophes become `'` and non-breaking hyphens `-`;
 * - soft hyphens and zero-width characters inside words are dropped.
 */
export function normalizeForMatching(text: string, ranges: ReadonlyArray<readonly [number, number]>, language: LexiconLanguage): NormalizedText {
  const out = new StreamBuilder(Math.min(text.length, totalLength(ranges)) + ranges.length + 16);
  const merged = mergeRanges(ranges, text.length);
  for (let r = 0; r < merged.length; r++) {
    if (r > 0) out.push(0, merged[r][0], merged[r][0]);
    appendRange(text, merged[r][0], merged[r][1], language, out);
  }
  return out.finish();
}

/** The normalised key of one lexicon form: the same normalisation, without leading or trailing spaces. */
export function normalizeForm(form: string, language: LexiconLanguage): string {
  return unitsToString(normalizeForMatching(form, [[0, form.length]], language).codes).trim();
}

/** Units as a string, decoded in chunks: one call with a huge argument list would overflow the stack. */
export function unitsToString(codes: Uint16Array, from = 0, to = codes.length): string {
  let text = '';
  for (let i = from; i < to; i += 8192) text += String.fromCharCode(...codes.subarray(i, Math.min(to, i + 8192)));
  return text;
}

/** Whether the stream unit at `index` belongs to a word (a letter, digit or mark); false outside the stream. */
export function isWordUnit(codes: Uint16Array, index: number): boolean {
  if (index < 0 || index >= codes.length) return false;
  const code = codes[index];
  if (code >= 0xd800 && code <= 0xdfff) {
    const high = code <= 0xdbff ? code : codes[index - 1] ?? code;
    const low = code <= 0xdbff ? codes[index + 1] ?? code : code;
    return WORD_CHAR.test(String.fromCharCode(high, low));
  }
  return classify(code) === WORD;
}

function appendRange(text: string, from: number, to: number, language: LexiconLanguage, out: StreamBuilder): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const kind = classifyAt(text, i);
    if (kind === SPACE) {
      let j = i + 1;
      while (j < to && classifyAt(text, j) === SPACE) j++;
      out.push(0x20, i, j);
      i = j;
    } else if (kind === WORD) {
      let j = i;
      while (j < to && classifyAt(text, j) === WORD) j += unitLength(text, j);
      appendWord(text, i, Math.min(j, to), language, out);
      i = j;
    } else {
      out.push(foldPunctuation(code), i, i + 1);
      i++;
    }
  }
}

/** Appends one word, folded character by character, then replaced by its inflection key. */
function appendWord(text: string, from: number, to: number, language: LexiconLanguage, out: StreamBuilder): void {
  const first = out.length;
  for (let i = from; i < to; ) {
    const code = text.charCodeAt(i);
    // ASCII is most of most documents: fold it without creating strings.
    if (code < 0x80) {
      out.push(code >= 0x41 && code <= 0x5a ? code + 32 : code, i, i + 1);
      i++;
      continue;
    }
    const length = unitLength(text, i);
    const mapped = foldChar(text, i, length);
    for (let k = 0; k < mapped.length; k++) out.push(mapped.charCodeAt(k), i, i + length);
    i += length;
  }
  if (out.length === first) return;
  // No real word is longer than this; a long run of letters (a pasted hash, a Chinese paragraph) is never folded.
  if (out.length - first <= MAX_INFLECTED_WORD && mayInflect(out.codeAt(out.length - 1), out.codeAt(first), language)) {
    const folded = out.slice(first);
    const key = inflectionKey(folded, language);
    if (key !== folded) {
      // Inflection only changes the end of a word: keep the common prefix's map, send the rest to the word's end.
      let common = 0;
      while (common < key.length && common < folded.length && key.charCodeAt(common) === folded.charCodeAt(common)) common++;
      const tailStart = common < folded.length ? out.startAt(first + common) : to;
      out.truncate(first + common);
      for (let k = common; k < key.length; k++) out.push(key.charCodeAt(k), tailStart, to);
    }
  }
  // A match that ends with this word covers the whole source word, dropped marks and endings included.
  if (out.length > first) {
    out.setStart(first, from);
    out.setEnd(out.length - 1, to);
  }
}

/**
 * Whether `inflectionKey` could change a word, from its last and first folded units: a cheap test that
 * spares building a string for most words (English, French and Spanish only fold words ending in s or x;
 * Russian only Cyrillic words).
 */
function mayInflect(last: number, first: number, language: LexiconLanguage): boolean {
  switch (language) {
    case 'en':
    case 'es':
      return last === 0x73;
    case 'fr':
      return last === 0x73 || last === 0x78;
    case 'ru':
      return first >= 0x0400 && first <= 0x04ff;
    default:
      return false;
  }
}

function foldChar(text: string, index: number, length: number): string {
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

function foldPunctuation(code: number): number {
  if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032) return 0x27; // '
  if (code === 0x2010 || code === 0x2011) return 0x2d; // -
  return code === 0 ? 0x20 : code;
}

const MAX_INFLECTED_WORD = 64;
const WORD = 1;
const SPACE = 2;
const OTHER = 3;
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/u;
/** Invisible characters that may sit inside a word without splitting it. */
const JOINERS = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
/** Character classes of the BMP, filled lazily: 0 unknown, then WORD, SPACE or OTHER. */
const CLASSES = new Uint8Array(0x10000);
const FOLD_CACHE = new Map<number, string>();

function classify(code: number): number {
  let kind = CLASSES[code];
  if (kind === 0) {
    const char = String.fromCharCode(code);
    kind = WORD_CHAR.test(char) || JOINERS.has(code) ? WORD : SPACE_CHAR.test(char) ? SPACE : OTHER;
    CLASSES[code] = kind;
  }
  return kind;
}

function classifyAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index) ?? code)) ? WORD : OTHER;
  }
  return classify(code);
}

function unitLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function totalLength(ranges: ReadonlyArray<readonly [number, number]>): number {
  let total = 0;
  for (const [start, end] of ranges) total += Math.max(0, end - start);
  return total;
}

/** Sorts, clamps and merges ranges; touching ranges merge because nothing separates them in the text. */
function mergeRanges(ranges: ReadonlyArray<readonly [number, number]>, length: number): Array<[number, number]> {
  const sorted = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** A growable stream of UTF-16 units with their source ranges, in typed arrays to stay small on 1 MB texts. */
class StreamBuilder {
  private codes: Uint16Array;
  private startsArray: Int32Array;
  private endsArray: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.startsArray = new Int32Array(capacity);
    this.endsArray = new Int32Array(capacity);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = code;
    this.startsArray[this.length] = start;
    this.endsArray[this.length] = end;
    this.length++;
  }

  codeAt(index: number): number {
    return this.codes[index];
  }

  /** The units from `start` to the end, as a string (a word: short). */
  slice(start: number): string {
    return unitsToString(this.codes, start, this.length);
  }

  startAt(index: number): number {
    return this.startsArray[index];
  }

  setStart(index: number, start: number): void {
    this.startsArray[index] = start;
  }

  setEnd(index: number, end: number): void {
    this.endsArray[index] = end;
  }

  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  finish(): NormalizedText {
    return { codes: this.codes.subarray(0, this.length), starts: this.startsArray.subarray(0, this.length), ends: this.endsArray.subarray(0, this.length) };
  }

  private grow(): void {
    const capacity = Math.max(16, this.codes.length * 2);
    const codes = new Uint16Array(capacity);
    codes.set(this.codes);
    const starts = new Int32Array(capacity);
    starts.set(this.startsArray);
    const ends = new Int32Array(capacity);
    ends.set(this.endsArray);
    this.codes = codes;
    this.startsArray = starts;
    this.endsArray = ends;
  }
}
