// Hover information as data: what is under an offset (term, delegation, footnote, label, bracket) and what to say about it.

import type { DocumentModel, ParagraphStatus, Positions, Range, TermOccurrence } from '../analysis/model';
import { describePositions, positionsOf } from '../analysis/positions';
import { bracketAt, clausesOf, countBracketsIn, innerOf, termAt } from '../analysis/queries';

/** What a hover shows; rendering to Markdown is `renderHover`'s job. */
export type HoverInfo =
  | { readonly kind: 'term'; readonly range: Range; readonly occurrence: TermOccurrence }
  | { readonly kind: 'delegation'; readonly range: Range; readonly text: string; readonly code?: string; readonly role: string }
  | { readonly kind: 'footnote'; readonly range: Range; readonly label: string; readonly body?: string; readonly positions: Positions }
  | {
      readonly kind: 'label';
      readonly range: Range;
      readonly label: string;
      readonly status: ParagraphStatus | 'open';
      readonly openBrackets: number;
      readonly option?: { readonly index: number; readonly count: number; readonly noText: boolean };
      readonly positions: Positions;
    }
  | {
      readonly kind: 'bracket';
      readonly range: Range;
      readonly depth: number;
      readonly closed: boolean;
      readonly excerpt: string;
      /** Alternative k of n in a set of adjacent brackets. */
      readonly alternative?: { readonly index: number; readonly count: number };
      /** Alternative k of n inside the bracket (` / `), when the offset is inside one. */
      readonly innerAlternative?: { readonly index: number; readonly count: number };
      readonly positions: Positions;
      readonly nestedBrackets: number;
    };

/** The hover at `offset`, most specific first: term, delegation, footnote reference, label, bracket. */
export function hoverAt(model: DocumentModel, offset: number): HoverInfo | undefined {
  const term = termAt(model, offset, false);
  if (term) return { kind: 'term', range: term, occurrence: term };

  for (const annotation of model.annotations) {
    if (annotation.start > offset) break;
    if (offset >= annotation.end) continue;
    for (const clause of clausesOf(model, annotation)) {
      const item = clause.items.find((i) => i.start <= offset && offset <= i.end);
      if (item) return { kind: 'delegation', range: item, text: item.text, code: item.code, role: clause.role };
    }
  }

  const reference = model.footnoteReferences.find((r) => r.start <= offset && offset < r.end);
  const definitionMarker = model.footnoteDefinitions.find((d) => d.marker.start <= offset && offset < d.marker.end);
  const footnoteLabel = reference?.label ?? definitionMarker?.label;
  if (footnoteLabel !== undefined) {
    const definition = model.footnoteDefinitions.find((d) => d.label === footnoteLabel);
    const annotation = definition?.annotation !== undefined ? model.annotations[definition.annotation] : undefined;
    const bodyStart = annotation ? annotation.end : definition?.body.start;
    const body = definition ? model.text.slice(bodyStart, definition.body.end).replace(/\s+/g, ' ').trim() : undefined;
    return { kind: 'footnote', range: reference ?? definitionMarker!.marker, label: footnoteLabel, body, positions: positionsOf(model.clauseTable, annotation) };
  }

  const paragraphIndex = model.paragraphTable.indexAt(offset);
  const paragraph = paragraphIndex >= 0 ? model.paragraphTable.at(paragraphIndex) : undefined;
  if (paragraph?.label && paragraph.label.start <= offset && offset < paragraph.label.end) {
    const set = paragraph.optionSet >= 0 ? model.optionSets[paragraph.optionSet] : undefined;
    const memberIndex = set ? set.members.findIndex((m) => m.paragraph === paragraphIndex) : -1;
    const annotation = paragraph.annotation !== undefined ? model.annotations[paragraph.annotation] : undefined;
    return {
      kind: 'label',
      range: paragraph.label,
      label: paragraph.label.text,
      status: paragraph.status ?? 'open',
      openBrackets: countBracketsIn(model.brackets, paragraph),
      option: set && memberIndex >= 0 ? { index: memberIndex + 1, count: set.members.length, noText: set.members[memberIndex].noText } : undefined,
      positions: positionsOf(model.clauseTable, annotation),
    };
  }

  const bracketIndex = bracketAt(model, offset);
  if (bracketIndex < 0) return undefined;
  const bracket = model.brackets[bracketIndex];
  const set = bracket.alternativeSet >= 0 ? model.alternativeSets[bracket.alternativeSet] : undefined;
  const innerIndex = bracket.innerAlternatives.findIndex((part) => part.start <= offset && offset <= part.end);
  const inner = innerOf(bracket);
  return {
    kind: 'bracket',
    range: { start: bracket.start, end: bracket.end },
    depth: bracket.depth,
    closed: bracket.closed,
    excerpt: model.text.slice(inner.start, inner.end).replace(/\s+/g, ' ').trim(),
    alternative: set ? { index: set.members.indexOf(bracketIndex) + 1, count: set.members.length } : undefined,
    innerAlternative: innerIndex >= 0 ? { index: innerIndex + 1, count: bracket.innerAlternatives.length } : undefined,
    positions: positionsOf(model.clauseTable, bracket.attribution !== undefined ? model.annotations[bracket.attribution] : undefined),
    nestedBrackets: countBracketsIn(model.brackets, inner),
  };
}

/** A short phrase for who stands where, reused by renderers. */
export function positionsLine(positions: Positions): string | undefined {
  return describePositions(positions);
}
