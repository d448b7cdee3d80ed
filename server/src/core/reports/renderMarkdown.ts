// Renders the status and positions reports as Markdown, with links back to file and line.

import type { Role } from '../analysis/model';
import { fileHref, markdownCell, percent, plural } from './escape';
import type { SourceLocation } from './locator';
import { ROLE_ORDER, type PositionsReport } from './positionsReport';
import type { DocumentStatus, StatusCounts, StatusReport, StatusTally } from './statusReport';

/** Short role marks for the matrix, explained in its legend. */
export const ROLE_MARKS: Readonly<Record<Role, string>> = { proposed: 'P', supported: 'S', opposed: 'O', delete: 'D', retain: 'R', reservation: 'Res' };

const STATUS_COLUMNS = ['Brackets', 'Alternatives', 'Option sets', 'Placeholders', 'Footnotes', 'Words', 'Share agreed'];

/** The status report as Markdown: a summary line per document, then its sections, paragraphs and footnotes. */
export function statusToMarkdown(report: StatusReport): string {
  const out: string[] = ['# Status report', ''];
  if (report.documents.length > 1) out.push(`${report.documents.length} documents: ${summary(report.totals, report.totals.statuses)}`, '');
  for (const doc of report.documents) out.push(...documentMarkdown(doc));
  return out.join('\n').replace(/\n+$/, '\n');
}

function documentMarkdown(doc: DocumentStatus): string[] {
  const heading = [doc.file, doc.symbol, doc.title].filter(Boolean).join(' — ');
  const out = [`## ${markdownCell(heading)}`, '', summary(doc, doc.statuses), ''];
  if (doc.unclosedBrackets + doc.strayClosers > 0) out.push(`**Bracket faults:** ${doc.unclosedBrackets} unclosed, ${doc.strayClosers} stray; counts are approximate until \`negotext check\` is clean.`, '');
  out.push('### Sections', '', tableHead(['Section', 'Paragraphs (agreed / ad ref / pending / none)', ...STATUS_COLUMNS]));
  for (const s of doc.sections) {
    const t = s.statuses;
    out.push(tableRow([link(s.heading, s.location), `${t.agreed} / ${t.adRef} / ${t.pending} / ${t.none}`, ...countCells(s)]));
  }
  out.push('', '### Paragraphs', '', tableHead(['Section', 'Paragraph', 'Status', ...STATUS_COLUMNS]));
  for (const s of doc.sections) {
    for (const p of s.paragraphs) out.push(tableRow([markdownCell(s.heading), link(p.option ? `${p.name} (${p.option})` : p.name, p.location), p.status ?? '', ...countCells(p)]));
  }
  if (doc.footnoteDefinitions.length > 0) {
    out.push('', '### Footnotes', '', tableHead(['Footnote', 'References', 'Positions', 'Text', 'Brackets']));
    for (const f of doc.footnoteDefinitions) out.push(tableRow([link(`[^${f.label}]`, f.location), String(f.references), markdownCell(f.positions ?? ''), markdownCell(f.excerpt), String(f.brackets)]));
  }
  out.push('');
  return out;
}

function summary(counts: StatusCounts, statuses: StatusTally): string {
  return [
    `**Share agreed: ${percent(counts.shareAgreed)}** of ${counts.words} words`,
    `${plural(counts.brackets, 'bracket')} (${counts.topLevelBrackets} top-level)`,
    plural(counts.alternativeSets, 'alternative set'),
    plural(counts.optionSets, 'option set'),
    plural(counts.placeholders, 'placeholder'),
    plural(counts.footnotes, 'footnote reference'),
    `paragraphs: ${statuses.agreed} agreed, ${statuses.adRef} ad ref, ${statuses.pending} pending, ${statuses.none} without status`,
  ].join(' · ');
}

function countCells(c: StatusCounts): string[] {
  return [c.brackets, c.alternativeSets, c.optionSets, c.placeholders, c.footnotes, c.words].map(String).concat(percent(c.shareAgreed));
}

/** The positions report as Markdown: one section per delegation, then the paragraph × delegation matrix. */
export function positionsToMarkdown(report: PositionsReport): string {
  const out: string[] = ['# Positions report', ''];
  if (report.delegations.length === 0) out.push('No attributions found.', '');
  for (const d of report.delegations) {
    out.push(`## ${markdownCell(d.code)}${d.name ? ` — ${markdownCell(d.name)}` : d.known ? '' : ' (not in the delegation registry)'}`, '');
    out.push(tableHead(['Role', 'On', 'Where', 'Section', 'Paragraph', 'Text']));
    for (const { item: index, role } of d.entries) {
      const item = report.items[index];
      out.push(tableRow([role, item.member ? `${item.kind} (${item.member})` : item.kind, link(`${item.location.file}:${item.location.line}:${item.location.column}`, item.location), markdownCell(item.section), markdownCell(item.paragraph), markdownCell(item.excerpt)]));
    }
    out.push('');
  }
  if (report.matrix.rows.length > 0) {
    out.push('## Matrix', '', `${ROLE_ORDER.map((r) => `${ROLE_MARKS[r]} ${r}`).join(' · ')}`, '');
    const multiFile = report.files.length > 1;
    out.push(tableHead([...(multiFile ? ['File'] : []), 'Section', 'Paragraph', ...report.matrix.delegations]));
    for (const row of report.matrix.rows) {
      const cells = report.matrix.delegations.map((code) => (row.cells[code] ?? []).map((r) => ROLE_MARKS[r]).join(' '));
      out.push(tableRow([...(multiFile ? [markdownCell(row.file)] : []), markdownCell(row.section), link(row.paragraph, row.location), ...cells.map(markdownCell)]));
    }
    out.push('');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}

function link(text: string, location: SourceLocation): string {
  return `[${markdownCell(text)}](<${fileHref(location)}>)`;
}

function tableHead(columns: ReadonlyArray<string>): string {
  return `${tableRow(columns)}\n${tableRow(columns.map(() => '---'))}`;
}

function tableRow(cells: ReadonlyArray<string>): string {
  return `| ${cells.join(' | ')} |`;
}
