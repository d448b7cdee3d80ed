// Chooses, among overlapping term candidates, the longest ones (then the leftmost), none overlapping.

import type { Candidates } from './candidate';

/**
 * The indexes of the longest candidates that do not overlap (ties: the leftmost), by start; `length` is the
 * stream's length. Taking them longest first makes every kept match at least as long as a later candidate,
 * so a candidate overlaps a kept one exactly when its first or last unit is already covered: two lookups
 * instead of a scan of its span. The order comes from a counting sort on length, stable, so that equal
 * lengths keep the scan's order (by end, hence by start): linear where a comparison sort would make large
 * documents disproportionately slower. Kept candidates never overlap, so the scan's order, by end, is also
 * their order by start: they are read back in it rather than sorted.
 */
export function selectLongest(candidates: Candidates, length: number): Int32Array {
  const { count, starts, ends } = candidates;
  let longest = 0;
  for (let i = 0; i < count; i++) longest = Math.max(longest, ends[i] - starts[i]);
  const firstOfLength = new Int32Array(longest + 2);
  for (let i = 0; i < count; i++) firstOfLength[longest - (ends[i] - starts[i]) + 1]++;
  for (let i = 1; i < firstOfLength.length; i++) firstOfLength[i] += firstOfLength[i - 1];
  const longestFirst = new Int32Array(count);
  for (let i = 0; i < count; i++) longestFirst[firstOfLength[longest - (ends[i] - starts[i])]++] = i;
  // One bit per stream unit: a 1 MB document's stream takes 128 KB, not 1 MB.
  const covered = new Uint32Array((length >>> 5) + 1);
  const isCovered = (unit: number): boolean => (covered[unit >>> 5] & (1 << (unit & 31))) !== 0;
  const kept = new Uint8Array(count);
  let keptCount = 0;
  for (let k = 0; k < count; k++) {
    const index = longestFirst[k];
    if (isCovered(starts[index]) || isCovered(ends[index] - 1)) continue;
    cover(covered, starts[index], ends[index]);
    kept[index] = 1;
    keptCount++;
  }
  const inOrder = new Int32Array(keptCount);
  for (let i = 0, k = 0; i < count; i++) if (kept[i] === 1) inOrder[k++] = i;
  return inOrder;
}

/** Sets the bits of units `from` to `to` (excluded): a 32-bit word of them at a time, not one bit a step. */
function cover(covered: Uint32Array, from: number, to: number): void {
  for (let unit = from; unit < to; ) {
    const bit = unit & 31;
    const bits = Math.min(32 - bit, to - unit);
    covered[unit >>> 5] |= (bits === 32 ? 0xffffffff : (1 << bits) - 1) << bit;
    unit += bits;
  }
}
