// A Damerau-Levenshtein distance weighted for typing slips, used to find the delegation a drafter meant.

const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Pairs of keys that touch on a QWERTY keyboard, as `ab` strings in both orders. */
const ADJACENT_KEYS: ReadonlySet<string> = (() => {
  const pairs = new Set<string>();
  const add = (a: string, b: string): void => {
    pairs.add(a + b);
    pairs.add(b + a);
  };
  KEYBOARD_ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      if (i + 1 < row.length) add(row[i], row[i + 1]);
      // Each row sits half a key to the right of the one above, so a key touches the two below-left and below.
      // Digits and letters are not linked: `G7` is the Group of Seven, not a slip for Guyana's `GY`.
      const below = r === 0 ? undefined : KEYBOARD_ROWS[r + 1];
      if (below === undefined) continue;
      if (i - 1 >= 0 && i - 1 < below.length) add(row[i], below[i - 1]);
      if (i < below.length) add(row[i], below[i]);
    }
  });
  return pairs;
})();

/** Cost of a slip that a drafter's finger makes (neighbouring key, swapped letters), against 1 for other edits. */
export const SLIP_COST = 0.5;

/**
 * Optimal-string-alignment Damerau-Levenshtein distance between two lower-case strings, where substituting a
 * neighbouring QWERTY key and swapping two adjacent letters cost `SLIP_COST` and every other edit costs 1.
 *
 * Weighting the slips is what makes short codes usable: `UDA` is one plain edit from both `USA` and `UGA`, but
 * only `USA` is a slip away (`D` touches `S`), so a suggestion can pick it. Returns `Infinity` as soon as the
 * distance must exceed `max`, which keeps a scan of the whole registry cheap.
 */
export function typoDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  const width = b.length + 1;
  let twoBack = new Float64Array(width);
  let previous = new Float64Array(width);
  let current = new Float64Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    const ca = a[i - 1];
    for (let j = 1; j < width; j++) {
      const cb = b[j - 1];
      const substitution = ca === cb ? 0 : ADJACENT_KEYS.has(ca + cb) ? SLIP_COST : 1;
      let cost = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + substitution);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb && ca !== cb) {
        cost = Math.min(cost, twoBack[j - 2] + SLIP_COST);
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    // A swap reaches back two rows, so only when both rows are past the limit can no later cell come under it.
    if (rowMin > max && previousMin + SLIP_COST > max) return Infinity;
    previousMin = rowMin;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  const distance = previous[width - 1];
  return distance > max ? Infinity : distance;
}
