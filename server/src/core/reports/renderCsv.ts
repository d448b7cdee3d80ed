// Renders the status and positions reports as CSV: one row per block, or one row per delegation, item and role.

import { csvRow } from './escape';
import type { PositionsReport } from './positionsReport';
import type { StatusCounts, StatusReport } from './statusReport';

const COUNT_HEADER = ['brackets', 'top_level_brackets', 'alternative_sets', 'option_sets', 'placeholders', 'footnote_references', 'words', 'words_in_brackets', 'words_in_option_sets', 'share_agreed'];

function countCells(c: StatusCounts): Array<string | number> {
  return [c.brackets, c.topLevelBrackets, c.alternativeSets, c.optionSets, c.placeholders, c.footnotes, c.words, c.wordsInBrackets, c.wordsInOptionSets, c.shareAgreed.toFixed(4)];
}

/**
 * The status report as CSV: a `section` row per heading (its own counts and its paragraphs'), a `paragraph` row per
 * paragraph and a `footnote` row per footnote definition, so that a spreadsheet can filter by kind and sum.
 */
export function statusToCsv(report: StatusReport): string {
  const rows = [csvRow(['file', 'kind', 'section', 'name', 'line', 'column', 'status', 'option', ...COUNT_HEADER])];
  for (const doc of report.documents) {
    for (const s of doc.sections) {
      rows.push(csvRow([doc.file, 'section', s.heading, s.heading, s.location.line, s.location.column, '', '', ...countCells(s)]));
      for (const p of s.paragraphs) rows.push(csvRow([doc.file, 'paragraph', s.heading, p.name, p.location.line, p.location.column, p.status ?? '', p.option ?? '', ...countCells(p)]));
    }
    for (const f of doc.footnoteDefinitions) rows.push(csvRow([doc.file, 'footnote', '', `[^${f.label}]`, f.location.line, f.location.column, '', '', ...countCells(f)]));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** The positions report as CSV, one row per delegation, item and role (a spreadsheet pivots it into the matrix). */
export function positionsToCsv(report: PositionsReport): string {
  const rows = [csvRow(['delegation', 'delegation_name', 'known', 'role', 'kind', 'member', 'file', 'line', 'column', 'offset', 'section', 'paragraph', 'text'])];
  for (const d of report.delegations) {
    for (const { item: index, role } of d.entries) {
      const item = report.items[index];
      rows.push(csvRow([d.code, d.name ?? '', d.known, role, item.kind, item.member ?? '', item.location.file, item.location.line, item.location.column, item.location.offset, item.section, item.paragraph, item.excerpt]));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
