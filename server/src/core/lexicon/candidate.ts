// What a scan of prose hands to the longest-match selection: the candidate occurrences it found.

import { enlarged } from '../text/typedArrays';
import type { RangeList } from '../text/rangeList';

/**
 * Candidate occurrences in columns, the i-th being pattern `ids[i]` over units `starts[i]` to `ends[i]` of the
 * normalised stream, which cover `sourceStarts[i]` to `sourceEnds[i]` of the text. Columns of numbers rather
 * than an object each: a 10 MB document has some 100,000 candidates.
 */
export class Candidates {
  count = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  ids = new Int32Array(64);
  sourceStarts = new Int32Array(64);
  sourceEnds = new Int32Array(64);

  push(start: number, end: number, id: number, sourceStart: number, sourceEnd: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count] = id;
    this.sourceStarts[this.count] = sourceStart;
    this.sourceEnds[this.count] = sourceEnd;
    this.count++;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    this.starts = enlarged(this.starts, capacity);
    this.ends = enlarged(this.ends, capacity);
    this.ids = enlarged(this.ids, capacity);
    this.sourceStarts = enlarged(this.sourceStarts, capacity);
    this.sourceEnds = enlarged(this.sourceEnds, capacity);
  }
}

/** The candidates of some prose, by end then longest first, and the length of its normalised stream. */
export interface ScanResult {
  readonly candidates: Candidates;
  readonly length: number;
}

/** Scans `ranges` of `text` for candidates. */
export type ProseScanner = (text: string, ranges: RangeList) => ScanResult;
