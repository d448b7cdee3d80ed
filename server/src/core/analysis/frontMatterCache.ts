// The last few front matters read, by their text: a draft's front matter rarely changes while its body is edited.

import { detached } from '../text/detached';
import type { FrontMatter } from './model';

/** Front matters longer than this are read every time: a real one is a few lines, and a key is a copy of the text. */
export const MAX_CACHED_FRONT_MATTER = 10_000;

/** How many front matters are remembered: the drafts open at once, give or take. */
const CAPACITY = 16;

/**
 * Front matters as read, keyed by their offset in the document and their exact text (fences included), least
 * recently used first. Every keystroke re-analyses a draft, and the server and the command line read the front
 * matter of each version twice (once to choose the lexicon and delegations, once in the analysis); with this,
 * the YAML of an unchanged front matter is parsed once. Entries are frozen, as models share them.
 */
export class FrontMatterCache {
  private readonly entries = new Map<string, FrontMatter>();

  /** The front matter at `text[start, end)`, read by `read` unless the same text at the same offset was read before. */
  get(text: string, start: number, end: number, read: () => FrontMatter): FrontMatter {
    if (end - start > MAX_CACHED_FRONT_MATTER) return read();
    // `start` is part of the key: the problems' offsets are the document's, and a byte order mark moves them by one.
    const key = `${start}:${text.slice(start, end)}`;
    const known = this.entries.get(key);
    if (known) {
      // Moved to the end: the map's order is the order of use.
      this.entries.delete(key);
      this.entries.set(key, known);
      return known;
    }
    const fresh = deepFrozen(read());
    // The key is a copy, not a view into the draft: a view would keep the whole text alive with the entry.
    this.entries.set(detached(key), fresh);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return fresh;
  }
}

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value as object)) deepFrozen(inner);
  }
  return value;
}
