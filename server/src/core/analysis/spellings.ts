// Closed sets of spelt words (roles, statuses) looked up case- and spacing-insensitively, quickly ruling out the rest.

import type { SharedStrings } from '../text/sharedStrings';
import { isAsciiSpace } from '../text/whiteSpace';

/**
 * The spellings of a closed set of words, looked up in a `Map` (so that `constructor:` is no role). It knows the
 * letters any spelling starts with, which rules out most clauses (`US, EU`, `Placeholder for dates`) before any
 * lower-casing.
 */
export class Spellings<T> {
  private readonly map: ReadonlyMap<string, T>;
  private readonly shortest: number;
  private readonly longest: number;
  private readonly firstLetters = new Uint8Array(128);

  constructor(entries: Readonly<Record<string, T>>) {
    this.map = new Map(Object.entries(entries));
    this.shortest = Math.min(...[...this.map.keys()].map((key) => key.length));
    this.longest = Math.max(...[...this.map.keys()].map((key) => key.length));
    for (const key of this.map.keys()) {
      this.firstLetters[key.charCodeAt(0)] = 1;
      this.firstLetters[key.toUpperCase().charCodeAt(0)] = 1;
    }
  }

  /** The value `text` spells (case and spacing aside), or undefined. */
  of(text: string): T | undefined {
    // Collapsing and trimming spaces only shortens a text: one shorter than every spelling spells none.
    if (text.length < this.shortest) return undefined;
    let first = 0;
    while (first < text.length && isAsciiSpace(text.charCodeAt(first))) first++;
    const code = text.charCodeAt(first);
    // Other characters (a no-break space, a letter with an accent) go the long way, where `trim` has the last word.
    if (code < 128 && this.firstLetters[code] === 0) return undefined;
    // Most texts are plain: printable ASCII with single inner spaces, which normalising only lower-cases.
    const plain = plainSpelling(text);
    if (plain === PlainSpelling.Lower) return text.length > this.longest ? undefined : this.map.get(text);
    if (plain === PlainSpelling.Mixed) return text.length > this.longest ? undefined : this.map.get(text.toLowerCase());
    return this.map.get(normaliseSpelling(text));
  }

  /**
   * `of(text.slice(from, to))`, read in place: the quick rule-outs (length, first letter, a plain text longer than
   * every spelling) need no slice, and what passes them is sliced through `strings`, where it is most often kept
   * already (`proposed`, `ad ref`).
   */
  ofRange(text: string, from: number, to: number, strings: SharedStrings): T | undefined {
    if (to - from < this.shortest) return undefined;
    let first = from;
    while (first < to && isAsciiSpace(text.charCodeAt(first))) first++;
    const code = first < to ? text.charCodeAt(first) : NaN;
    if (code < 128 && this.firstLetters[code] === 0) return undefined;
    if (to - from > this.longest && plainSpellingIn(text, from, to) !== PlainSpelling.Other) return undefined;
    return this.of(strings.slice(text, from, to));
  }

  entries(): IterableIterator<[string, T]> {
    return this.map.entries();
  }
}


const enum PlainSpelling {
  /** Printable ASCII, lower case, single spaces between other characters: normalised already. */
  Lower,
  /** The same with capitals: normalised by lower-casing alone. */
  Mixed,
  /** Anything else (spaces at an end or doubled, tabs, line breaks, other characters): normalised the long way. */
  Other,
}

function plainSpelling(text: string): PlainSpelling {
  return plainSpellingIn(text, 0, text.length);
}

/** `plainSpelling(text.slice(from, to))`, without the slice. */
function plainSpellingIn(text: string, from: number, to: number): PlainSpelling {
  let capitals = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === from || i === to - 1 || text.charCodeAt(i + 1) === 32) return PlainSpelling.Other;
    } else if (c < 33 || c > 126) return PlainSpelling.Other;
    else if (c >= 65 && c <= 90) capitals = true;
  }
  return capitals ? PlainSpelling.Mixed : PlainSpelling.Lower;
}

/** Lower case, trimmed, white-space runs as one space: how role and status words are compared. */
export function normaliseSpelling(text: string): string {
  const lower = text.trim().toLowerCase();
  // Most clauses are written with single spaces; only collapse runs when there are some.
  return lower.includes('  ') || lower.includes('\t') || lower.includes('\n') ? lower.replace(/\s+/g, ' ') : lower;
}
