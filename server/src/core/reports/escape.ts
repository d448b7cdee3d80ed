// Escaping for the report formats: HTML text and attributes, Markdown table cells and links, CSV cells.

import type { SourceLocation } from './locator';

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** Escapes text for one Markdown table cell: no line breaks, pipes and inline markup made literal. */
export function markdownCell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`);
}

/** A link target for a file at a line (`draft.ntx#L12`), as VS Code's Markdown preview and most viewers follow it. */
export function fileHref(location: SourceLocation): string {
  return `${encodeURI(location.file.replace(/\\/g, '/'))}#L${location.line}`;
}

/** `draft.ntx:12:5`, the form terminals and editors link. */
export function locationText(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/**
 * One CSV row (RFC 4180, CRLF). A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
 * leading apostrophe: excerpts come from documents that other people wrote.
 */
export function csvRow(cells: ReadonlyArray<string | number | boolean | undefined>): string {
  return cells
    .map((cell) => {
      if (cell === undefined) return '';
      let text = String(cell);
      if (typeof cell === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/** A share as a percentage with one decimal: `87.5%`. */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** `1 bracket`, `3 brackets`. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
