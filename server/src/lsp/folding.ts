// Folding and selection ranges: the core's offsets as lines and nested LSP ranges.

import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams, type SelectionRange, type SelectionRangeParams } from 'vscode-languageserver';
import { computeFolds, type FoldData } from '../core/features/folding';
import { selectionRangesAt } from '../core/features/selection';
import { fromLspPosition, toLspPosition, toLspRange, type TextLines } from './positions';
import type { Analysis } from './analyses';
import type { Session } from './session';

/** `textDocument/foldingRange`. */
export function foldingRanges(session: Session, params: FoldingRangeParams): FoldingRange[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  return analysis ? foldingRangesOf(analysis) : null;
}

/** The folding ranges of an analysed version. */
export function foldingRangesOf(analysis: Analysis): FoldingRange[] {
  return toLspFoldingRanges(computeFolds(analysis.model), analysis.lines);
}

/**
 * Folds as line ranges. A fold must span at least two lines; of folds starting on the same line only the widest is
 * kept, because editors show one fold marker per line. The front matter is of kind `imports`: it is the document's
 * header, and editors that fold imports on open then keep the YAML out of the way.
 */
export function toLspFoldingRanges(folds: ReadonlyArray<FoldData>, lines: TextLines): FoldingRange[] {
  const byStartLine = new Map<number, FoldingRange>();
  for (const fold of folds) {
    const startLine = toLspPosition(lines, fold.start).line;
    const endLine = toLspPosition(lines, fold.end).line;
    if (endLine <= startLine) continue;
    const existing = byStartLine.get(startLine);
    const kind = fold.kind === 'comment' ? FoldingRangeKind.Comment : fold.kind === 'frontMatter' ? FoldingRangeKind.Imports : undefined;
    // Of two folds over the same lines, the one with a kind wins, so "fold all comments" finds a comment-only paragraph.
    if (existing && (existing.endLine > endLine || (existing.endLine === endLine && (existing.kind !== undefined || kind === undefined)))) continue;
    byStartLine.set(startLine, { startLine, endLine, ...(kind ? { kind } : {}) });
  }
  return [...byStartLine.values()].sort((a, b) => a.startLine - b.startLine);
}

/** `textDocument/selectionRange`: for each position, the chain from the word out to the document. */
export function selectionRanges(session: Session, params: SelectionRangeParams): SelectionRange[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  return params.positions.map((position) => {
    const offset = fromLspPosition(analysis.lines, position);
    const chain = selectionRangesAt(analysis.model, offset);
    let parent: SelectionRange | undefined;
    for (let i = chain.length - 1; i >= 0; i--) parent = { range: toLspRange(analysis.lines, chain[i]), ...(parent ? { parent } : {}) };
    return parent ?? { range: toLspRange(analysis.lines, { start: offset, end: offset }) };
  });
}
