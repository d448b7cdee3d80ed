// The comparison's public surface: compare two revisions, render the result.

export { compareRevisions, type Revision, type RevisionDiff, type ParagraphChange, type BracketChange } from './compareRevisions';
export { renderDiff, describeBracketChange, DIFF_FORMATS, type DiffFormat } from './renderDiff';
export { openPointsOf, type OpenPointTally } from './openPoints';
export type { WordDiffSegment } from './wordDiff';
