// Counts words in the prose of a document, telling apart those inside brackets and inside open option sets.

import type { DocumentModel, Range } from '../analysis/model';
import { firstEndingAfter } from '../analysis/queries';

/**
 * A word: a run of letters, digits and combining marks, with inner apostrophes, hyphens and dots (`State's`,
 * `co-operation`, `U.N`); each Chinese or Japanese character counts as one word, as translators count them.
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Calls `visit` with the start of every word of the prose, in document order, and whether it stands in a bracket
 * or, outside brackets, in an option set of two or more options (neither is agreed text). Read from the flat prose
 * pairs, a word at a time, with no object per word: the status report of a 1 MB draft counts some 150,000 words.
 */
export function forEachProseWord(model: DocumentModel, visit: (start: number, inBracket: boolean, inOptionSet: boolean) => void): void {
  const brackets = mergeRanges(model.brackets.filter((b) => b.depth === 1).map((b) => ({ start: b.start, end: b.end })));
  const options = mergeRanges(model.optionSets.filter((s) => s.members.length > 1).map((s) => ({ start: s.start, end: s.end })));
  const { text, prosePairs } = model;
  let b = 0;
  let o = 0;
  for (let p = 0; p < prosePairs.length; p += 2) {
    const proseStart = prosePairs[p];
    // Each run of prose on its own, so that a word ends where its prose does.
    const prose = text.slice(proseStart, prosePairs[p + 1]);
    WORD.lastIndex = 0;
    for (let match = WORD.exec(prose); match !== null; match = WORD.exec(prose)) {
      const start = proseStart + match.index;
      while (b < brackets.length && brackets[b].end <= start) b++;
      while (o < options.length && options[o].end <= start) o++;
      const inBracket = b < brackets.length && brackets[b].start <= start;
      visit(start, inBracket, !inBracket && o < options.length && options[o].start <= start);
    }
  }
}

/** The number of words in a plain string. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/** The number of words in a document's prose: the total the status report and the statistics panel both show. */
export function proseWordCount(model: DocumentModel): number {
  let count = 0;
  forEachProseWord(model, () => count++);
  return count;
}

/** Sorted, disjoint ranges covering the same offsets as `ranges`. */
export function mergeRanges(ranges: ReadonlyArray<Range>): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Array<{ start: number; end: number }> = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** A word of the prose and where it starts. */
export interface WordAt {
  readonly word: string;
  readonly start: number;
}

/** The words of the prose inside `range`, in order (labels, annotations, comments and markers are not prose). */
export function proseWords(model: DocumentModel, range: Range): WordAt[] {
  const prose = model.prose;
  const words: WordAt[] = [];
  for (let p = firstEndingAfter(prose, range.start); p < prose.length && prose[p].start < range.end; p++) {
    const from = Math.max(prose[p].start, range.start);
    const to = Math.min(prose[p].end, range.end);
    for (const match of model.text.slice(from, to).matchAll(WORD)) words.push({ word: match[0], start: from + match.index! });
  }
  return words;
}
