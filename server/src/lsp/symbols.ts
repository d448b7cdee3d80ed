// Document symbols (the outline) and workspace symbols (headings and paragraph labels across the workspace).

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { OutlineItem } from '../core';
import { outlineOf } from '../core/features/outlineOf';
import { matchesSymbolQuery, symbolEntries } from '../core/features/workspaceSymbols';
import { toLspRange, type TextLines } from './positions';
import type { Session } from './session';

const KINDS: Readonly<Record<OutlineItem['kind'], SymbolKind>> = {
  heading: SymbolKind.Module,
  paragraph: SymbolKind.Field,
  optionSet: SymbolKind.Enum,
  option: SymbolKind.EnumMember,
};

/** Workspace symbol answers stop here: editors filter further as the user types. */
const MAX_WORKSPACE_SYMBOLS = 1000;

/** `textDocument/documentSymbol`: headings > labelled paragraphs > option sets, open-bracket counts in `detail`. */
export function documentSymbols(session: Session, params: DocumentSymbolParams): DocumentSymbol[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  return outlineOf(analysis.model).map((item) => toLspDocumentSymbol(item, analysis.lines));
}

/** One outline item and its children. */
export function toLspDocumentSymbol(item: OutlineItem, lines: TextLines): DocumentSymbol {
  return {
    name: item.name,
    detail: item.detail,
    kind: KINDS[item.kind],
    range: toLspRange(lines, item.range),
    selectionRange: toLspRange(lines, item.selectionRange),
    children: item.children.map((child) => toLspDocumentSymbol(child, lines)),
  };
}

/** `workspace/symbol`: headings and labelled paragraphs of every workspace document whose name matches the query. */
export function workspaceSymbols(session: Session, params: WorkspaceSymbolParams): SymbolInformation[] {
  const symbols: SymbolInformation[] = [];
  for (const document of session.index.documents()) {
    for (const entry of symbolEntries(document.model)) {
      if (!matchesSymbolQuery(entry.name, params.query)) continue;
      symbols.push({
        name: entry.name,
        kind: entry.kind === 'heading' ? SymbolKind.Module : SymbolKind.Field,
        location: { uri: document.uri, range: toLspRange(document.lines, entry.selectionRange) },
        ...(entry.container ? { containerName: entry.container } : {}),
      });
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
