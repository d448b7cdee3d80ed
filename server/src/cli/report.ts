// Formats check findings and statistics for the terminal and as JSON, with 1-based lines and columns as editors show them.

import type { DocumentStats, Finding } from '../core';
import { LineIndex } from '../core';

/** One finding as the CLI prints it. */
export interface CliFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: string;
  readonly id: string;
  readonly message: string;
}

/** Places findings at 1-based lines and columns. */
export function locateFindings(file: string, text: string, findings: ReadonlyArray<Finding>): CliFinding[] {
  const index = new LineIndex(text);
  return findings.map((finding) => {
    const start = index.position(finding.start);
    const end = index.position(finding.end);
    return { file, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, severity: finding.severity, id: finding.id, message: finding.message };
  });
}

/** `path:line:col: severity id: message`, the format editors and CI logs link. */
export function formatFindingLine(finding: CliFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity} ${finding.id}: ${finding.message}`;
}

/** The stats of one document as an aligned text table, per section. */
export function formatStatsText(file: string, stats: DocumentStats): string {
  const header = ['section', 'brackets', 'alternatives', 'options', 'placeholders', 'footnotes'];
  const rows = stats.sections.map((s) => [`${'  '.repeat(Math.max(0, s.level - 1))}${s.heading}`, s.brackets, s.alternativeSets, s.optionSets, s.placeholders, s.footnotes].map(String));
  rows.push(['total', stats.brackets, stats.alternativeSets, stats.optionSets, stats.placeholders, stats.footnotes].map(String));
  const widths = header.map((h, column) => Math.max(h.length, ...rows.map((row) => row[column].length)));
  const format = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  return [file, format(header), ...rows.map(format)].join('\n');
}
