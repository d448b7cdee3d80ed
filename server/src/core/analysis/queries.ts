// Lookups by offset, shared by features: which bracket is at an offset, how many brackets a range holds, where a range starts or ends.

import type { Bracket, DocumentModel, Range } from './model';

/**
 * The index of the first bracket whose opener starts at or after `offset` (brackets are in opener order); `low` and
 * `high` bound the search when the answer is known to lie in between. A bracket starts where its opener does, so the
 * searches read `start`, not `open.start`: one object less to fetch per probe, which counts once a large model's
 * objects no longer fit in the processor's caches.
 */
export function firstBracketFrom(brackets: ReadonlyArray<Bracket>, offset: number, low = 0, high = brackets.length): number {
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (brackets[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * `firstBracketFrom(brackets, offset)`, searched outwards from `hint` (the answer for a nearby offset) in doubling
 * steps: offsets asked for in about document order (the outline asks for thousands) are found in a step or two,
 * where a search over all brackets takes a dozen.
 */
export function firstBracketFromNear(brackets: ReadonlyArray<Bracket>, offset: number, hint: number): number {
  const count = brackets.length;
  let step = 1;
  if (hint < count && brackets[hint].start < offset) {
    // The answer lies right of the hint: probe further right until an opener is at or after the offset.
    let low = hint + 1;
    while (low + step - 1 < count && brackets[low + step - 1].start < offset) {
      low += step;
      step *= 2;
    }
    return firstBracketFrom(brackets, offset, low, Math.min(low + step - 1, count));
  }
  // The answer is the hint or left of it: probe further left until an opener is before the offset.
  let high = Math.min(hint, count);
  while (high - step >= 0 && brackets[high - step].start >= offset) {
    high -= step;
    step *= 2;
  }
  return firstBracketFrom(brackets, offset, Math.max(high - step + 1, 0), high);
}

/** The index of the first of `ranges` (sorted by start) that starts at or after `offset`, or their count. */
export function firstStartingFrom(ranges: ReadonlyArray<Range>, offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first of `ranges` (sorted, disjoint) that ends after `offset`, or their count. */
export function firstEndingAfter(ranges: ReadonlyArray<Range>, offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The number of brackets whose opener lies in `range`. */
export function countBracketsIn(brackets: ReadonlyArray<Bracket>, range: Range): number {
  return firstBracketFrom(brackets, range.end) - firstBracketFrom(brackets, range.start);
}

/** The innermost bracket whose range (delimiters included) contains `offset`, or -1. */
export function bracketAt(model: DocumentModel, offset: number): number {
  const brackets = model.brackets;
  // Walk back from the last opener before the offset; parents come before children, so follow parents up.
  let index = firstBracketFrom(brackets, offset + 1) - 1;
  while (index >= 0) {
    const bracket = brackets[index];
    if (bracket.start <= offset && offset < bracket.end) {
      // A deeper bracket may still contain the offset if this one is a parent; children start later, so this is innermost.
      return index;
    }
    index = bracket.parent >= 0 && brackets[bracket.parent].end > offset ? bracket.parent : index - 1;
  }
  return -1;
}
