// Semantic token deltas: the last tokens sent for each document, and the edit that turns them into the next ones.

import type { SemanticTokens, SemanticTokensDelta, SemanticTokensEdit } from 'vscode-languageserver';

/** Integers per token in LSP's encoding (line delta, character delta, length, type, modifiers). */
const TOKEN_INTEGERS = 5;

/**
 * The edit that turns `previous` into `next`, both in LSP's encoding: the tokens between their common head and their
 * common tail, replaced. Tokens are relative to the one before, so a keystroke changes the tokens of its own line and
 * at most the first one after it, and the edit is a few tokens where the whole document is tens of thousands. The
 * edit starts and ends at token boundaries. None when nothing changed.
 */
export function semanticTokensEdits(previous: ArrayLike<number>, next: ArrayLike<number>): SemanticTokensEdit[] {
  const shorter = Math.min(previous.length, next.length);
  let head = 0;
  while (head < shorter && previous[head] === next[head]) head++;
  head -= head % TOKEN_INTEGERS;
  // The tail stops where the head ends, in the shorter of the two: a token is never both kept and replaced.
  let tail = 0;
  while (tail < shorter - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  tail -= tail % TOKEN_INTEGERS;
  const deleteCount = previous.length - tail - head;
  const inserted = next.length - tail - head;
  if (deleteCount === 0 && inserted === 0) return [];
  const data = new Array<number>(inserted);
  for (let i = 0; i < inserted; i++) data[i] = next[head + i];
  return [inserted > 0 ? { start: head, deleteCount, data } : { start: head, deleteCount }];
}

/**
 * The integers as a list, for JSON. Made at its length and filled by index: `Array.from` took 23 ms for the 135,000
 * integers of a 1 MB draft, growing its list as it went (and 1,000 fresh pages of memory), this 4-5 ms, most of it the
 * 265 fresh pages its one list takes.
 */
export function integerList(data: Uint32Array): number[] {
  const list = new Array<number>(data.length);
  for (let i = 0; i < data.length; i++) list[i] = data[i];
  return list;
}

/**
 * The tokens last sent for each open document, with the id the editor names them by when it asks what changed
 * since. Kept as 32-bit integers: a 10 MB draft has some 270,000 tokens, five integers each.
 */
export class SemanticTokensResults {
  private readonly sent = new Map<string, { readonly resultId: string; readonly data: Uint32Array }>();
  private lastId = 0;

  /** The whole tokens of `uri`, remembered for the next delta (the array itself is kept: it must not change). */
  full(uri: string, data: Uint32Array): SemanticTokens {
    return { resultId: this.remember(uri, data), data: integerList(data) };
  }

  /**
   * What changed in the tokens of `uri` since the result `previousResultId`; the whole tokens when that result is not
   * the one remembered (the server restarted, the document was closed and opened again, or a request was dropped).
   */
  delta(uri: string, previousResultId: string, data: Uint32Array): SemanticTokens | SemanticTokensDelta {
    const previous = this.sent.get(uri);
    if (previous === undefined || previous.resultId !== previousResultId) return this.full(uri, data);
    const edits = semanticTokensEdits(previous.data, data);
    return { resultId: this.remember(uri, data), edits };
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.sent.delete(uri);
  }

  private remember(uri: string, data: Uint32Array): string {
    const resultId = String(++this.lastId);
    this.sent.set(uri, { resultId, data });
    return resultId;
  }
}
