// One copy of each string an analysis keeps many times over: labels `(a)` and `1.`, roles, delegation names, terms.

/** Strings longer than this are sliced as they are: long ones rarely repeat, and V8 slices them without copying. */
const MAX_SHARED_LENGTH = 48;
/** A power of two: the slots a hash of the characters picks from. */
const SLOTS = 1024;

/**
 * A draft repeats its short strings thousands of times (`US`, `proposed`, `(b)`); keeping one copy of each makes the
 * model smaller and leaves the collector fewer objects to copy. A cache of one string per slot, the slot chosen by a
 * hash of the characters, read without slicing first: a string seen before costs no allocation at all, and a
 * collision only means one more copy. One table per analysis, so that nothing outlives the model that holds it.
 */
export class SharedStrings {
  private readonly slots: Array<string | undefined> = new Array<string | undefined>(SLOTS).fill(undefined);

  /** `text.slice(start, end)`, as the same string object as an equal slice made before when it is still kept. */
  slice(text: string, start: number, end: number): string {
    const length = end - start;
    if (length > MAX_SHARED_LENGTH || length <= 0) return text.slice(start, end);
    let hash = length;
    for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    const slot = hash & (SLOTS - 1);
    const kept = this.slots[slot];
    if (kept !== undefined && kept.length === length && sameCharacters(kept, text, start)) return kept;
    const copy = text.slice(start, end);
    this.slots[slot] = copy;
    return copy;
  }

  /** `text` itself, or the kept copy equal to it. */
  share(text: string): string {
    return this.slice(text, 0, text.length);
  }
}

/** Whether `text` holds `kept` at `start` (compared in place: no slice of `text` is made). */
export function sameCharacters(kept: string, text: string, start: number): boolean {
  for (let i = 0; i < kept.length; i++) if (kept.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
