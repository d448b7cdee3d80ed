// Text edits as plain offsets, and applying them to a text: what every editing feature returns and every test replays.

import type { Range } from '../analysis/model';

/** Replace `start..end` (UTF-16 offsets into the original text) with `newText`; an insertion has `start === end`. */
export interface TextEdit extends Range {
  readonly newText: string;
}

/**
 * Applies non-overlapping edits to a text, all offsets referring to the original text (as LSP workspace edits do).
 * Edits at the same offset apply in the order given.
 */
export function applyEdits(text: string, edits: ReadonlyArray<TextEdit>): string {
  const sorted = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  let result = '';
  let from = 0;
  for (const { edit } of sorted) {
    // Overlapping edits are a bug in the caller; clamping keeps the result a well-formed string rather than throwing.
    const start = Math.max(from, edit.start);
    result += text.slice(from, start) + edit.newText;
    from = Math.max(start, edit.end);
  }
  return result + text.slice(from);
}

/** A deletion of `range`. */
export function deletion(range: Range): TextEdit {
  return { start: range.start, end: range.end, newText: '' };
}
