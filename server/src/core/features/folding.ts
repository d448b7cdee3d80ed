// Folding ranges as offsets: sections, paragraphs, multi-line brackets, option sets, comments and the front matter.

import type { DocumentModel } from '../analysis/model';
import { outlineOf } from './outlineOf';

/** What a fold covers; `lsp/` turns offsets into lines and drops folds that stay on one line. */
export interface FoldData {
  readonly start: number;
  readonly end: number;
  readonly kind: 'section' | 'paragraph' | 'bracket' | 'optionSet' | 'comment' | 'frontMatter' | 'footnote';
}

/** Every fold candidate in document order; single-line ones are left for `lsp/` to drop, since only it knows lines. */
export function computeFolds(model: DocumentModel): FoldData[] {
  const folds: FoldData[] = [];
  if (model.frontMatter) folds.push({ start: model.frontMatter.start, end: trimEnd(model.text, model.frontMatter.end), kind: 'frontMatter' });
  // Sections and labelled paragraphs come from the outline, whose ranges already take in sub-paragraphs.
  const outline = outlineOf(model);
  outline.forEach((item) => {
    const kind = outline.kind(item);
    folds.push({ start: outline.start(item), end: outline.end(item), kind: kind === 'heading' ? 'section' : kind === 'optionSet' ? 'optionSet' : 'paragraph' });
  });
  const paragraphs = model.paragraphTable;
  for (let p = 0; p < paragraphs.length; p++) if (!paragraphs.hasLabel(p)) folds.push({ start: paragraphs.start(p), end: paragraphs.end(p), kind: 'paragraph' });
  for (const definition of model.footnoteDefinitions) folds.push({ start: definition.start, end: definition.end, kind: 'footnote' });
  for (const bracket of model.brackets) if (bracket.closed) folds.push({ start: bracket.start, end: bracket.end, kind: 'bracket' });
  for (const comment of model.comments) folds.push({ start: comment.start, end: comment.end, kind: 'comment' });
  return folds.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The offset before trailing line breaks, so that a fold ends on its last line of text. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && (text[e - 1] === '\n' || text[e - 1] === '\r')) e--;
  return e;
}
