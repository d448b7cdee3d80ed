// The check helper for findings: renders the actual findings as caret lines under the text and compares with the fixture.

import { checkText, LineIndex, type Finding } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations/builtinRegistry';
import { readCarets } from './carets';

/**
 * Errors and warnings are always compared; information findings only for the ids the fixture mentions,
 * so that a fixture about footnotes need not list every open bracket.
 */
export function renderWithCarets(annotated: string): { expected: string; actual: string } {
  const { text, expectations } = readCarets(annotated);
  const mentioned = new Set(expectations.map((e) => e.id));
  const delegations = builtinRegistry();
  const findings = checkText(text, { delegations }).filter((f) => f.severity === 'error' || f.severity === 'warning' || mentioned.has(f.id));
  return { expected: normalise(annotated), actual: normalise(annotate(text, findings)) };
}

/** Puts a caret line under the line where each finding starts; multi-line ranges get carets to the end of that line. */
export function annotate(text: string, findings: ReadonlyArray<Finding>): string {
  const index = new LineIndex(text);
  const lines = text.split(/\r\n|\n|\r/);
  const under = new Map<number, string[]>();
  for (const finding of findings) {
    const start = index.position(finding.start);
    const end = index.position(finding.end);
    const lineText = lines[start.line] ?? '';
    const endColumn = end.line === start.line ? end.character : Math.max(lineText.replace(/\r$/, '').length, start.character + 1);
    const width = Math.max(1, endColumn - start.character);
    const caretLine = `${' '.repeat(start.character)}${'^'.repeat(width)} ${finding.id}`;
    const list = under.get(start.line) ?? [];
    list.push(caretLine);
    under.set(start.line, list);
  }
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    for (const caret of under.get(i) ?? []) out.push(caret);
  });
  return out.join('\n');
}

function normalise(text: string): string {
  return text.replace(/\s+$/, '') + '\n';
}
