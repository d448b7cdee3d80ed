// Chooses, among overlapping term candidates, the longest ones (then the leftmost), none overlapping.

/** A candidate match over the normalised stream: units `start` to `end`. */
export interface StreamSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Keeps the longest candidates that do not overlap (ties: the leftmost), sorted by start; `length` is the
 * stream's length. Taking them longest first makes every kept match at least as long as a later candidate,
 * so a candidate overlaps a kept one exactly when its first or last unit is already covered: two lookups
 * instead of a scan of its span. The order comes from a counting sort on length, stable, so that equal
 * lengths keep the scan's order (by end, hence by start): linear where a comparison sort would make large
 * documents disproportionately slower.
 */
export function selectLongest<T extends StreamSpan>(candidates: readonly T[], length: number): T[] {
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.end - candidate.start);
  const firstOfLength = new Int32Array(longest + 2);
  for (const candidate of candidates) firstOfLength[longest - (candidate.end - candidate.start) + 1]++;
  for (let i = 1; i < firstOfLength.length; i++) firstOfLength[i] += firstOfLength[i - 1];
  const ordered = new Array<T>(candidates.length);
  for (const candidate of candidates) ordered[firstOfLength[longest - (candidate.end - candidate.start)]++] = candidate;
  const covered = new Uint8Array(length);
  const kept: T[] = [];
  for (const candidate of ordered) {
    if (covered[candidate.start] || covered[candidate.end - 1]) continue;
    covered.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}
