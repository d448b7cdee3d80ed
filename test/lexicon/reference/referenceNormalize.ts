// The pre-rewrite normaliser, kept as the reference the fast matcher is compared with (see referenceMatcher.ts); it shares only the per-character folding.

import { OTHER, SPACE, WORD, classify, classifyAt, foldChar, foldPunctuation, isWordPair, unitLength } from '../../../server/src/core/lexicon/foldUnits';
import { mayInflect } from '../../../server/src/core/lexicon/normalizeForMatching';
import { NormalizedStream } from '../../../server/src/core/lexicon/normalizedStream';
import type { LexiconLanguage } from '../../../server/src/core/lexicon/types';
import { inflectionKey } from './referenceInflection';

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
 * Normalises `ranges` of `text` (sorted and merged first; touching ranges are one) into one stream:
 * - letters are lower-cased, Arabic short vowels and tatweel dropped, Arabic alef forms unified, `ё` read as `е`;
 * - each word is replaced by its inflection key (`technologies` → `technology`, see `inflectionKey`);
 * - every run of whitespace (spaces, tabs, newlines, indentation) becomes one space;
 * - typographic apostrophes become `'` and non-breaking hyphens `-`;
 * - soft hyphens and zero-width characters inside words are dropped.
 */
export function normalizeForMatching(text: string, ranges: ReadonlyArray<readonly [number, number]>, language: LexiconLanguage): NormalizedText {
  const out = new NormalizedStream(Math.min(text.length, totalLength(ranges)) + ranges.length + 16);
  const merged = mergeRanges(ranges, text.length);
  for (let r = 0; r < merged.length; r++) {
    if (r > 0) out.push(0, merged[r][0], merged[r][0]);
    appendRange(text, merged[r][0], merged[r][1], language, out);
  }
  return { codes: out.codes.subarray(0, out.length), starts: out.starts.subarray(0, out.length), ends: out.ends.subarray(0, out.length) };
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
    return isWordPair(high, low);
  }
  return classify(code) === WORD;
}

function appendRange(text: string, from: number, to: number, language: LexiconLanguage, out: NormalizedStream): void {
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
function appendWord(text: string, from: number, to: number, language: LexiconLanguage, out: NormalizedStream): void {
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

const MAX_INFLECTED_WORD = 64;

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
