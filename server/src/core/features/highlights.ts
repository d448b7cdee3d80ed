// Document highlights: a footnote's references and definition, a delegation's other mentions, a bracket's opener and closer.

import type { DocumentModel, Range } from '../analysis/model';
import { bracketAt, closerOf, openerOf } from '../analysis/queries';
import { delegationAt, delegationMentions } from './delegationReferences';
import { footnoteAt, footnoteOccurrences } from './footnotes';

/** One highlight; `write` marks a definition, `read` a use, `text` a plain match (bracket delimiters). */
export interface HighlightData extends Range {
  readonly kind: 'read' | 'write' | 'text';
}

/** The highlights for the cursor at `offset`, most specific first: footnote, delegation, then bracket. */
export function highlightsAt(model: DocumentModel, offset: number): HighlightData[] {
  const footnote = footnoteAt(model, offset);
  if (footnote) {
    const { references, definitions } = footnoteOccurrences(model, footnote.label);
    return [...references.map((r) => ({ ...r, kind: 'read' as const })), ...definitions.map((d) => ({ ...d, kind: 'write' as const }))].sort((a, b) => a.start - b.start);
  }
  const delegation = delegationAt(model, offset);
  if (delegation) return delegationMentions(model, delegation.key).map((item) => ({ start: item.start, end: item.end, kind: 'read' as const }));
  const index = bracketUnderDelimiter(model, offset) ?? bracketAt(model, offset);
  if (index < 0) return [];
  const bracket = model.brackets[index];
  const opener = { ...openerOf(bracket), kind: 'text' as const };
  const closer = closerOf(bracket);
  return closer ? [opener, { ...closer, kind: 'text' }] : [opener];
}

/**
 * The bracket whose `[` or `]` touches the cursor. Checked before the innermost bracket around the cursor, so that
 * the cursor just after `]` in `[a [b]]` highlights the inner pair, as editors do for code brackets.
 */
function bracketUnderDelimiter(model: DocumentModel, offset: number): number | undefined {
  let found: number | undefined;
  model.brackets.forEach((bracket, index) => {
    // The offsets of `openerOf` and `closerOf`, read without making both ranges for every bracket of the draft.
    const onOpener = bracket.start <= offset && offset <= bracket.start + 1;
    const onCloser = bracket.closed && bracket.end - 1 <= offset && offset <= bracket.end;
    if (found === undefined && (onOpener || onCloser)) found = index;
  });
  return found;
}
