// The agreed-only text: everything still under negotiation removed, so that delegations see what is settled.

import type { DocumentModel, Range } from '../analysis/model';
import { trimLabel } from '../reports/locator';
import { ExportBuilder, type ExportResult } from './exportBuilder';
import { bracketExtent, optionBodyStart, withTrailingFootnotes } from './constructs';

/**
 * Builds the agreed-only text of a document:
 * - every top-level bracket goes with its text, its nested brackets, its attribution and a footnote reference right
 *   after it (`[words]{US}[^3]`: the footnote is a caveat on those words); an alternative set goes whole;
 *   an unclosed `[` takes the rest of its paragraph with it (where the analysis ends it), a stray `]` goes alone;
 * - an option set of two or more options is not agreed and goes whole, as if "No text" had been chosen; a set with a
 *   single option keeps its text without the `Option 1:` label (nothing competes with it);
 * - a paragraph marked `{pending}` goes with its sub-paragraphs;
 * - paragraphs and headings left without words are dropped; labels are not renumbered;
 * - comments, attributions and paragraph annotations go; placeholders stay and are listed in the notes;
 * - footnotes are kept and numbered 1..n in the order of their first remaining reference.
 */
export function agreedText(model: DocumentModel): ExportResult {
  const builder = new ExportBuilder(model);
  const { text } = model;
  model.brackets.forEach((bracket, index) => {
    if (bracket.depth !== 1) return;
    if (bracket.alternativeSet >= 0) {
      const set = model.alternativeSets[bracket.alternativeSet];
      if (set.members[0] === index) builder.deleteInline(withDanglingSlash(model, withTrailingFootnotes(model, set)));
      return;
    }
    if (!bracket.closed) builder.note('unclosedBracket', bracket.start, 'An unclosed "[" was taken to run to the end of its paragraph, and its text was removed.');
    builder.deleteInline(withDanglingSlash(model, withTrailingFootnotes(model, bracketExtent(model, index))));
  });
  model.optionSets.forEach((set) => {
    if (set.members.length === 1) {
      const member = set.members[0];
      builder.delete({ start: member.label.start, end: optionBodyStart(model, member) });
      return;
    }
    builder.delete(set);
    const labels = set.members.map((m) => trimLabel(m.label.text)).join(', ');
    builder.note('optionSetDropped', set.start, `Option set not agreed (${labels}): left out.`);
  });
  model.paragraphs.forEach((paragraph, index) => {
    if (paragraph.status !== 'pending') return;
    let end = paragraph.end;
    // Sub-paragraphs follow their chapeau; they go with it, since they cannot stand without it.
    for (let next = index + 1; next < model.paragraphs.length && isUnder(model, next, index); next++) end = model.paragraphs[next].end;
    builder.delete({ start: paragraph.start, end });
    builder.note('paragraphDropped', paragraph.start, `Paragraph ${paragraph.label ? trimLabel(paragraph.label.text) : `"${text.slice(paragraph.start, paragraph.start + 30)}"`} is marked pending: left out.`);
  });
  return builder.finish();
}

function isUnder(model: DocumentModel, paragraph: number, ancestor: number): boolean {
  for (let p = model.paragraphs[paragraph].parent; p >= 0; p = model.paragraphs[p].parent) if (p === ancestor) return true;
  return false;
}

/** A construct with a dangling `/` after it (`[protection]/ safeguarding`), which would be left alone otherwise. */
function withDanglingSlash(model: DocumentModel, range: Range): Range {
  let p = range.end;
  while (model.text[p] === ' ' || model.text[p] === '\t') p++;
  return model.danglingSlashes.some((s) => s.start === p) ? { start: range.start, end: p + 1 } : range;
}
