// The words of a lexicon's forms, each written as one stand-in unit, so that forms and prose can be matched word by word.

import { WORD, classify } from './foldUnits';

/** The stand-in of every word of the prose that no form uses. */
const UNKNOWN_WORD = 0x3400;
/**
 * Stand-ins are the letters from CJK ideographs to Hangul syllables, so never the unit of a space or punctuation
 * mark, which stand for themselves: some 20,000 pairs (see `spacedStandIn`), 20,000 words.
 */
const LAST_STAND_IN = 0xd7a3;

/**
 * The stand-in of a word followed by a space (see `ProseTokens`): each word has two, side by side, so that a
 * space after a word costs no token of its own. `tokenizeProse` writes it out on its hot path (its tests compare it
 * with this).
 */
export function spacedStandIn(standIn: number): number {
  return standIn + 1;
}

/**
 * Normalised words (see `normalizeForMatching`) and their stand-ins. Prose words are looked up from their
 * units, without making a string: a hash of the units, then a comparison with the word found.
 */
export class WordVocabulary {
  private readonly standIns = new Map<string, number>();
  private nextStandIn = spacedStandIn(UNKNOWN_WORD) + 1;
  /** Open addressing by hash: the word's hash, its stand-in (0 when the slot is empty) and the word. */
  private slotHashes = new Int32Array(0);
  private slotStandIns = new Uint16Array(0);
  private slotWords: string[] = [];
  private mask = 0;

  /** The stand-in of `word`, given one (and its spaced one) if it is new; undefined when there are no stand-ins left. */
  add(word: string): number | undefined {
    const known = this.standIns.get(word);
    if (known !== undefined) return known;
    while (this.nextStandIn < LAST_STAND_IN && (classify(this.nextStandIn) !== WORD || classify(spacedStandIn(this.nextStandIn)) !== WORD)) this.nextStandIn++;
    if (this.nextStandIn >= LAST_STAND_IN) return undefined;
    const standIn = this.nextStandIn;
    this.nextStandIn = spacedStandIn(standIn) + 1;
    this.standIns.set(word, standIn);
    return standIn;
  }

  /** Builds the lookup table, once all words are added. */
  seal(): void {
    let size = 16;
    while (size < this.standIns.size * 2) size *= 2;
    this.mask = size - 1;
    this.slotHashes = new Int32Array(size);
    this.slotStandIns = new Uint16Array(size);
    this.slotWords = new Array<string>(size).fill('');
    for (const [word, standIn] of this.standIns) {
      const units = new Uint16Array(word.length);
      for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
      const hash = hashOf(units, 0, units.length);
      let slot = hash & this.mask;
      while (this.slotStandIns[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotHashes[slot] = hash;
      this.slotStandIns[slot] = standIn;
      this.slotWords[slot] = word;
    }
  }

  /** The stand-in of the word in `units[from..to)`, or UNKNOWN_WORD. */
  find(units: Uint16Array, from: number, to: number): number {
    return this.findHashed(units, from, to, hashOf(units, from, to));
  }

  /** `find`, for a caller that computed the word's `hashOf` while reading it. */
  findHashed(units: Uint16Array, from: number, to: number, hash: number): number {
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const standIn = this.slotStandIns[slot];
      if (standIn === 0) return UNKNOWN_WORD;
      if (this.slotHashes[slot] === hash && sameUnits(this.slotWords[slot], units, from, to)) return standIn;
    }
  }
}

/** FNV-1a over UTF-16 units: `HASH_SEED`, then `hashUnit` for each unit in turn. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a's multiplier (the tokenizer's inner loop writes `hashUnit` out with it). */
export const HASH_PRIME = 0x01000193;

export function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, HASH_PRIME);
}

export function hashOf(units: Uint16Array, from: number, to: number): number {
  let hash = HASH_SEED;
  for (let i = from; i < to; i++) hash = hashUnit(hash, units[i]);
  return hash;
}

function sameUnits(word: string, units: Uint16Array, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== units[from + i]) return false;
  return true;
}
