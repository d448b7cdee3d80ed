// The core's public surface: parse, analyse, and the features built on the model; no LSP types and no I/O.

import { analyze } from './analysis/analyze';
import type { AnalysisOptions } from './analysis/options';
import { computeFindings, type Finding, type FindingOptions } from './features/findings';

export { parse } from './syntax/parser';
export { lex } from './syntax/lexer';
export { dumpTree } from './syntax/dump';
export type { SyntaxTree, SyntaxNode, SyntaxElement } from './syntax/tree';
export type { Token, TokenKind } from './syntax/tokens';
export { analyze } from './analysis/analyze';
export type * from './analysis/model';
export type { AnalysisOptions, DelegationResolver, TermMatcher } from './analysis/options';
export { computeFindings } from './features/findings';
export type { Finding, FindingOptions, RelatedLocation } from './features/findings';
export { CATALOGUE, FINDING_IDS } from './features/catalogue';
export type { FindingId, Severity, SeveritySetting } from './features/catalogue';

/** Analyses a text and returns its findings: the one call a check needs. */
export function checkText(text: string, options: AnalysisOptions & FindingOptions = {}): Finding[] {
  return computeFindings(analyze(text, options), options);
}
export { computeOutline } from './features/outline';
export type { OutlineItem } from './features/outline';
export { hoverAt } from './features/hover';
export type { HoverInfo } from './features/hover';
export { renderHover } from './features/renderHover';
export type { HoverRenderers } from './features/renderHover';
export { computeStats } from './features/stats';
export type { DocumentStats, SectionStats, OpenPointCounts } from './features/stats';
export { LineIndex } from './text/lineIndex';
