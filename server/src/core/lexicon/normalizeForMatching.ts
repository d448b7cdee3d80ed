// Turns prose into the normalised stream of UTF-16 units that terms are matched against, each unit with its source range.
//
// In `Critical  Infrastructures`, the stream is `critical infrastructure` and its last unit maps to the source's
// `es`, so a match ending there ends at the end of the source word.

import { OTHER, SPACE, WORD, classify, classifyAt, foldChar, foldPunctuation, unitLength } from './foldUnits';
import { foldEnglishPlural, inflectionKey } from './inflection';
import { NormalizedStream } from './normalizedStream';
import type { LexiconLanguage } from './types';
import type { RangeList } from '../text/rangeList';

/**
 * Separates two prose ranges in the stream. Nothing matches across it: forms never contain it, and
 * it is neither a letter nor a space, so it also counts as a word boundary.
 */
export const RANGE_SEPARATOR = 0;

/**
 * Normalises `ranges` of `text` (sorted and merged first; touching ranges are one) into `out`, with
 * RANGE_SEPARATOR between ranges:
 * - letters are lower-cased, Arabic short vowels and tatweel dropped, Arabic alef forms unified, `ё` read as `е`;
 * - each word is replaced by its inflection key (`technologies` → `technology`, see `inflectionKey`);
 * - every run of whitespace (spaces, tabs, newlines, indentation) becomes one space;
 * - typographic apostrophes become `'` and non-breaking hyphens `-`;
 * - soft hyphens and zero-width characters inside words are dropped.
 */
export function normalizeInto(text: string, ranges: RangeList, language: LexiconLanguage, out: NormalizedStream): void {
  const merged = mergeRanges(ranges, text.length);
  for (let r = 0; r < merged.length; r += 2) {
    if (r > 0) out.push(RANGE_SEPARATOR, merged[r], merged[r]);
    appendRange(text, merged[r], merged[r + 1], language, out);
  }
}

/** The normalised key of one lexicon form: the same normalisation, without leading or trailing spaces. */
export function normalizeForm(form: string, language: LexiconLanguage): string {
  // One range, so no merging and no separator: the form is appended as it is, into a stream kept for the purpose.
  // A 2,000-term lexicon normalises some 40,000 forms when it is read and its matcher built, and three typed arrays
  // made for each cost 10–15 ms of the 190 ms a keystroke in the lexicon file takes.
  const out = formStream;
  out.clear();
  appendRange(form, 0, form.length, language, out);
  const key = unitsToString(out.codes, 0, out.length).trim();
  // A long form grew it: not kept that size.
  if (out.codes.length > MAX_KEPT_FORM_UNITS) formStream = new NormalizedStream(64);
  return key;
}

/** The stream `normalizeForm` reuses (nothing it calls normalises a form, so one is enough). */
let formStream = new NormalizedStream(64);
const MAX_KEPT_FORM_UNITS = 4096;

/**
 * Units as a string, decoded in chunks: one call with a huge argument list would overflow the stack. `apply` takes
 * the typed array as it is, where a spread walks it through an iterator (four times slower on a form's few units).
 */
function unitsToString(codes: Uint16Array, from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i += 8192) text += String.fromCharCode.apply(null, codes.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
  return text;
}

/** Whether a character is an ASCII letter or digit, the common case of a word character, decided without a lookup. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/** Appends the prose from `from` to `to`. */
function appendRange(text: string, from: number, to: number, language: LexiconLanguage, out: NormalizedStream): void {
  for (let i = from; i < to; ) {
    out.checkpoint();
    i = appendToken(text, i, to, language, out);
  }
}

/**
 * Appends what starts at `i`, before `to`: a word (its folded, inflected units, maybe none), a run of
 * whitespace (one space) or another character (one unit). Returns where the next one starts.
 */
export function appendToken(text: string, i: number, to: number, language: LexiconLanguage, out: NormalizedStream): number {
  const code = text.charCodeAt(i);
  const kind = code < 0x80 ? (isAsciiWordCode(code) ? WORD : classify(code)) : classifyAt(text, i);
  if (kind === WORD) return appendWord(text, i, to, language, out);
  if (kind === SPACE) {
    let j = i + 1;
    while (j < to && classifyAt(text, j) === SPACE) j++;
    out.push(0x20, i, j);
    return j;
  }
  out.push(foldPunctuation(code), i, i + 1);
  return i + 1;
}

/**
 * Appends the word starting at `from` (it ends where word characters stop, or at `to`), folded character by
 * character, then replaced by its inflection key; returns where the word's characters end (past `to` when
 * `to` cuts a surrogate pair, which is folded whole).
 */
function appendWord(text: string, from: number, to: number, language: LexiconLanguage, out: NormalizedStream): number {
  const first = out.length;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isAsciiWordCode(code)) {
      i = appendAsciiRun(text, i, to, out);
      continue;
    }
    if (code < 0x80) {
      if (classify(code) !== WORD) break;
      out.push(code, i, i + 1);
      i++;
      continue;
    }
    if (classifyAt(text, i) !== WORD) break;
    const length = unitLength(text, i);
    const mapped = foldChar(text, i, length);
    for (let k = 0; k < mapped.length; k++) out.push(mapped.charCodeAt(k), i, i + length);
    i += length;
  }
  const end = Math.min(i, to);
  if (out.length === first) return i;
  if (out.length - first <= MAX_INFLECTED_WORD && mayInflect(out.codeAt(out.length - 1), out.codeAt(first), language)) inflect(out, first, end, language);
  // A match that ends with this word covers the whole source word, dropped marks and endings included.
  if (out.length > first) {
    out.setStart(first, from);
    out.setEnd(out.length - 1, end);
  }
  return i;
}

/**
 * Appends the ASCII letters and digits from `from` on, lower-cased, and returns where they stop. ASCII is most
 * of most documents, and this loop reads it: one table lookup per character, the stream's arrays written
 * directly rather than through a call per unit.
 */
function appendAsciiRun(text: string, from: number, to: number, out: NormalizedStream): number {
  let slot = out.reserve(Math.min(to - from, ASCII_RUN_ROOM));
  let room = out.codes.length - slot;
  let i = from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    const folded = code < 0x80 ? ASCII_WORD_FOLD[code] : 0;
    if (folded === 0) break;
    if (room === 0) {
      out.length = out.base + slot;
      slot = out.reserve(ASCII_RUN_ROOM);
      room = out.codes.length - slot;
    }
    out.codes[slot] = folded;
    out.starts[slot] = i;
    out.ends[slot] = i + 1;
    slot++;
    room--;
  }
  out.length = out.base + slot;
  return i;
}

/** Room made at once for a run of ASCII letters: most words are shorter. */
const ASCII_RUN_ROOM = 64;

/** For each ASCII code, its lower-case form when it is a letter or digit, else 0. */
export const ASCII_WORD_FOLD = new Uint16Array(0x80).map((_, code) => (isAsciiWordCode(code) ? (code >= 0x41 && code <= 0x5a ? code + 32 : code) : 0));

/** No real word is longer than this; a long run of letters (a pasted hash, a Chinese paragraph) is never folded. */
export const MAX_INFLECTED_WORD = 64;

/**
 * Replaces the folded word from `first` to the stream's end by its inflection key, which only changes the
 * word's end; new units at the end map to the rest of the source word, which ends at `end`.
 */
function inflect(out: NormalizedStream, first: number, end: number, language: LexiconLanguage): void {
  if (language === 'en') {
    // In place, without a string: most English words that reach here are plurals. The key's last unit is
    // mapped to the word's end by the caller, as the `y` of `-ies` → `-y` must be.
    out.truncate(foldEnglishPlural(out.codes, first - out.base, out.length - out.base) + out.base);
    return;
  }
  const folded = out.slice(first);
  const key = inflectionKey(folded, language);
  if (key === folded) return;
  let common = 0;
  while (common < key.length && common < folded.length && key.charCodeAt(common) === folded.charCodeAt(common)) common++;
  const tailStart = common < folded.length ? out.startAt(first + common) : end;
  out.truncate(first + common);
  for (let k = common; k < key.length; k++) out.push(key.charCodeAt(k), tailStart, end);
}

/**
 * Whether `inflectionKey` could change a word, from its last and first folded units: a cheap test that
 * spares building a string for most words (English, French and Spanish only fold words ending in s or x;
 * Russian only Cyrillic words).
 */
export function mayInflect(last: number, first: number, language: LexiconLanguage): boolean {
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

/**
 * Sorts, clamps and merges ranges into flat start/end pairs; touching ranges merge because nothing separates
 * them in the text. Ranges that are already in order and apart, as the analysis gives them, are taken as they are:
 * pairs copied flat, a flat list itself.
 */
export function mergeRanges(ranges: RangeList, length: number): Int32Array | number[] {
  if (ranges instanceof Int32Array) {
    const count = ranges.length >> 1;
    let previousEnd = -1;
    for (let i = 0; i < count; i++) {
      const start = ranges[2 * i];
      const end = ranges[2 * i + 1];
      if (!(start > previousEnd && end > start && end <= length)) return mergeUnordered(pairsOf(ranges), length);
      previousEnd = end;
    }
    // Read, never written: the caller's array serves as it is.
    return ranges.length === 2 * count ? ranges : ranges.subarray(0, 2 * count);
  }
  const flat = new Int32Array(ranges.length * 2);
  let count = 0;
  let previousEnd = -1;
  // Indexed, without destructuring: `for (const [start, end] of ranges)` made an iterator result per range.
  for (let i = 0; i < ranges.length; i++) {
    const pair = ranges[i];
    const start = pair[0];
    const end = pair[1];
    if (!(start > previousEnd && end > start && end <= length && start === (start | 0) && end === (end | 0))) return mergeUnordered(ranges, length);
    flat[count++] = start;
    flat[count++] = end;
    previousEnd = end;
  }
  return flat;
}

/** The pairs of a flat list. */
function pairsOf(flat: Int32Array): Array<readonly [number, number]> {
  const pairs: Array<readonly [number, number]> = [];
  for (let i = 0; i + 1 < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  return pairs;
}

function mergeUnordered(ranges: ReadonlyArray<readonly [number, number]>, length: number): number[] {
  const sorted = ranges
    .map(([start, end]): [number, number] => [Math.max(0, Math.min(start, length)), Math.max(0, Math.min(end, length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: number[] = [];
  for (const [start, end] of sorted) {
    if (merged.length > 0 && start <= merged[merged.length - 1]) merged[merged.length - 1] = Math.max(merged[merged.length - 1], end);
    else merged.push(start, end);
  }
  return merged;
}
