// Counts the open points of a revision, so that a comparison can say whether the text moved towards agreement.

import type { DocumentModel } from '../analysis/model';

/** Open points of one revision. `total` counts each open choice once: a plain top-level bracket, a top-level alternative set, an option set or a placeholder. */
export interface OpenPointTally {
  readonly total: number;
  /** Bracket openers, nested ones included. */
  readonly brackets: number;
  readonly alternativeSets: number;
  readonly optionSets: number;
  readonly placeholders: number;
}

/** The open points of a document. */
export function openPointsOf(model: DocumentModel): OpenPointTally {
  const topLevelSets = model.alternativeSets.filter((s) => model.brackets[s.members[0]].depth === 1).length;
  const topLevelBrackets = model.brackets.filter((b) => b.depth === 1 && b.alternativeSet < 0).length;
  const optionSets = model.optionSets.filter((s) => s.members.length > 1).length;
  const placeholders = model.annotations.filter((a) => a.kind === 'placeholder' && a.closed && !a.misplaced).length;
  const alternativeSets = model.alternativeSets.length + model.brackets.filter((b) => b.innerAlternatives.length > 1).length;
  return { total: topLevelSets + topLevelBrackets + optionSets + placeholders, brackets: model.brackets.length, alternativeSets, optionSets, placeholders };
}

/** `after - before`, field by field. */
export function tallyChange(before: OpenPointTally, after: OpenPointTally): OpenPointTally {
  return {
    total: after.total - before.total,
    brackets: after.brackets - before.brackets,
    alternativeSets: after.alternativeSets - before.alternativeSets,
    optionSets: after.optionSets - before.optionSets,
    placeholders: after.placeholders - before.placeholders,
  };
}
