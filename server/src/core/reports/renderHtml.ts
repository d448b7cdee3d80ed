// Renders the status and positions reports as one self-contained HTML page that a webview with a strict CSP can show.

import type { Role } from '../analysis/model';
import { escapeHtml, fileHref, percent, plural } from './escape';
import type { SourceLocation } from './locator';
import { ROLE_ORDER, type PositionsReport } from './positionsReport';
import { ROLE_MARKS } from './renderMarkdown';
import type { DocumentStatus, StatusCounts, StatusReport } from './statusReport';

/** Options for the HTML page. */
export interface HtmlOptions {
  /**
   * A CSP nonce for the page's one `<style>` element, for a webview whose policy is `style-src 'nonce-…'`. Without
   * one the page declares `style-src 'unsafe-inline'` for itself, which a browser opening the file needs.
   */
  readonly nonce?: string;
  /**
   * With a nonce: the page's policy also lets scripts that carry that nonce run (`script-src 'nonce-…'`), for an editor
   * that adds its one link script before `</body>` (VS Code's report panel). The page itself still has none. Without
   * this (or without a nonce) the policy is `script-src 'none'`.
   */
  readonly scriptNonce?: boolean;
}

/*
 * The page has no script, no inline event handler and no `style` attribute: all styling is in one `<style>` element,
 * so a webview can forbid scripts outright and allow that element by nonce. Links carry `data-file`, `data-line`,
 * `data-column` and `data-offset`, which an editor's webview script (the one script the editor adds, allowed by nonce
 * with `scriptNonce`) uses to reveal the place; the `href` works in a browser that opens the page beside the files.
 */
const CSS = `body{font-family:system-ui,sans-serif;font-size:14px;line-height:1.4;margin:1.5em;color:#1b1b1b;background:#fff}
table{border-collapse:collapse;margin:.5em 0 1.5em}th,td{border:1px solid #c8c8c8;padding:.2em .5em;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.n{text-align:right;font-variant-numeric:tabular-nums}.summary{margin:.3em 0 1em}
.fault{color:#a00000}.muted{color:#666}.l1{padding-left:.5em}.l2{padding-left:1.5em}.l3{padding-left:2.5em}.l4,.l5,.l6{padding-left:3.5em}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#1e1e1e}th{background:#333}th,td{border-color:#555}.muted{color:#aaa}a{color:#6cb6ff}}`;

function page(title: string, body: string, options: HtmlOptions): string {
  const nonce = options.nonce !== undefined ? escapeHtml(options.nonce) : undefined;
  const scripts = nonce !== undefined && options.scriptNonce === true ? `'nonce-${nonce}'` : "'none'";
  const csp = `default-src 'none'; style-src ${nonce !== undefined ? `'nonce-${nonce}'` : "'unsafe-inline'"}; img-src 'none'; script-src ${scripts}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style${nonce !== undefined ? ` nonce="${nonce}"` : ''}>${CSS}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function link(text: string, location: SourceLocation): string {
  return `<a href="${escapeHtml(fileHref(location))}" data-file="${escapeHtml(location.file)}" data-line="${location.line}" data-column="${location.column}" data-offset="${location.offset}">${escapeHtml(text)}</a>`;
}

function table(head: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `<table>\n<thead><tr>${head.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows.map((r) => `<tr>${r.join('')}</tr>`).join('\n')}\n</tbody>\n</table>`;
}

const td = (html: string, className?: string) => `<td${className ? ` class="${className}"` : ''}>${html}</td>`;
const tdText = (text: string) => td(escapeHtml(text));
const tdNumber = (value: number | string) => td(escapeHtml(String(value)), 'n');

const STATUS_COLUMNS = ['Brackets', 'Alternatives', 'Option sets', 'Placeholders', 'Footnotes', 'Words', 'Share agreed'];

function countCells(c: StatusCounts): string[] {
  return [...[c.brackets, c.alternativeSets, c.optionSets, c.placeholders, c.footnotes, c.words].map(tdNumber), tdNumber(percent(c.shareAgreed))];
}

function summary(c: StatusCounts, t: { agreed: number; adRef: number; pending: number; none: number }): string {
  return `<p class="summary"><strong>Share agreed: ${percent(c.shareAgreed)}</strong> of ${c.words} words · ${plural(c.brackets, 'bracket')} (${c.topLevelBrackets} top-level) · ${plural(c.alternativeSets, 'alternative set')} · ${plural(c.optionSets, 'option set')} · ${plural(c.placeholders, 'placeholder')} · ${plural(c.footnotes, 'footnote reference')} · paragraphs: ${t.agreed} agreed, ${t.adRef} ad ref, ${t.pending} pending, ${t.none} without status</p>`;
}

function documentHtml(doc: DocumentStatus): string {
  const parts: string[] = [`<section>`, `<h2>${escapeHtml([doc.file, doc.symbol, doc.title].filter(Boolean).join(' — '))}</h2>`, summary(doc, doc.statuses)];
  if (doc.unclosedBrackets + doc.strayClosers > 0) parts.push(`<p class="fault">Bracket faults: ${doc.unclosedBrackets} unclosed, ${doc.strayClosers} stray; counts are approximate until <code>negotext check</code> is clean.</p>`);
  parts.push('<h3>Sections</h3>');
  parts.push(table(['Section', 'Agreed', 'Ad ref', 'Pending', 'No status', ...STATUS_COLUMNS], doc.sections.map((s) => [td(link(s.heading, s.location), `l${Math.max(1, s.level)}`), ...[s.statuses.agreed, s.statuses.adRef, s.statuses.pending, s.statuses.none].map(tdNumber), ...countCells(s)])));
  parts.push('<h3>Paragraphs</h3>');
  const rows = doc.sections.flatMap((s) => s.paragraphs.map((p) => [tdText(s.heading), td(link(p.option ? `${p.name} (${p.option})` : p.name, p.location)), tdText(p.status ?? ''), ...countCells(p)]));
  parts.push(table(['Section', 'Paragraph', 'Status', ...STATUS_COLUMNS], rows));
  if (doc.footnoteDefinitions.length > 0) {
    parts.push('<h3>Footnotes</h3>');
    parts.push(table(['Footnote', 'References', 'Positions', 'Text', 'Brackets'], doc.footnoteDefinitions.map((f) => [td(link(`[^${f.label}]`, f.location)), tdNumber(f.references), tdText(f.positions ?? ''), tdText(f.excerpt), tdNumber(f.brackets)])));
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** The status report as an HTML page. */
export function statusToHtml(report: StatusReport, options: HtmlOptions = {}): string {
  const body = ['<h1>Status report</h1>'];
  if (report.documents.length > 1) body.push(`<p>${report.documents.length} documents.</p>`, summary(report.totals, report.totals.statuses));
  for (const doc of report.documents) body.push(documentHtml(doc));
  return page('Status report', body.join('\n'), options);
}

function roleMarks(roles: ReadonlyArray<Role>): string {
  return roles.map((r) => `<abbr title="${r}">${ROLE_MARKS[r]}</abbr>`).join(' ');
}

/** The positions report as an HTML page: per delegation, then the paragraph × delegation matrix. */
export function positionsToHtml(report: PositionsReport, options: HtmlOptions = {}): string {
  const body = ['<h1>Positions report</h1>'];
  if (report.delegations.length === 0) body.push('<p>No attributions found.</p>');
  for (const d of report.delegations) {
    body.push(`<section id="delegation-${escapeHtml(d.code)}">`, `<h2>${escapeHtml(d.code)}${d.name ? ` — ${escapeHtml(d.name)}` : d.known ? '' : ' <span class="muted">(not in the delegation registry)</span>'}</h2>`);
    const rows = d.entries.map(({ item: index, role }) => {
      const item = report.items[index];
      return [tdText(role), tdText(item.member ? `${item.kind} (${item.member})` : item.kind), td(link(`${item.location.file}:${item.location.line}:${item.location.column}`, item.location)), tdText(item.section), tdText(item.paragraph), tdText(item.excerpt)];
    });
    body.push(table(['Role', 'On', 'Where', 'Section', 'Paragraph', 'Text'], rows), '</section>');
  }
  if (report.matrix.rows.length > 0) {
    body.push('<h2>Matrix</h2>', `<p class="muted">${ROLE_ORDER.map((r) => `${ROLE_MARKS[r]} ${r}`).join(' · ')}</p>`);
    const multiFile = report.files.length > 1;
    const rows = report.matrix.rows.map((row) => [
      ...(multiFile ? [tdText(row.file)] : []),
      tdText(row.section),
      td(link(row.paragraph, row.location)),
      ...report.matrix.delegations.map((code) => td(roleMarks(row.cells[code] ?? []))),
    ]);
    body.push(table([...(multiFile ? ['File'] : []), 'Section', 'Paragraph', ...report.matrix.delegations], rows));
  }
  return page('Positions report', body.join('\n'), options);
}
