// Converts the core's UTF-16 offsets to LSP positions and ranges and back: the only place lines and characters exist.

import type { Position, Range as LspRange } from 'vscode-languageserver';
import type { Range } from '../core';

/**
 * The line structure of one text version. LSP counts characters in UTF-16 code units by default, which are exactly
 * JavaScript string indices, so a position is a line start plus a column with no re-encoding; emoji take two units.
 */
export class TextLines {
  /** Offset where each line starts. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // `\r\n` is one break, as are a lone `\r` and a lone `\n`, as LSP defines line endings.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
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

  /** The 0-based line holding `offset` (an offset inside `\r\n` counts as the line's end). */
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
}

/** The LSP position of an offset; offsets past the end clamp to it, and the inside of `\r\n` to the line's end. */
export function toLspPosition(lines: TextLines, offset: number): Position {
  const line = lines.lineAt(offset);
  const clamped = Math.min(Math.max(0, offset), lines.lineEnd(line));
  return { line, character: clamped - lines.lineStart(line) };
}

/** The LSP range of an offset range. */
export function toLspRange(lines: TextLines, range: Range): LspRange {
  return { start: toLspPosition(lines, range.start), end: toLspPosition(lines, Math.max(range.start, range.end)) };
}

/**
 * The offset of an LSP position. As the protocol says, a character past the line's end means the line's end
 * (never the next line), and a line past the last means the end of the text.
 */
export function fromLspPosition(lines: TextLines, position: Position): number {
  if (position.line >= lines.lineCount) return lines.text.length;
  if (position.line < 0) return 0;
  const start = lines.lineStart(position.line);
  return Math.min(start + Math.max(0, position.character), lines.lineEnd(position.line));
}

/** The offset range of an LSP range. */
export function fromLspRange(lines: TextLines, range: LspRange): Range {
  const start = fromLspPosition(lines, range.start);
  return { start, end: Math.max(start, fromLspPosition(lines, range.end)) };
}
