// Completion: the core's items (delegations, roles, status keywords, footnote labels, lexicon terms) as LSP items.

import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import { completionsAt, type CompletionData, type CompletionTerm } from '../core/features/completion';
import type { Analysis } from './analyses';
import { fromLspPosition, toLspRange, type TextLines } from './positions';
import type { Session } from './session';

const KINDS: Readonly<Record<CompletionData['kind'], CompletionItemKind>> = {
  delegation: CompletionItemKind.Constant,
  role: CompletionItemKind.Keyword,
  status: CompletionItemKind.Keyword,
  footnote: CompletionItemKind.Reference,
  term: CompletionItemKind.Text,
};

/** `textDocument/completion`. */
export function completion(session: Session, params: CompletionParams): CompletionItem[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const offset = fromLspPosition(analysis.lines, params.position);
  const items = completionsAt(analysis.model, offset, { delegations: analysis.context.registry.all(), terms: termsOf(analysis) });
  return items.map((item) => toLspCompletionItem(item, analysis.lines, session.abilities.markdown));
}

/** One item; the text edit replaces the word being typed so that names with spaces complete whole. */
export function toLspCompletionItem(item: CompletionData, lines: TextLines, markdown: boolean): CompletionItem {
  return {
    label: item.label,
    kind: KINDS[item.kind],
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { documentation: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: item.documentation } } : {}),
    textEdit: { range: toLspRange(lines, item.replace), newText: item.insertText },
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    ...(item.sortText !== undefined ? { sortText: item.sortText } : {}),
  };
}

function termsOf(analysis: Analysis): CompletionTerm[] {
  return analysis.context.lexicons.flatMap((lexicon) => lexicon.entries);
}
