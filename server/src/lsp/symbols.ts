// Document symbols (the outline) and workspace symbols (headings and paragraph labels across the workspace).

import { SymbolKind, type CancellationToken, type DocumentSymbol, type DocumentSymbolParams, type SymbolInformation, type WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Outline, OutlineKind, Range } from '../core';
import { cancelled } from './cancelled';
import type { JsonBytes, WritesJson } from './jsonBytes';
import { outlineOf } from '../core/features/outlineOf';
import { symbolQueryMatcher } from '../core/features/workspaceSymbols';
import { toLspRange, type TextLines } from './positions';
import type { Analysis } from './analyses';
import type { Session } from './session';

const KINDS: Readonly<Record<OutlineKind, SymbolKind>> = {
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
  // Typed as what it serialises to: the protocol layer only ever serialises it.
  return analysis ? (documentSymbolsOf(analysis) as unknown as DocumentSymbol[]) : null;
}

/** The document symbols of an analysed version, as an answer that writes its JSON when sent. */
export function documentSymbolsOf(analysis: Analysis): DocumentSymbolsAnswer {
  return new DocumentSymbolsAnswer(outlineOf(analysis.model), analysis.lines);
}

/** The document symbols of an outline, as JSON text or bytes, made when the answer is written. */
export class DocumentSymbolsAnswer implements WritesJson {
  constructor(
    private readonly outline: Outline,
    private readonly lines: TextLines,
  ) {}

  toJSON(): DocumentSymbol[] {
    return symbolsFrom(this.outline, this.outline.firstRoot, this.lines, serialisedLazily);
  }

  /** The same JSON as `toJSON`, field for field (a test holds them equal). */
  writeJson(out: JsonBytes): void {
    writeSymbols(out, this.outline, this.outline.firstRoot, this.lines);
  }
}

/** Item `first` and its next siblings, read from the outline's columns. */
function writeSymbols(out: JsonBytes, outline: Outline, first: number, lines: TextLines): void {
  out.raw('[');
  for (let item = first; item >= 0; item = outline.nextSibling(item)) {
    out.raw(item === first ? '{"name":' : ',{"name":');
    out.string(outline.name(item));
    out.raw(',"kind":');
    out.number(KINDS[outline.kind(item)]);
    out.raw(',"range":');
    writeRange(out, lines, outline.start(item), outline.end(item));
    out.raw(',"selectionRange":');
    writeRange(out, lines, outline.selectionStart(item), outline.selectionEnd(item));
    const detail = outline.detail(item);
    if (detail) {
      out.raw(',"detail":');
      out.string(detail);
    }
    const child = outline.firstChild(item);
    if (child >= 0) {
      out.raw(',"children":');
      writeSymbols(out, outline, child, lines);
    }
    out.raw('}');
  }
  out.raw(']');
}

/** A range as `toLspRange` makes it, without making its objects (four per symbol, 31,000 on a 1 MB draft). */
function writeRange(out: JsonBytes, lines: TextLines, start: number, end: number): void {
  out.raw('{"start":');
  writePosition(out, lines, start);
  out.raw(',"end":');
  writePosition(out, lines, Math.max(start, end));
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

type SymbolMaker = (outline: Outline, item: number, lines: TextLines) => DocumentSymbol;

/** The symbols of item `first` and its next siblings, each made by `make`. */
function symbolsFrom(outline: Outline, first: number, lines: TextLines, make: SymbolMaker): DocumentSymbol[] {
  const symbols: DocumentSymbol[] = [];
  for (let item = first; item >= 0; item = outline.nextSibling(item)) symbols.push(make(outline, item, lines));
  return symbols;
}

/** The symbol of `item`, made when `JSON.stringify` reaches it; typed as what it serialises to. */
function serialisedLazily(outline: Outline, item: number, lines: TextLines): DocumentSymbol {
  return { toJSON: () => toLspDocumentSymbol(outline, item, lines, serialisedLazily) } as unknown as DocumentSymbol;
}

/**
 * One outline item and its children (made by `child`, by default at once). An empty `detail` and no children are
 * left out, as the protocol allows: most of the symbols of a long draft are paragraphs without either.
 */
export function toLspDocumentSymbol(outline: Outline, item: number, lines: TextLines, child: SymbolMaker = toLspDocumentSymbol): DocumentSymbol {
  const range: Range = { start: outline.start(item), end: outline.end(item) };
  const selectionRange: Range = { start: outline.selectionStart(item), end: outline.selectionEnd(item) };
  const symbol: DocumentSymbol = { name: outline.name(item), kind: KINDS[outline.kind(item)], range: toLspRange(lines, range), selectionRange: toLspRange(lines, selectionRange) };
  const detail = outline.detail(item);
  if (detail) symbol.detail = detail;
  const first = outline.firstChild(item);
  if (first >= 0) symbol.children = symbolsFrom(outline, first, lines, child);
  return symbol;
}

/** `workspace/symbol`: headings and labelled paragraphs of every workspace document whose name matches the query. */
export async function workspaceSymbols(session: Session, params: WorkspaceSymbolParams, token?: CancellationToken): Promise<SymbolInformation[]> {
  const symbols: SymbolInformation[] = [];
  const matches = symbolQueryMatcher(params.query);
  const digests = await session.index.documents(token);
  if (!digests) throw cancelled();
  for (const digest of digests) {
    for (let symbol = 0; symbol < digest.symbolCount; symbol++) {
      const name = digest.symbolName(symbol);
      if (!matches(name)) continue;
      const container = digest.containerName(symbol);
      symbols.push({
        name,
        kind: digest.isHeading(symbol) ? SymbolKind.Module : SymbolKind.Field,
        location: { uri: digest.uri, range: digest.symbolRange(symbol) },
        ...(container ? { containerName: container } : {}),
      });
      if (symbols.length >= MAX_WORKSPACE_SYMBOLS) return symbols;
    }
  }
  return symbols;
}
