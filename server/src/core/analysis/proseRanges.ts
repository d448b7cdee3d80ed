// The prose of a document as flat start/end pairs, made into range objects only when a feature asks for them.

import { enlarged } from '../text/typedArrays';
import type { Range } from './model';

/**
 * Prose ranges in text order, a touching range extending the last one. A megabyte of text has some 14,000; the
 * diagnostics path never reads them as objects (lexicon matching takes the pairs), so objects are made on demand.
 */
export class ProseRanges {
  private pairs: Int32Array;
  private count = 0;
  private objects?: Range[];

  /** Room for a range per 64 characters of `textLength` (drafts have one per 25 to 90); a denser text doubles it. */
  constructor(textLength = 0) {
    this.pairs = new Int32Array(2 * ((textLength >> 6) + 128));
  }

  /** Adds `[start, end)`, or extends the last range when it ends at `start`; only text may begin a range. */
  add(start: number, end: number, mayBegin: boolean): void {
    const last = 2 * this.count - 1;
    if (this.count > 0 && this.pairs[last] === start) this.pairs[last] = end;
    else if (mayBegin) {
      if (2 * this.count + 2 > this.pairs.length) this.pairs = enlarged(this.pairs, this.pairs.length * 2);
      this.pairs[2 * this.count] = start;
      this.pairs[2 * this.count + 1] = end;
      this.count++;
    }
  }

  /** The ranges flat (`start, end, start, end, …`), for the lexicon matcher: a view of the kept pairs, no copy. */
  toFlat(): Int32Array {
    return this.pairs.subarray(0, 2 * this.count);
  }

  /** The ranges as objects, made once. */
  toRanges(): Range[] {
    if (this.objects === undefined) {
      this.objects = new Array(this.count);
      for (let i = 0; i < this.count; i++) this.objects[i] = { start: this.pairs[2 * i], end: this.pairs[2 * i + 1] };
    }
    return this.objects;
  }
}
