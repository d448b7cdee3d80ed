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
export { earlierTermsOf, type EarlierTerms } from './analysis/earlierTerms';
export { computeFindings } from './features/findings';
export type { Finding, FindingOptions, RelatedLocation } from './features/findings';
export { CATALOGUE, FINDING_IDS } from './features/catalogue';
export type { FindingId, Severity, SeveritySetting } from './features/catalogue';

/** Analyses a text and returns its findings: the one call a check needs. */
export function checkText(text: string, options: AnalysisOptions & FindingOptions = {}): Finding[] {
  return computeFindings(analyze(text, options), options);
}
export { computeOutline, type Outline, type OutlineItem, type OutlineKind } from './features/outline';
export { hoverAt } from './features/hover';
export type { HoverInfo } from './features/hover';
export { renderHover } from './features/renderHover';
export type { HoverRenderers } from './features/renderHover';
export { computeStats } from './features/stats';
export type { DocumentStats, SectionStats, OpenPointCounts } from './features/stats';
export { LineIndex } from './text/lineIndex';

// Editor features (issue #3): pure data with offsets; `server/src/lsp` converts them.
export { applyEdits, type TextEdit } from './features/edits';
export { codeActionsAt, type CodeActionData } from './features/codeActions';
export { acceptBracketEdits } from './features/bracketActions';
export { computeFolds, type FoldData } from './features/folding';
export { selectionRangesAt } from './features/selection';
export { footnoteAt, footnoteDefinitionOf, footnoteOccurrences, prepareFootnoteRename, renameFootnote, type FootnoteAtCursor } from './features/footnotes';
export { highlightsAt, type HighlightData } from './features/highlights';
export { delegationAt, delegationMentions, type DelegationAtCursor } from './features/delegationReferences';
export { completionsAt, COMPLETION_TRIGGERS, type CompletionData, type CompletionSources } from './features/completion';
export { sectionOpenPoints, type SectionOpenPoints } from './features/openPoints';
export { symbolEntries, symbolQueryMatcher, type SymbolEntry } from './features/workspaceSymbols';
export { nextBracketFrom, type BracketTarget } from './features/bracketNavigation';
export { DocumentContextBuilder, frontMatterOf, type WorkspaceFiles, type DocumentContext, type ContextSettings } from './workspace';
