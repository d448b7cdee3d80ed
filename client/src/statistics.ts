// The Show Document Statistics command: the server counts, this file words the counts for a modal message.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { STATISTICS_REQUEST, type StatisticsParams, type StatisticsResult } from '../../server/src/lsp/protocol';

/** Shows the active draft's open points, in total and per section. */
export async function showStatistics(client: LanguageClient | undefined): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'negotext') {
    void vscode.window.showInformationMessage('Negotext: open a Negotext document (.ntx) to see its statistics.');
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Negotext: the language server is not running; try "Negotext: Restart Language Server".');
    return;
  }
  const params: StatisticsParams = { uri: client.code2ProtocolConverter.asUri(editor.document.uri) };
  const stats = await client.sendRequest<StatisticsResult | null>(STATISTICS_REQUEST, params);
  if (!stats) return;
  const { title, detail } = formatStatistics(stats);
  await vscode.window.showInformationMessage(title, { modal: true, detail });
}

/** The message and its detail lines; plain text, since a modal dialog shows no Markdown. */
export function formatStatistics(stats: StatisticsResult): { title: string; detail: string } {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const title = [stats.symbol, stats.title].filter(Boolean).join(' · ') || 'Document statistics';
  const lines = [
    `Open points: ${plural(stats.brackets, 'bracket')}, ${plural(stats.alternativeSets, 'alternative set')}, ${plural(stats.optionSets, 'option set')}, ${plural(stats.placeholders, 'placeholder')}.`,
    `Paragraphs: ${stats.paragraphs} (${stats.labelledParagraphs} labelled, ${stats.agreedParagraphs} agreed, ${stats.adRefParagraphs} ad ref); ${plural(stats.footnotes, 'footnote reference')}; ${plural(stats.words, 'word')}.`,
    `Problems: ${plural(stats.findings.error, 'error')}, ${plural(stats.findings.warning, 'warning')}, ${stats.findings.information} information.`,
  ];
  const open = stats.sections.filter((s) => s.brackets + s.optionSets + s.placeholders + s.alternativeSets > 0);
  if (open.length > 0) {
    lines.push('', 'Sections with open points:');
    for (const section of open) {
      const parts = [section.brackets > 0 ? plural(section.brackets, 'bracket') : '', section.optionSets > 0 ? plural(section.optionSets, 'option set') : '', section.placeholders > 0 ? plural(section.placeholders, 'placeholder') : ''].filter(Boolean);
      lines.push(`${'  '.repeat(Math.max(0, section.level - 1))}${section.heading} (line ${section.line + 1}): ${parts.join(', ') || plural(section.alternativeSets, 'alternative set')}`);
    }
  }
  return { title, detail: lines.join('\n') };
}
