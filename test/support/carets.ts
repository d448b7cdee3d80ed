// Reads test texts annotated with caret lines (`^^^ finding.id`) under the text, and the `$0` cursor marker.

/** An expected range on one line, from a caret line. */
export interface CaretExpectation {
  readonly line: number; // 0-based line in the text without caret lines
  readonly column: number;
  /** Number of carets: the expected length when the range ends on the same line, or 1 for "starts here". */
  readonly width: number;
  readonly id: string;
}

const CARET_LINE = /^(\s*)(\^+)\s+([\w.]+)\s*$/;

/**
 * Splits an annotated text into the text itself and its expectations. A caret line refers to the nearest
 * text line above it; several caret lines may follow one text line.
 */
export function readCarets(annotated: string): { text: string; expectations: CaretExpectation[] } {
  const lines = annotated.split('\n');
  const kept: string[] = [];
  const expectations: CaretExpectation[] = [];
  for (const line of lines) {
    const match = CARET_LINE.exec(line);
    if (match && kept.length > 0) {
      expectations.push({ line: kept.length - 1, column: match[1].length, width: match[2].length, id: match[3] });
    } else kept.push(line);
  }
  return { text: kept.join('\n'), expectations };
}

/** Removes the `$0` marker and returns the text and the cursor offset. */
export function readCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('$0');
  if (offset < 0) throw new Error('test text has no $0 cursor marker');
  return { text: marked.slice(0, offset) + marked.slice(offset + 2), offset };
}
