// The normalised stream of some prose, held a stretch at a time: units, and the source range each comes from.

import { enlarged } from '../text/typedArrays';
import { WORD, classify, isWordPair } from './foldUnits';

/**
 * Units are indexed by their position in the whole stream. Only a stretch stays in memory: when it fills, a
 * reader (the matcher) takes the units so far at a `checkpoint` and says which it still needs; the others are
 * dropped. The arrays are typed and reused: a 1 MB stream kept whole would cost more than matching it.
 */
export class NormalizedStream {
  /** Units in the whole stream so far. */
  length = 0;
  /** Stream index of the first unit still held. */
  base = 0;
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;

  /**
   * `read(stream)` takes the units so far and returns the index of the oldest one it still needs; without a
   * reader, every unit is kept.
   */
  constructor(
    capacity: number,
    private readonly read?: (stream: NormalizedStream) => number,
  ) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Empties the stream, to reuse it. */
  clear(): void {
    this.length = this.base = 0;
  }

  push(code: number, start: number, end: number): void {
    const slot = this.length - this.base;
    if (slot === this.codes.length) this.grow();
    this.codes[slot] = code;
    this.starts[slot] = start;
    this.ends[slot] = end;
    this.length++;
  }

  /** Makes room for `count` more units; returns the array slot of the next unit, for a caller that writes the arrays itself. */
  reserve(count: number): number {
    while (this.length - this.base + count > this.codes.length) this.grow();
    return this.length - this.base;
  }

  codeAt(index: number): number {
    return this.codes[index - this.base];
  }

  startAt(index: number): number {
    return this.starts[index - this.base];
  }

  endAt(index: number): number {
    return this.ends[index - this.base];
  }

  setStart(index: number, start: number): void {
    this.starts[index - this.base] = start;
  }

  setEnd(index: number, end: number): void {
    this.ends[index - this.base] = end;
  }

  truncate(length: number): void {
    this.length = Math.min(this.length, length);
  }

  /**
   * Whether the unit at `index` belongs to a word (a letter, digit or mark); false past the units so far.
   * A surrogate is read with its partner, or alone at an end of the stream.
   */
  isWordUnit(index: number): boolean {
    if (index < 0 || index >= this.length) return false;
    const code = this.codeAt(index);
    if (code >= 0xd800 && code <= 0xdfff) {
      const high = code <= 0xdbff ? code : index > 0 ? this.codeAt(index - 1) : code;
      const low = code <= 0xdbff ? (index + 1 < this.length ? this.codeAt(index + 1) : code) : code;
      return isWordPair(high, low);
    }
    return classify(code) === WORD;
  }

  /** The units from `from` to `to` (by default the end) as a string: a word or less. */
  slice(from: number, to = this.length): string {
    let text = '';
    for (let i = from; i < to; i++) text += String.fromCharCode(this.codeAt(i));
    return text;
  }

  /**
   * A point between words, where the units so far will not change: when the arrays are half full, the reader
   * takes them and the units it no longer needs are dropped.
   */
  checkpoint(): void {
    if (this.read === undefined || (this.length - this.base) * 2 < this.codes.length) return;
    const keep = Math.max(this.base, Math.min(this.length, this.read(this)));
    this.codes.copyWithin(0, keep - this.base, this.length - this.base);
    this.starts.copyWithin(0, keep - this.base, this.length - this.base);
    this.ends.copyWithin(0, keep - this.base, this.length - this.base);
    this.base = keep;
  }

  private grow(): void {
    const capacity = Math.max(16, this.codes.length * 2);
    this.codes = enlarged(this.codes, capacity);
    this.starts = enlarged(this.starts, capacity);
    this.ends = enlarged(this.ends, capacity);
  }
}
