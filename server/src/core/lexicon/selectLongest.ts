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
 * documents disproportionately slower. Kept candidates never overlap, so the scan's order, by end, is also
 * their order by start: they are read back in it rather than sorted.
 */
export function selectLongest<T extends StreamSpan>(candidates: readonly T[], length: number): T[] {
  let longest = 0;
  for (const candidate of candidates) longest = Math.max(longest, candidate.end - candidate.start);
  const firstOfLength = new Int32Array(longest + 2);
  for (const candidate of candidates) firstOfLength[longest - (candidate.end - candidate.start) + 1]++;
  for (let i = 1; i < firstOfLength.length; i++) firstOfLength[i] += firstOfLength[i - 1];
  const longestFirst = new Int32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) longestFirst[firstOfLength[longest - (candidates[i].end - candidates[i].start)]++] = i;
  // One bit per stream unit: a 1 MB document's stream takes 128 KB, not 1 MB.
  const covered = new Uint32Array((length >>> 5) + 1);
  const isCovered = (unit: number): boolean => (covered[unit >>> 5] & (1 << (unit & 31))) !== 0;
  const kept = new Uint8Array(candidates.length);
  for (const index of longestFirst) {
    const { start, end } = candidates[index];
    if (isCovered(start) || isCovered(end - 1)) continue;
    for (let unit = start; unit < end; unit++) covered[unit >>> 5] |= 1 << (unit & 31);
    kept[index] = 1;
  }
  return candidates.filter((_, index) => kept[index] === 1);
}
