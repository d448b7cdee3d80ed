// Renders a revision comparison as terminal text, Markdown or JSON.

import { locationText, markdownCell } from '../reports/escape';
import type { SourceLocation } from '../reports/locator';
import type { BracketChange, ParagraphChange, RevisionDiff } from './compareRevisions';
import type { OpenPointTally } from './openPoints';
import type { WordDiffSegment } from './wordDiff';

/** The output formats of a comparison. */
export type DiffFormat = 'text' | 'md' | 'json';

/** Every format, the default first. */
export const DIFF_FORMATS: ReadonlyArray<DiffFormat> = ['text', 'md', 'json'];

/** Renders a comparison in the given format. */
export function renderDiff(diff: RevisionDiff, format: DiffFormat): string {
  if (format === 'json') return `${JSON.stringify({ version: 1, ...diff }, null, 2)}\n`;
  return format === 'md' ? diffToMarkdown(diff) : diffToText(diff);
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

function tallyLine(diff: RevisionDiff): string {
  const { before, after, change } = diff.openPoints;
  const part = (label: string, key: keyof OpenPointTally) => `${label} ${before[key]} → ${after[key]} (${signed(change[key])})`;
  return [part('open points', 'total'), part('brackets', 'brackets'), part('alternative sets', 'alternativeSets'), part('option sets', 'optionSets'), part('placeholders', 'placeholders')].join('; ');
}

/** `how` in words: "accepted", "alternative 2 of 2 chosen: "sixteen"". */
export function describeBracketChange(c: BracketChange): string {
  if (c.change === 'added') return 'added';
  if (c.change === 'removed') return `removed without a recognisable settlement (${c.reason ?? 'unknown'})`;
  if (c.how === 'chosen' && c.chosen) return `${c.kind === 'options' ? 'option' : 'alternative'} ${c.chosen.index} of ${c.chosen.of} chosen: "${c.chosen.text}"`;
  if (c.how === 'accepted') return 'accepted (brackets removed, text kept)';
  return c.kind === 'bracket' ? 'deleted (text dropped)' : 'deleted (no alternative kept)';
}

function where(before?: SourceLocation, after?: SourceLocation): string {
  return [before ? locationText(before) : undefined, after ? locationText(after) : undefined].filter(Boolean).join(' → ');
}

function wordsText(words: ReadonlyArray<WordDiffSegment>): string {
  return words.map((s) => (s.op === '=' ? s.text : s.op === '-' ? `[-${s.text}-]` : `{+${s.text}+}`)).join(' ');
}

function paragraphLine(p: ParagraphChange): string {
  const flags = [p.textChanged && p.change !== 'changed' ? 'changed' : '', p.moved && p.change !== 'moved' ? 'moved' : '', p.status && p.change !== 'status' ? 'status' : ''].filter(Boolean);
  const status = p.status ? ` status ${p.status.before ?? 'none'} → ${p.status.after ?? 'none'}` : '';
  return `  ${p.change.padEnd(8)} ${p.section} · ${p.name}${flags.length > 0 ? ` (also ${flags.join(', ')})` : ''}${status}  ${where(p.before, p.after)}`;
}

/** The comparison as plain text for a terminal; changed words as `[-old-]{+new+}`, as `git diff --word-diff` shows them. */
export function diffToText(diff: RevisionDiff): string {
  const out = [`Comparing ${diff.before} → ${diff.after}`, tallyLine(diff), ''];
  out.push(`Paragraphs (${diff.paragraphs.length} changes)`);
  for (const p of diff.paragraphs) {
    out.push(paragraphLine(p));
    if (p.words) out.push(`      ${wordsText(p.words)}`);
    else if (p.excerpt) out.push(`      ${p.excerpt}`);
  }
  out.push('', `Open points (${diff.brackets.length} changes)`);
  for (const c of diff.brackets) out.push(`  ${c.change.padEnd(8)} ${c.section} · ${c.paragraph} ${c.kind} "${c.text}": ${describeBracketChange(c)}  ${where(c.before, c.after)}`);
  return `${out.join('\n')}\n`;
}

/** The comparison as Markdown. */
export function diffToMarkdown(diff: RevisionDiff): string {
  const out = [`# Changes from ${markdownCell(diff.before)} to ${markdownCell(diff.after)}`, '', markdownCell(tallyLine(diff)), '', '## Paragraphs', ''];
  if (diff.paragraphs.length === 0) out.push('No paragraph changed.');
  for (const p of diff.paragraphs) {
    out.push(`- **${p.change}** ${markdownCell(`${p.section} · ${p.name}`)}${p.status ? `: status ${p.status.before ?? 'none'} → ${p.status.after ?? 'none'}` : ''}${p.moved && p.change !== 'moved' ? ' (moved)' : ''} — \`${where(p.before, p.after)}\``);
    if (p.words) out.push(`  ${p.words.map((s) => (s.op === '=' ? markdownCell(s.text) : s.op === '-' ? `~~${markdownCell(s.text)}~~` : `**${markdownCell(s.text)}**`)).join(' ')}`);
    else if (p.excerpt) out.push(`  ${markdownCell(p.excerpt)}`);
  }
  out.push('', '## Open points', '');
  if (diff.brackets.length === 0) out.push('No open point changed.');
  else {
    out.push('| Change | Where | Paragraph | Open point | Outcome |', '| --- | --- | --- | --- | --- |');
    for (const c of diff.brackets) out.push(`| ${c.change} | \`${where(c.before, c.after)}\` | ${markdownCell(`${c.section} · ${c.paragraph}`)} | ${markdownCell(`${c.kind}: ${c.text}`)} | ${markdownCell(describeBracketChange(c))} |`);
  }
  return `${out.join('\n')}\n`;
}
