// Closed sets of spelt words (roles, statuses) looked up case- and spacing-insensitively, quickly ruling out the rest.

import { isAsciiSpace } from '../text/whiteSpace';

/**
 * The spellings of a closed set of words, looked up in a `Map` (so that `constructor:` is no role). It knows the
 * letters any spelling starts with, which rules out most clauses (`US, EU`, `Placeholder for dates`) before any
 * lower-casing.
 */
export class Spellings<T> {
  private readonly map: ReadonlyMap<string, T>;
  private readonly shortest: number;
  private readonly firstLetters = new Uint8Array(128);

  constructor(entries: Readonly<Record<string, T>>) {
    this.map = new Map(Object.entries(entries));
    this.shortest = Math.min(...[...this.map.keys()].map((key) => key.length));
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
    return this.map.get(normaliseSpelling(text));
  }

  entries(): IterableIterator<[string, T]> {
    return this.map.entries();
  }
}


/** Lower case, trimmed, white-space runs as one space: how role and status words are compared. */
export function normaliseSpelling(text: string): string {
  const lower = text.trim().toLowerCase();
  // Most clauses are written with single spaces; only collapse runs when there are some.
  return lower.includes('  ') || lower.includes('\t') || lower.includes('\n') ? lower.replace(/\s+/g, ' ') : lower;
}
