// What workspace-wide requests need of one draft, at LSP positions and without its text: its symbols and attributions.

import type { Range as LspRange } from 'vscode-languageserver';
import type { DocumentModel } from '../core';
import { forEachDelegationMention } from '../core/features/delegationReferences';
import { symbolEntries } from '../core/features/workspaceSymbols';
import { StringColumn } from '../core/text/stringColumn';
import { toLspRange, type TextLines } from './positions';

/**
 * The symbols (headings and labelled paragraphs) and attribution items of one document, as columns.
 *
 * A folder of 500 drafts of 50 KB kept as analyses (model and line index) took 140 MB of the server's memory once a
 * workspace request had read them; the digest keeps what those requests answer with, and no view into the text:
 * names are copied, positions are numbers, four to a range.
 */
export class DocumentDigest {
  private constructor(
    readonly uri: string,
    private readonly names: StringColumn,
    /** The heading each symbol stands under, as a symbol index, or -1. */
    private readonly containers: Int32Array,
    private readonly headings: Uint8Array,
    private readonly symbolRanges: Int32Array,
    /** The delegations named, each once, and which of them each attribution item names. */
    private readonly keys: StringColumn,
    private readonly mentionKeys: Int32Array,
    private readonly mentionRanges: Int32Array,
  ) {}

  /** The digest of an analysed document. */
  static of(uri: string, model: DocumentModel, lines: TextLines): DocumentDigest {
    const entries = symbolEntries(model);
    const symbolRanges = new Int32Array(entries.length * 4);
    const containers = new Int32Array(entries.length);
    const headings = new Uint8Array(entries.length);
    // A container is a heading before the symbol; any heading of that name gives the same name back.
    const headingNamed = new Map<string, number>();
    entries.forEach((entry, i) => {
      putRange(symbolRanges, i, lines, entry.selectionRange.start, entry.selectionRange.end);
      containers[i] = entry.container === undefined ? -1 : headingNamed.get(entry.container) ?? -1;
      if (entry.kind === 'heading') {
        headings[i] = 1;
        headingNamed.set(entry.name, i);
      }
    });
    const keyIndex = new Map<string, number>();
    const mentionKeys: number[] = [];
    const mentionOffsets: number[] = [];
    forEachDelegationMention(model, (key, start, end) => {
      let index = keyIndex.get(key);
      if (index === undefined) keyIndex.set(key, (index = keyIndex.size));
      mentionKeys.push(index);
      mentionOffsets.push(start, end);
    });
    const mentionRanges = new Int32Array(mentionKeys.length * 4);
    for (let i = 0; i < mentionKeys.length; i++) putRange(mentionRanges, i, lines, mentionOffsets[2 * i], mentionOffsets[2 * i + 1]);
    const names = new StringColumn(entries.map((e) => e.name));
    return new DocumentDigest(uri, names, containers, headings, symbolRanges, new StringColumn([...keyIndex.keys()]), Int32Array.from(mentionKeys), mentionRanges);
  }

  get symbolCount(): number {
    return this.names.length;
  }

  symbolName(symbol: number): string {
    return this.names.at(symbol);
  }

  isHeading(symbol: number): boolean {
    return this.headings[symbol] === 1;
  }

  /** The name of the heading `symbol` stands under, if any. */
  containerName(symbol: number): string | undefined {
    const container = this.containers[symbol];
    return container >= 0 ? this.names.at(container) : undefined;
  }

  /** Where the symbol's name stands (the outline's selection range). */
  symbolRange(symbol: number): LspRange {
    return rangeAt(this.symbolRanges, symbol);
  }

  /** The ranges of every attribution item naming the delegation with `key` (see `delegationKey`), in document order. */
  mentionsOf(key: string): LspRange[] {
    const ranges: LspRange[] = [];
    let wanted = -1;
    for (let k = 0; k < this.keys.length && wanted < 0; k++) if (this.keys.at(k) === key) wanted = k;
    if (wanted < 0) return ranges;
    for (let i = 0; i < this.mentionKeys.length; i++) if (this.mentionKeys[i] === wanted) ranges.push(rangeAt(this.mentionRanges, i));
    return ranges;
  }
}

/** Stores `toLspRange` of the offsets as four numbers at `index`. */
function putRange(ranges: Int32Array, index: number, lines: TextLines, start: number, end: number): void {
  const range = toLspRange(lines, { start, end });
  const at = index * 4;
  ranges[at] = range.start.line;
  ranges[at + 1] = range.start.character;
  ranges[at + 2] = range.end.line;
  ranges[at + 3] = range.end.character;
}

function rangeAt(ranges: Int32Array, index: number): LspRange {
  const at = index * 4;
  return { start: { line: ranges[at], character: ranges[at + 1] }, end: { line: ranges[at + 2], character: ranges[at + 3] } };
}
