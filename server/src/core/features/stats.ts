// Counts of open points per document and per section: what delegates otherwise count by hand.

import type { DocumentModel, Range } from '../analysis/model';
import { countBracketsIn } from '../analysis/queries';

/** Open points in one stretch of text. */
export interface OpenPointCounts {
  readonly brackets: number;
  readonly alternativeSets: number;
  readonly optionSets: number;
  readonly placeholders: number;
  readonly footnotes: number;
}

/** Counts for one section: the text from a heading to the next heading of any level. */
export interface SectionStats extends OpenPointCounts {
  readonly heading: string;
  readonly level: number;
  readonly range: Range;
}

/** Counts for a document and each of its sections; text before the first heading is the "(preamble)" section. */
export interface DocumentStats extends OpenPointCounts {
  readonly sections: ReadonlyArray<SectionStats>;
}

/** Computes the statistics of a document. */
export function computeStats(model: DocumentModel): DocumentStats {
  const whole = { start: 0, end: model.text.length };
  const sections: SectionStats[] = [];
  const starts = model.headings.map((h) => h.start);
  const firstStart = starts.length > 0 ? starts[0] : model.text.length;
  const preamble = { start: 0, end: firstStart };
  // Paragraphs are in document order: the first one says whether any stands before the first heading.
  if (model.paragraphTable.length > 0 && model.paragraphTable.start(0) < firstStart) {
    sections.push({ heading: '(before the first heading)', level: 0, range: preamble, ...countIn(model, preamble) });
  }
  model.headings.forEach((heading, index) => {
    const range = { start: heading.start, end: index + 1 < starts.length ? starts[index + 1] : model.text.length };
    sections.push({ heading: heading.text, level: heading.level, range, ...countIn(model, range) });
  });
  return { ...countIn(model, whole), sections };
}

function countIn(model: DocumentModel, range: Range): OpenPointCounts {
  const inside = (r: Range) => r.start >= range.start && r.start < range.end;
  return {
    brackets: countBracketsIn(model.brackets, range),
    alternativeSets: model.alternativeSets.filter(inside).length + model.brackets.filter((b) => b.innerAlternatives.length > 1 && inside(b)).length,
    optionSets: model.optionSets.filter(inside).length,
    placeholders: model.annotations.filter((a) => a.kind === 'placeholder' && a.closed && inside(a)).length,
    footnotes: model.footnoteReferences.filter(inside).length,
  };
}
