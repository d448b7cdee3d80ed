// Completion: the core's items (delegations, roles, status keywords, footnote labels, lexicon terms) as LSP items.

import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList, type CompletionParams, type Range as LspRange } from 'vscode-languageserver';
import { completionListAt, type CompletionData, type CompletionTerm } from '../core/features/completion';
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

/**
 * The last list's term items, kept for `completionItem/resolve`. A word begun in prose is offered every term of the
 * lexicons (2,000 in the benchmark's), and their details and definitions made most of the answer (709 KB of JSON,
 * sent at each word typed): a term item is sent with its label alone, and described when the editor shows it.
 */
export class TermItems {
  private items: ReadonlyArray<CompletionData> = [];

  remember(items: ReadonlyArray<CompletionData>): void {
    this.items = items;
  }

  /** The item described, if it is one of the last list's terms (its `data` is its index there); else as it came. */
  resolve(item: CompletionItem, markdown: boolean): CompletionItem {
    const data = typeof item.data === 'number' ? this.items[item.data] : undefined;
    if (data === undefined || data.label !== item.label) return item;
    return { ...item, ...details(data, markdown) };
  }
}

/** `textDocument/completion`. */
export function completion(session: Session, termItems: TermItems, params: CompletionParams): CompletionList | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const offset = fromLspPosition(analysis.lines, params.position);
  const { items, incomplete } = completionListAt(analysis.model, offset, { delegations: analysis.context.registry.all(), terms: termsOf(analysis) });
  termItems.remember(items);
  const { markdown, completionEditRange } = session.abilities;
  // Every item replaces the same word: where the client takes a default edit range, it is sent once for all.
  const editRange = completionEditRange && items.length > 0 && items.every((item) => item.replace.start === items[0].replace.start && item.replace.end === items[0].replace.end) ? toLspRange(analysis.lines, items[0].replace) : undefined;
  return {
    isIncomplete: incomplete,
    ...(editRange !== undefined ? { itemDefaults: { editRange } } : {}),
    items: items.map((item, index) => (item.kind === 'term' ? termItem(item, index, analysis.lines, editRange) : toLspCompletionItem(item, analysis.lines, markdown))),
  };
}

/** One item; the text edit replaces the word being typed so that names with spaces complete whole. */
export function toLspCompletionItem(item: CompletionData, lines: TextLines, markdown: boolean): CompletionItem {
  return {
    label: item.label,
    kind: KINDS[item.kind],
    ...details(item, markdown),
    textEdit: { range: toLspRange(lines, item.replace), newText: item.insertText },
    ...(item.filterText !== undefined ? { filterText: item.filterText } : {}),
    ...(item.sortText !== undefined ? { sortText: item.sortText } : {}),
  };
}

/**
 * A term item as sent in the list: its label, kind and sort group, and its index for `completionItem/resolve`; its
 * edit is the list's default when there is one (`editRange`), or as `toLspCompletionItem` writes it.
 */
function termItem(item: CompletionData, index: number, lines: TextLines, editRange: LspRange | undefined): CompletionItem {
  const edit = editRange === undefined ? { textEdit: { range: toLspRange(lines, item.replace), newText: item.insertText } } : item.insertText === item.label ? {} : { textEditText: item.insertText };
  return { label: item.label, kind: KINDS[item.kind], ...(item.sortText !== undefined ? { sortText: item.sortText } : {}), ...edit, data: index };
}

function details(item: CompletionData, markdown: boolean): Pick<CompletionItem, 'detail' | 'documentation'> {
  return {
    ...(item.detail !== undefined ? { detail: item.detail } : {}),
    ...(item.documentation !== undefined ? { documentation: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: item.documentation } } : {}),
  };
}

function termsOf(analysis: Analysis): CompletionTerm[] {
  return analysis.context.lexicons.flatMap((lexicon) => lexicon.entries);
}
