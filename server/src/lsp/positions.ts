// Converts the core's UTF-16 offsets to LSP positions and ranges and back: the only place lines and characters exist.

import type { Position, Range as LspRange } from 'vscode-languageserver';
import type { Range } from '../core';

/** The line structure the converters work on: the core's `LineIndex` (one implementation for the CLI and the server). */
export { LineIndex as TextLines } from '../core';
import { LineIndex as TextLines } from '../core';

/** The LSP position of an offset; offsets past the end clamp to it, and the inside of `\r\n` to the line's end. */
export function toLspPosition(lines: TextLines, offset: number): Position {
  return lines.position(offset);
}

/** The LSP range of an offset range. */
export function toLspRange(lines: TextLines, range: Range): LspRange {
  return { start: toLspPosition(lines, range.start), end: toLspPosition(lines, lspRangeEnd(range)) };
}

/** The offset an offset range's LSP range ends at: an end before the start (a malformed range) is taken as the start. */
export function lspRangeEnd(range: Range): number {
  return Math.max(range.start, range.end);
}

/**
 * The offset of an LSP position. As the protocol says, a character past the line's end means the line's end
 * (never the next line), and a line past the last means the end of the text.
 */
export function fromLspPosition(lines: TextLines, position: Position): number {
  return lines.offset(position.line, position.character);
}

/** The offset range of an LSP range. */
export function fromLspRange(lines: TextLines, range: LspRange): Range {
  const start = fromLspPosition(lines, range.start);
  return { start, end: Math.max(start, fromLspPosition(lines, range.end)) };
}
