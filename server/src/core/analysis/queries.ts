// Lookups by offset, shared by features: which bracket is at an offset, how many brackets a range holds, where a range starts or ends.

import type { Annotation, Bracket, Clause, DocumentModel, Range, TermOccurrence } from './model';

/**
 * The index of the first bracket whose opener starts at or after `offset` (brackets are in opener order); `low` and
 * `high` bound the search when the answer is known to lie in between. A bracket starts where its opener does, and the
 * searches read that field of the record: once a large model's objects no longer fit in the processor's caches, each
 * object fetched per probe counts.
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
export function firstStartingFrom(ranges: ReadonlyArray<{ readonly start: number }>, offset: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (ranges[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The lexicon term at `offset`, its end included when `endIncluded` (a cursor right after it), or undefined. */
export function termAt(model: DocumentModel, offset: number, endIncluded: boolean): TermOccurrence | undefined {
  const index = model.terms.indexAt(offset, endIncluded);
  return index < 0 ? undefined : model.terms.occurrence(index);
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

/**
 * True when `offset` lies inside one of the flat ranges `pairs` (`start, end, …`, sorted and disjoint, as the model's
 * `prosePairs`) or at its end, not at its start: a cursor in or right after a run of prose. Searched in the pairs, so
 * that no range objects are made for it.
 */
export function withinOrAtEnd(pairs: Int32Array, offset: number): boolean {
  // `low` ends as the number of ranges that start before `offset`; the last of them is the only candidate.
  let low = 0;
  let high = pairs.length >> 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (pairs[2 * mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 && offset <= pairs[2 * low - 1];
}

/** How many of the ascending `starts` lie in `range` (at or after its start, before its end): two binary searches. */
export function countStartsIn(starts: ArrayLike<number>, range: Range): number {
  return firstAtOrAfter(starts, range.end) - firstAtOrAfter(starts, range.start);
}

function firstAtOrAfter(starts: ArrayLike<number>, offset: number): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid] < offset) low = mid + 1;
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

/** The `[` of a bracket, as a range (a new object). */
export function openerOf(bracket: Bracket): Range {
  return { start: bracket.start, end: bracket.start + 1 };
}

/** The `]` of a closed bracket, as a range (a new object), or undefined. */
export function closerOf(bracket: Bracket): Range | undefined {
  return bracket.closed ? { start: bracket.end - 1, end: bracket.end } : undefined;
}

/**
 * The bracketed text, as a range (a new object): after the `[`, up to the `]`, or to the bracket's end when it is
 * unclosed. The typing paths (findings, semantic tokens, the analysis) read the same offsets without the object.
 */
export function innerOf(bracket: Bracket): Range {
  return { start: bracket.start + 1, end: bracket.closed ? bracket.end - 1 : bracket.end };
}

/** The text between an annotation's braces, as a range (a new object); empty, just after its `{`, for an unclosed one. */
export function contentOf(annotation: Annotation): Range {
  return { start: annotation.start + 1, end: annotation.closed ? annotation.end - 1 : annotation.end };
}

/** Where a clause's role word is written, as a range (a new object), or undefined when the clause has none. */
export function roleRangeOf(clause: Clause): Range | undefined {
  return clause.roleStart < 0 ? undefined : { start: clause.roleStart, end: clause.roleStart + (clause.roleText ?? '').length };
}

/** The clauses of an annotation as objects, with their items (new objects at each call): for the features off the typing path. */
export function clausesOf(model: Pick<DocumentModel, 'clauseTable'>, annotation: Annotation): Clause[] {
  return model.clauseTable.slice(annotation.firstClause, annotation.clauseEnd);
}
