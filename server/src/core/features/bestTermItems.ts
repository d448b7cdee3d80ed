// Keeps the best of many term completions for the word typed, so that a large lexicon's list stays small.

import { holdsInOrder } from '../text/inOrder';
import type { CompletionData } from './completion';

/**
 * The most term items a completion list carries. A word begun in prose is offered the lexicons' terms, and an editor
 * asks again at each word typed: a term base of 20,000 entries made 1.5 MB of JSON at every word, and the editor then
 * scored 20,000 items at every keystroke. Past this many, the list holds the best for the word typed and says it is
 * incomplete, so that the editor asks again as the word goes on (as clangd limits its lists to 100).
 */
export const TERM_ITEM_LIMIT = 200;

/**
 * Which of `items` (term items, all replacing the same word, of which `typed` is the part before the cursor) to send,
 * as their indices: all of them when there are at most `limit`; else those whose label holds the typed letters in
 * order, case aside (an editor shows no other), best first, and at most `limit` of them: labels that start with the
 * typed text, then those with a word that does, then the rest; in each, by sort text (agreed terms first), then by
 * label.
 */
export function bestTermItems(items: ReadonlyArray<CompletionData>, typed: string, limit = TERM_ITEM_LIMIT): { indices: number[]; incomplete: boolean } {
  if (items.length <= limit) return { indices: items.map((_, i) => i), incomplete: false };
  const wanted = typed.toLowerCase();
  const letters = [...wanted];
  const ranked: Array<{ index: number; rank: number; item: CompletionData }> = [];
  items.forEach((item, index) => {
    const rank = rankOf(item.label.toLowerCase(), wanted, letters);
    if (rank >= 0) ranked.push({ index, rank, item });
  });
  ranked.sort((a, b) => a.rank - b.rank || compare(a.item.sortText ?? '', b.item.sortText ?? '') || compare(a.item.label, b.item.label));
  return { indices: ranked.slice(0, limit).map((r) => r.index), incomplete: ranked.length > limit };
}

/** 0 when `label` starts with `wanted`, 1 when one of its words does, 2 when it holds its letters in order, else -1. */
function rankOf(label: string, wanted: string, letters: readonly string[]): number {
  if (label.startsWith(wanted)) return 0;
  for (let at = label.indexOf(wanted); at > 0; at = label.indexOf(wanted, at + 1)) if (WORD_BREAK.has(label[at - 1])) return 1;
  return holdsInOrder(label, letters) ? 2 : -1;
}

const WORD_BREAK = new Set([' ', '-', '(', '/', '’', "'"]);

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
