// Character tests on annotation clauses, written as loops because a regular expression per clause was a hot spot.

import { isAsciiSpace, isWhiteSpace } from '../text/whiteSpace';

/**
 * Whether `text[from, to)`, trimmed, is only letters and spaces (a role: `proposed by`). Plain ASCII is read by hand;
 * anything else goes to the regular expression, which has the last word.
 */
export function isWords(text: string, from: number, to: number): boolean {
  let start = from;
  let end = to;
  while (start < end && isAsciiSpace(text.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(text.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c < 32) return WORDS.test(text.slice(from, to).trim());
    if (!(c === 32 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
  }
  return start < end;
}

/** Made once: a regular expression literal is a new object each time it is evaluated. */
const WORDS = /^[\p{L} ]+$/u;

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
