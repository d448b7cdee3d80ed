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

/**
 * `textDocument/documentSymbol`: headings > labelled paragraphs > option sets, open-bracket counts in `detail`.
 *
 * A 10 MB draft has some 77,000 symbols: as LSP objects (a range and two positions each) they take about as much
 * heap as the outline they come from, and the JSON text of the answer twice that. So each symbol is made only
 * when the answer is serialised (`toJSON`, which both transports call through `JSON.stringify`) and is garbage
 * as soon as its text is written: the whole tree of LSP objects never exists beside the JSON text.
 */
export function documentSymbols(session: Session, params: DocumentSymbolParams): DocumentSymbol[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  return outlineOf(analysis.model).map((item) => serialisedLazily(item, analysis.lines));
}

/** The symbol of `item`, made when `JSON.stringify` reaches it; typed as what it serialises to. */
function serialisedLazily(item: OutlineItem, lines: TextLines): DocumentSymbol {
  return { toJSON: () => toLspDocumentSymbol(item, lines, serialisedLazily) } as unknown as DocumentSymbol;
}

/**
 * One outline item and its children (made by `child`, by default at once). An empty `detail` and no children are
 * left out, as the protocol allows: most of the symbols of a long draft are paragraphs without either.
 */
export function toLspDocumentSymbol(item: OutlineItem, lines: TextLines, child: (item: OutlineItem, lines: TextLines) => DocumentSymbol = toLspDocumentSymbol): DocumentSymbol {
  const symbol: DocumentSymbol = { name: item.name, kind: KINDS[item.kind], range: toLspRange(lines, item.range), selectionRange: toLspRange(lines, item.selectionRange) };
  if (item.detail) symbol.detail = item.detail;
  if (item.children.length > 0) symbol.children = item.children.map((c) => child(c, lines));
  return symbol;
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
