// Open points per section (unresolved brackets, option sets, placeholders), worded for a line above each heading.

import type { DocumentModel, Range } from '../analysis/model';
import { countBracketsIn, countStartsIn } from '../analysis/queries';
import { outlineOf } from './outlineOf';

/** The open points of one section, sub-sections included. */
export interface SectionOpenPoints {
  /** The heading line the summary stands on. */
  readonly heading: Range;
  /** The section: the heading to the next heading of the same or a higher level. */
  readonly range: Range;
  readonly brackets: number;
  readonly optionSets: number;
  readonly placeholders: number;
  /** "3 open brackets · 1 option set", or "No open points". */
  readonly summary: string;
}

/**
 * The open points under every heading. Counts include sub-sections, as the outline's do, so that a Part's line
 * adds up its Articles; brackets are counted with nested ones, as delegates count them by hand.
 */
export function sectionOpenPoints(model: DocumentModel): SectionOpenPoints[] {
  const result: SectionOpenPoints[] = [];
  // Start offsets in document order, so that each section counts by two binary searches.
  const optionSetStarts = model.optionSets.filter((s) => s.members.length > 1).map((s) => s.start);
  const placeholderStarts = model.annotations.filter((a) => a.kind === 'placeholder' && a.closed).map((a) => a.start);
  const headingAt = new Map(model.headings.map((h) => [h.start, h]));
  const outline = outlineOf(model);
  // Headings only: they stand under headings alone, so the walk leaves every other item's children out.
  const visit = (first: number) => {
    for (let item = first; item >= 0; item = outline.nextSibling(item)) {
      if (outline.kind(item) !== 'heading') continue;
      const range = { start: outline.start(item), end: outline.end(item) };
      const brackets = countBracketsIn(model.brackets, range);
      const optionSets = countStartsIn(optionSetStarts, range);
      const placeholders = countStartsIn(placeholderStarts, range);
      const heading = headingAt.get(range.start) ?? { start: range.start, end: outline.selectionEnd(item) };
      result.push({ heading: { start: heading.start, end: heading.end }, range, brackets, optionSets, placeholders, summary: summarise(brackets, optionSets, placeholders) });
      visit(outline.firstChild(item));
    }
  };
  visit(outline.firstRoot);
  return result.sort((a, b) => a.heading.start - b.heading.start);
}

function summarise(brackets: number, optionSets: number, placeholders: number): string {
  const parts: string[] = [];
  if (brackets > 0) parts.push(`${brackets} open bracket${brackets === 1 ? '' : 's'}`);
  if (optionSets > 0) parts.push(`${optionSets} option set${optionSets === 1 ? '' : 's'}`);
  if (placeholders > 0) parts.push(`${placeholders} placeholder${placeholders === 1 ? '' : 's'}`);
  return parts.length > 0 ? parts.join(' · ') : 'No open points';
}
