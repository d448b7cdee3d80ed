// Renders a term's hover information as short Markdown for a narrow hover popup.

import type { TermHoverInfo } from './types';

/**
 * Markdown for a hover: the term in bold with its abbreviation and status, the definition, the precedent,
 * the note, what to write instead, the forms to avoid, then a two-column table of the six languages.
 * For example:
 *
 * ```
 * **critical infrastructure** · agreed
 *
 * Facilities, systems and networks ...
 *
 * *Precedent:* A/70/174, para. 13 (f)
 *
 * | | |
 * |---|---|
 * | ar | البنية التحتية الحيوية |
 * ```
 */
export function renderTermMarkdown(info: TermHoverInfo): string {
  const abbreviation = info.abbreviation !== undefined ? ` (${escapeMarkdown(info.abbreviation)})` : '';
  const parts = [`**${escapeMarkdown(info.term)}**${abbreviation} · ${info.status}`];
  if (info.definition !== undefined) parts.push(escapeMarkdown(info.definition));
  if (info.source !== undefined) parts.push(`*Precedent:* ${escapeMarkdown(info.source)}`);
  if (info.note !== undefined) parts.push(`*Note:* ${escapeMarkdown(info.note)}`);
  if (info.useInstead !== undefined) parts.push(`*Use instead:* ${escapeMarkdown(info.useInstead)}`);
  if (info.deprecated.length > 0) parts.push(`*Avoid:* ${info.deprecated.map(escapeMarkdown).join(', ')}`);
  // An empty header row keeps the table two narrow columns; VS Code renders it as a thin line.
  const rows = ['| | |', '|---|---|'];
  for (const { language, forms } of info.languages) rows.push(`| ${language} | ${forms.length > 0 ? forms.map(escapeMarkdown).join('; ') : '—'} |`);
  parts.push(rows.join('\n'));
  return parts.join('\n\n');
}

/** Escapes the characters that would turn lexicon text into Markdown or HTML. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (char) => `\\${char}`).replace(/\s*\n\s*/g, ' ');
}
