// Renders a report in one of the formats the CLI and the editor offer: Markdown, HTML, CSV or JSON.

import type { PositionsReport } from './positionsReport';
import { positionsToCsv, statusToCsv } from './renderCsv';
import { positionsToHtml, statusToHtml, type HtmlOptions } from './renderHtml';
import { positionsToMarkdown, statusToMarkdown } from './renderMarkdown';
import type { StatusReport } from './statusReport';

/** The output formats of a report. */
export type ReportFormat = 'md' | 'html' | 'csv' | 'json';

/** Every format, the default first. */
export const REPORT_FORMATS: ReadonlyArray<ReportFormat> = ['md', 'html', 'csv', 'json'];

/** Renders a status or positions report as text in the given format. */
export function renderReport(report: StatusReport | PositionsReport, format: ReportFormat, options: HtmlOptions = {}): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
  if (report.kind === 'status') return format === 'md' ? statusToMarkdown(report) : format === 'html' ? statusToHtml(report, options) : statusToCsv(report);
  return format === 'md' ? positionsToMarkdown(report) : format === 'html' ? positionsToHtml(report, options) : positionsToCsv(report);
}
