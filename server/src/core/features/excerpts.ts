// Short one-line excerpts of document text for messages and outline names, cut without copying what does not show.

import { isWhiteSpace } from '../text/whiteSpace';

/**
 * Shortens a text excerpt for a message: one line, at most `max` characters (white space collapsed as `/\s+/g`
 * and `trim` do).
 */
export function excerpt(text: string, max = 40): string {
  return excerptBetween(text, 0, text.length, max);
}

/** `excerpt(text.slice(start, end), max)`, without the slice: a bracket can span a whole document. */
export function excerptBetween(text: string, start: number, end: number, max = 40): string {
  // Only the head of a long text can show, so only the head is normalised: messages stay cheap on huge brackets.
  const headEnd = end - start > max * 4 ? start + max * 4 : end;
  // Nothing to collapse or trim is the common case: the excerpt is then the text itself, with no regex and no copy.
  // A longer text is cut, and to know that only its first `max + 1` characters need be plain.
  if (headEnd - start > max) {
    if (isSingleSpaced(text, start, start + max + 1)) return `${text.slice(start, start + max - 1)}…`;
  } else if (isSingleSpaced(text, start, headEnd)) return text.slice(start, headEnd);
  // Line breaks and runs of spaces (a hard-wrapped paragraph): `excerptAt` collapses them as the regex does, without
  // copying the head, as long as the head's only white space is what it knows (space, tab, line feed, return).
  if (hasOnlyPlainWhiteSpace(text, start, headEnd)) return excerptAt(text, start, headEnd, max);
  const line = text.slice(start, headEnd).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** True when `text[from, to)` has no white space but single spaces between other characters. */
function isSingleSpaced(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === from || i === to - 1 || isWhiteSpace(text.charCodeAt(i + 1))) return false;
    } else if (isWhiteSpace(c)) return false;
  }
  return true;
}

/** True when the only white space in `text[from, to)` is spaces, tabs, line feeds and returns. */
function hasOnlyPlainWhiteSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && isWhiteSpace(c)) return false;
  }
  return true;
}

/**
 * The first `max` characters of `text[start, end)` on one line, white space collapsed, without copying more than it
 * shows; `skipAnnotations` leaves out `{...}` (an outline name reads better without `{ad ref}`).
 */
export function excerptAt(text: string, start: number, end: number, max: number, skipAnnotations = false): string {
  // The excerpt is gathered as runs of the text that it copies as they are, so a name costs a slice or two, not a
  // string per character. `text[runStart, runEnd)` is the run in progress; `done` holds the runs before it.
  let done = '';
  let runStart = start;
  let runEnd = start;
  let length = 0;
  let pendingSpace = false;
  let inAnnotation = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (skipAnnotations) {
      if (c === 123) inAnnotation = true;
      if (inAnnotation) {
        if (c === 125) inAnnotation = false;
        continue;
      }
    }
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      pendingSpace = length > 0;
      continue;
    }
    if (pendingSpace && runEnd === i - 1 && text.charCodeAt(i - 1) === 32) {
      // A single space in the text is the space of the excerpt: the run goes on over it.
      runEnd = i;
      length++;
    } else if (pendingSpace || runEnd !== i) {
      done += text.slice(runStart, runEnd);
      if (pendingSpace) {
        done += ' ';
        length++;
      }
      runStart = i;
    }
    pendingSpace = false;
    // Text that shows as it is (words and single spaces) is taken in one go, up to where the excerpt is full.
    const plainEnd = plainRunEnd(text, i, end, max + 1 - length, skipAnnotations);
    length += plainEnd - i;
    runEnd = plainEnd;
    i = plainEnd - 1;
    // Past the limit proves there is more to cut: the excerpt is the head of the whole collapsed text. `done` and
    // the run make `length` characters, so the head is cut from the text itself, not from a copy of the run.
    if (length > max) {
      const fromRun = max - 1 - done.length;
      return `${fromRun >= 0 ? done + text.slice(runStart, runStart + fromRun) : done.slice(0, max - 1)}…`;
    }
  }
  return done + text.slice(runStart, runEnd);
}

/**
 * Where the plain text that starts at `from` (a character that shows) ends: words and single spaces between them,
 * which the excerpt copies as they are. It stops before `end`, before a `{` when annotations are left out, and once
 * `room` characters are taken (the excerpt is full then: no need to read on).
 */
function plainRunEnd(text: string, from: number, end: number, room: number, skipAnnotations: boolean): number {
  const limit = Math.min(end, from + room);
  let i = from + 1;
  while (i < limit) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      // A space shows as it is only when one character that shows follows it inside the range.
      if (i + 1 >= end) break;
      const next = text.charCodeAt(i + 1);
      if (next === 32 || next === 9 || next === 10 || next === 13 || (skipAnnotations && next === 123)) break;
      i += 2;
    } else if (c === 9 || c === 10 || c === 13 || (skipAnnotations && c === 123)) break;
    else i++;
  }
  return i;
}
