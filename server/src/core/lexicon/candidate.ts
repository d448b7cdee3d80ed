// What a scan of prose hands to the longest-match selection: the candidate occurrences it found.

import type { StreamSpan } from './selectLongest';

/** An occurrence of pattern `id` over units `start` to `end` of the normalised stream, and the source text it covers. */
export interface Candidate extends StreamSpan {
  readonly id: number;
  readonly sourceStart: number;
  readonly sourceEnd: number;
}

/** The candidates of some prose, by end then longest first, and the length of its normalised stream. */
export interface ScanResult {
  readonly candidates: Candidate[];
  readonly length: number;
}

/** Scans `ranges` of `text` for candidates. */
export type ProseScanner = (text: string, ranges: ReadonlyArray<readonly [number, number]>) => ScanResult;
