// The line structure of a text: converts UTF-16 offsets to 0-based lines and columns for the edges that show positions (CLI, LSP).

/**
 * Line starts of one text version. A column is a UTF-16 offset from the line start, which is LSP's default
 * encoding and JavaScript's string indexing, so no re-encoding is needed; an emoji takes two columns.
 */
export class LineIndex {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // `\r\n` is one line break; a lone `\r` is one too (old Mac files and some Word exports), as LSP defines them.
    // Breaks are found with `indexOf`, which runs in native code: the server indexes every version of a draft.
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf >= 0 || cr >= 0) {
      if (lf >= 0 && (cr < 0 || lf < cr)) {
        this.starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      } else if (lf === cr + 1) {
        this.starts.push(lf + 1); // the `\n` of `\r\n` ends the line
        lf = text.indexOf('\n', lf + 1);
        cr = text.indexOf('\r', cr + 1);
      } else {
        this.starts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset where `line` starts (clamped to the text). */
  lineStart(line: number): number {
    if (line <= 0) return 0;
    return line < this.starts.length ? this.starts[line] : this.text.length;
  }

  /** The offset where `line`'s content ends, before its line break. */
  lineEnd(line: number): number {
    if (line < 0) return 0;
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The 0-based line holding `offset`. */
  lineAt(offset: number): number {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The line and column of an offset; offsets past the end clamp to it, and the inside of `\r\n` to the line's end. */
  position(offset: number): { line: number; character: number } {
    const line = this.lineAt(offset);
    return { line, character: this.column(offset, line) };
  }

  /** The column of an offset on its line (`lineAt(offset)`), clamped as `position` clamps it; makes no object. */
  column(offset: number, line: number): number {
    return Math.min(Math.max(0, offset), this.lineEnd(line)) - this.lineStart(line);
  }

  /** The offset of a line and column: a column past the line's end means the line's end, a line past the last the text end. */
  offset(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    if (line < 0) return 0;
    return Math.min(this.lineStart(line) + Math.max(0, character), this.lineEnd(line));
  }
}
