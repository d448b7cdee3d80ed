// Extents of the constructs exports act on: a bracket with its attribution, the body of an option after its label.

import type { DocumentModel, OptionMember, Range } from '../analysis/model';

/** A bracket with its attribution: `[shall]{US}` ends after `}`; an unclosed one ends where the analysis ends it. */
export function bracketExtent(model: DocumentModel, index: number): Range {
  const bracket = model.brackets[index];
  const end = bracket.attribution !== undefined ? model.annotations[bracket.attribution].end : bracket.end;
  return { start: bracket.start, end };
}

/** Where an option's text starts: after `Option 1:`, its annotation and the spaces after them. */
export function optionBodyStart(model: DocumentModel, member: OptionMember): number {
  const paragraph = model.paragraphs[member.paragraph];
  let start = member.label.end;
  if (paragraph.annotation !== undefined) start = Math.max(start, model.annotations[paragraph.annotation].end);
  while (model.text[start] === ' ' || model.text[start] === '\t') start++;
  return start;
}

/**
 * A range with the footnote references written right after it (`[words]{US}[^3]`): such a footnote is a caveat on
 * the bracketed words, so it goes when they go.
 */
export function withTrailingFootnotes(model: DocumentModel, range: Range): Range {
  let end = range.end;
  for (;;) {
    const reference = model.footnoteReferences.find((r) => r.start === end);
    if (!reference) return { start: range.start, end };
    end = reference.end;
  }
}
