// Picks the closest known word to a misspelt one, for "did you mean" in lexicon problems.

/**
 * The candidate closest to `word` by edit distance (case-insensitive), or undefined when none is close:
 * at most 2 edits, and fewer than half the word, so that `xyz` suggests nothing rather than nonsense.
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const needle = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.min(2, Math.floor(needle.length / 2));
  return bestDistance > 0 && bestDistance <= allowed ? best : undefined;
}

/** Edit distance where swapping two neighbouring letters (`agerde`) counts as one edit, as people mistype. */
function editDistance(a: string, b: string): number {
  // Field names and statuses are short, so the quadratic table is cheap; long inputs are cut to keep it so.
  const x = a.slice(0, 64);
  const y = b.slice(0, 64);
  const rows: number[][] = [];
  for (let i = 0; i <= x.length; i++) rows.push(new Array<number>(y.length + 1).fill(0));
  for (let i = 0; i <= x.length; i++) rows[i][0] = i;
  for (let j = 0; j <= y.length; j++) rows[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
    }
  }
  return rows[x.length][y.length];
}
