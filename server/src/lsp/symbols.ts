// Document symbols (the outline) and workspace symbols (headings and paragraph labels across the workspace).

import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { OutlineItem, Range } from '../core';
import type { JsonBytes, WritesJson } from './jsonBytes';
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
 * heap as the outline they come from, and the JSON text of the answer twice that. So the answer is the outline
 * itself, written as symbols only when it is sent: straight to UTF-8 bytes on the stdio transport
 * (`DocumentSymbolsAnswer.writeJson`), or one symbol at a time through `toJSON` on a transport that stringifies
 * (Node IPC, the tests). Either way the whole tree of LSP objects never exists.
 */
export function documentSymbols(session: Session, params: DocumentSymbolParams): DocumentSymbol[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  // Typed as what it serialises to: the protocol layer only ever serialises it.
  return new DocumentSymbolsAnswer(outlineOf(analysis.model), analysis.lines) as unknown as DocumentSymbol[];
}

/** The document symbols of an outline, as JSON text or bytes, made when the answer is written. */
export class DocumentSymbolsAnswer implements WritesJson {
  constructor(
    private readonly outline: ReadonlyArray<OutlineItem>,
    private readonly lines: TextLines,
  ) {}

  toJSON(): DocumentSymbol[] {
    return this.outline.map((item) => serialisedLazily(item, this.lines));
  }

  /** The same JSON as `toJSON`, field for field (a test holds them equal). */
  writeJson(out: JsonBytes): void {
    writeSymbols(out, this.outline, this.lines);
  }
}

function writeSymbols(out: JsonBytes, items: ReadonlyArray<OutlineItem>, lines: TextLines): void {
  out.raw('[');
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    out.raw(i === 0 ? '{"name":' : ',{"name":');
    out.string(item.name);
    out.raw(',"kind":');
    out.number(KINDS[item.kind]);
    out.raw(',"range":');
    writeRange(out, lines, item.range);
    out.raw(',"selectionRange":');
    writeRange(out, lines, item.selectionRange);
    if (item.detail) {
      out.raw(',"detail":');
      out.string(item.detail);
    }
    if (item.children.length > 0) {
      out.raw(',"children":');
      writeSymbols(out, item.children, lines);
    }
    out.raw('}');
  }
  out.raw(']');
}

/** A range as `toLspRange` makes it, without making its objects (four per symbol, 31,000 on a 1 MB draft). */
function writeRange(out: JsonBytes, lines: TextLines, range: Range): void {
  out.raw('{"start":');
  writePosition(out, lines, range.start);
  out.raw(',"end":');
  writePosition(out, lines, Math.max(range.start, range.end));
  out.raw('}');
}

/** A position as `toLspPosition` makes it. */
function writePosition(out: JsonBytes, lines: TextLines, offset: number): void {
  const line = lines.lineAt(offset);
  out.raw('{"line":');
  out.number(line);
  out.raw(',"character":');
  out.number(lines.column(offset, line));
  out.raw('}');
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
