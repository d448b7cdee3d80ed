// Character tests on annotation clauses, written as loops because a regular expression per clause was a hot spot.

import { isAsciiSpace, isWhiteSpace } from '../text/whiteSpace';

/**
 * Whether `raw` before `end`, trimmed, is only letters and spaces (a role: `proposed by`). Plain ASCII is read by hand;
 * anything else goes to the regular expression, which has the last word.
 */
export function isWords(raw: string, end: number): boolean {
  let from = 0;
  let to = end;
  while (from < to && isAsciiSpace(raw.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(raw.charCodeAt(to - 1))) to--;
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128 || c < 32) return /^[\p{L} ]+$/u.test(raw.slice(0, end).trim());
    if (!(c === 32 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return from < to;
}


/** Two white-space characters in a row, or a tab or line break: spacing that an item's text collapses to one space. */
export function hasIrregularSpace(raw: string): boolean {
  let previousWasSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) return true;
    const isSpace = isWhiteSpace(c); // tab, line feed and carriage return have returned above
    if (isSpace && previousWasSpace) return true;
    previousWasSpace = isSpace;
  }
  return false;
}
