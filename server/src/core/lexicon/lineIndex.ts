// Converts between offsets and 1-based line numbers of a data file, for messages and CSV rows.

/** Line starts of a text, computed once; lines end at `\n` (a preceding `\r` belongs to the line's end). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** The 1-based line of `offset`. */
  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }

  /** Offset of the first character of a 1-based line (clamped to the text). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length) - 1)];
  }

  /** Offset just past the last character of a 1-based line, before its `\r\n` or `\n`. */
  lineEnd(line: number): number {
    const next = Math.max(1, Math.min(line, this.starts.length));
    let end = next < this.starts.length ? this.starts[next] - 1 : this.text.length;
    if (end > this.lineStart(line) && this.text.charCodeAt(end - 1) === 0x0d) end--;
    return end;
  }
}
