// Test helper: reads caret annotations under lines of text and checks problems against them.

import * as assert from 'assert';

/** An expected problem: its range in the text without annotation lines, and its id. */
export interface ExpectedProblem {
  readonly start: number;
  readonly end: number;
  readonly id: string;
}

/** A caret line: indentation, carets under the range, then the problem id (`    ^^^^^ lexicon.unknownStatus`). */
const CARET_LINE = /^( *)(\^+) ([a-z]+\.[A-Za-z]+)\s*$/;

/**
 * Splits annotated text into the text itself and the problems expected in it. A caret line marks a range on
 * the text line above it (several caret lines may follow one text line); it is removed from the text.
 */
export function parseCarets(annotated: string): { text: string; expected: ExpectedProblem[] } {
  const kept: string[] = [];
  const expected: ExpectedProblem[] = [];
  let offset = 0;
  let previousLineStart = 0;
  for (const line of annotated.split('\n')) {
    const caret = CARET_LINE.exec(line);
    if (caret !== null && kept.length > 0) {
      const start = previousLineStart + caret[1].length;
      expected.push({ start, end: start + caret[2].length, id: caret[3] });
      continue;
    }
    kept.push(line);
    previousLineStart = offset;
    offset += line.length + 1;
  }
  return { text: kept.join('\n'), expected: expected.sort((a, b) => a.start - b.start || a.end - b.end) };
}

/** Asserts that `problems` are exactly the annotated ones (range and id), showing both as caret text on failure. */
export function assertProblems(text: string, problems: ReadonlyArray<{ start: number; end: number; id: string }>, expected: readonly ExpectedProblem[]): void {
  const actual = problems.map(({ start, end, id }) => ({ start, end, id })).sort((a, b) => a.start - b.start || a.end - b.end);
  assert.deepStrictEqual(render(text, actual), render(text, expected));
}

/** Problems rendered as `id  line:column  "covered text"`, so a failure shows what each range covers. */
function render(text: string, problems: readonly ExpectedProblem[]): string[] {
  return problems.map(({ start, end, id }) => {
    const line = text.slice(0, start).split('\n').length;
    const column = start - (text.lastIndexOf('\n', start - 1) + 1);
    return `${id}  ${line}:${column}  ${JSON.stringify(text.slice(start, end))}`;
  });
}
