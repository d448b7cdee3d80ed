// Moving between unresolved brackets: the next or previous opener from a cursor, wrapping around the document.

import type { DocumentModel, Range } from '../analysis/model';
import { firstBracketFrom } from '../analysis/queries';

/** Where to go: the bracket's range (opener to closer), and whether the search wrapped past the document's end or start. */
export interface BracketTarget {
  readonly range: Range;
  readonly wrapped: boolean;
  /** 1-based position of the bracket among all brackets, for "bracket 3 of 12". */
  readonly index: number;
  readonly count: number;
}

/**
 * The next bracket whose `[` starts after `offset` (or the previous one starting before it), nested brackets
 * included: each is a separate open point. Undefined when the document has no bracket.
 */
export function nextBracketFrom(model: DocumentModel, offset: number, direction: 'next' | 'previous'): BracketTarget | undefined {
  const brackets = model.brackets;
  if (brackets.length === 0) return undefined;
  let index: number;
  let wrapped = false;
  if (direction === 'next') {
    index = firstBracketFrom(brackets, offset + 1);
    if (index >= brackets.length) {
      index = 0;
      wrapped = true;
    }
  } else {
    index = firstBracketFrom(brackets, offset) - 1;
    if (index < 0) {
      index = brackets.length - 1;
      wrapped = true;
    }
  }
  const bracket = brackets[index];
  return { range: { start: bracket.start, end: bracket.end }, wrapped, index: index + 1, count: brackets.length };
}
