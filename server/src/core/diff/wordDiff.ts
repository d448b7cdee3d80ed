// A word-level difference between two short texts (paragraphs), by longest common subsequence.

/** One run of the difference: kept (`=`), removed (`-`) or added (`+`) words, joined by single spaces. */
export interface WordDiffSegment {
  readonly op: '=' | '-' | '+';
  readonly text: string;
}

/** Beyond this many word pairs, a paragraph is shown as replaced whole rather than diffed (time and memory stay small). */
const MAX_CELLS = 4_000_000;

/** The words of `before` and `after` (split on white space) as kept, removed and added runs. */
export function wordDiff(before: string, after: string): WordDiffSegment[] {
  const a = before.split(/\s+/).filter(Boolean);
  const b = after.split(/\s+/).filter(Boolean);
  // Common head and tail are cheap to take off and make the table small for the usual one-word change.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const ops: Array<{ op: '=' | '-' | '+'; word: string }> = a.slice(0, head).map((word) => ({ op: '=' as const, word }));
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    ops.push(...midA.map((word) => ({ op: '-' as const, word })), ...midB.map((word) => ({ op: '+' as const, word })));
  } else {
    const n = midA.length;
    const m = midB.length;
    // lengths[i][j]: the longest common subsequence of midA[i..] and midB[j..], in one flat array.
    const lengths = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lengths[i * (m + 1) + j] = midA[i] === midB[j] ? lengths[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && midA[i] === midB[j]) {
        ops.push({ op: '=', word: midA[i++] });
        j++;
      } else if (j < m && (i === n || lengths[i * (m + 1) + j + 1] >= lengths[(i + 1) * (m + 1) + j])) ops.push({ op: '+', word: midB[j++] });
      else ops.push({ op: '-', word: midA[i++] });
    }
  }
  ops.push(...a.slice(a.length - tail).map((word) => ({ op: '=' as const, word })));
  const segments: Array<{ op: '=' | '-' | '+'; text: string }> = [];
  for (const { op, word } of ops) {
    const last = segments[segments.length - 1];
    if (last && last.op === op) last.text += ` ${word}`;
    else segments.push({ op, text: word });
  }
  // Removals before additions reads as "replace X by Y"; the walk above may give them in either order.
  for (let k = 0; k + 1 < segments.length; k++) {
    if (segments[k].op === '+' && segments[k + 1].op === '-') [segments[k], segments[k + 1]] = [segments[k + 1], segments[k]];
  }
  return segments;
}
