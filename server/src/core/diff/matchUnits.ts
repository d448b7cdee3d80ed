// Pairs the paragraphs and footnotes of two revisions: by label first, then by the similarity of their words.

import type { TextUnit } from './revisionUnits';

/** A pair of units, by index in the before and after lists. */
export interface UnitMatch {
  readonly before: number;
  readonly after: number;
  readonly by: 'label' | 'text';
  /** Dice similarity of the two word sets, 0 to 1. */
  readonly similarity: number;
}

/** Two unlabelled (or relabelled) paragraphs are the same paragraph when at least this share of their words agrees. */
const SIMILARITY_THRESHOLD = 0.5;
/** Above this many candidate pairs, only identical texts are paired by text, so that a huge file stays fast. */
const MAX_PAIRS = 250_000;

/** Matches units of the same kind: equal keys pair in order; the rest pair greedily by similarity. */
export function matchUnits(before: ReadonlyArray<TextUnit>, after: ReadonlyArray<TextUnit>): UnitMatch[] {
  const matches: UnitMatch[] = [];
  const takenAfter = new Set<number>();
  const takenBefore = new Set<number>();
  const byKey = new Map<string, number[]>();
  after.forEach((unit, index) => {
    if (unit.key === undefined) return;
    const key = `${unit.kind}\u0000${unit.key}`;
    const list = byKey.get(key) ?? [];
    list.push(index);
    byKey.set(key, list);
  });
  before.forEach((unit, index) => {
    if (unit.key === undefined) return;
    const list = byKey.get(`${unit.kind}\u0000${unit.key}`);
    const candidate = list?.shift();
    if (candidate === undefined) return;
    matches.push({ before: index, after: candidate, by: 'label', similarity: similarity(unit.words, after[candidate].words) });
    takenBefore.add(index);
    takenAfter.add(candidate);
  });
  const restBefore = before.map((_, i) => i).filter((i) => !takenBefore.has(i));
  const restAfter = after.map((_, i) => i).filter((i) => !takenAfter.has(i));
  const pairs: Array<{ b: number; a: number; s: number }> = [];
  if (restBefore.length * restAfter.length <= MAX_PAIRS) {
    for (const b of restBefore) {
      for (const a of restAfter) {
        if (before[b].kind !== after[a].kind) continue;
        const s = similarity(before[b].words, after[a].words);
        if (s >= SIMILARITY_THRESHOLD) pairs.push({ b, a, s });
      }
    }
  } else {
    const byText = new Map<string, number[]>();
    for (const a of restAfter) byText.set(after[a].text, [...(byText.get(after[a].text) ?? []), a]);
    for (const b of restBefore) for (const a of byText.get(before[b].text) ?? []) pairs.push({ b, a, s: 1 });
  }
  // Best pairs first; ties go to the pair closest in document order, so repeated boilerplate pairs in sequence.
  pairs.sort((x, y) => y.s - x.s || Math.abs(x.b - x.a) - Math.abs(y.b - y.a));
  for (const { b, a, s } of pairs) {
    if (takenBefore.has(b) || takenAfter.has(a)) continue;
    takenBefore.add(b);
    takenAfter.add(a);
    matches.push({ before: b, after: a, by: 'text', similarity: s });
  }
  return matches.sort((x, y) => x.before - y.before);
}

/** Dice coefficient of the two word sets; two empty texts are identical. */
export function similarity(a: ReadonlyArray<string>, b: ReadonlyArray<string>): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setA = new Set(a);
  const setB = new Set(b);
  let common = 0;
  for (const word of setA) if (setB.has(word)) common++;
  return (2 * common) / (setA.size + setB.size);
}

/**
 * Which matches changed place: those outside a longest run that keeps its order (so one paragraph moved up does not
 * make every paragraph it jumped over look moved), found in O(n log n).
 */
export function movedMatches(matches: ReadonlyArray<UnitMatch>): Set<number> {
  const order = matches.map((m) => m.after);
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Int32Array(order.length).fill(-1);
  order.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (tails[mid] < value) low = mid + 1;
      else high = mid;
    }
    tails[low] = value;
    tailIndex[low] = i;
    previous[i] = low > 0 ? tailIndex[low - 1] : -1;
  });
  const kept = new Set<number>();
  for (let i = tails.length > 0 ? tailIndex[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(i);
  const moved = new Set<number>();
  order.forEach((_, i) => !kept.has(i) && moved.add(i));
  return moved;
}
