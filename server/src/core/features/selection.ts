// Selection ranges: from the word at the cursor out through brackets, annotations, paragraphs and sections to the document.

import type { DocumentModel, Range } from '../analysis/model';
import { clausesOf, contentOf, innerOf } from '../analysis/queries';
import { outlineOf } from './outlineOf';

/** Letters, digits and the joiners inside words (`don't`, `Member-States`), in any script. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_'’-]/u;

/** The word around `offset`, or undefined when the cursor touches no word character. */
export function wordAt(text: string, offset: number): Range | undefined {
  let start = offset;
  let end = offset;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  while (end < text.length && WORD_CHAR.test(text[end])) end++;
  return end > start ? { start, end } : undefined;
}

/**
 * The ranges to grow a selection through, innermost first, each strictly containing the one before:
 * word > annotation item > annotation > bracket content > bracket (with its attribution) > alternative set >
 * enclosing brackets > paragraph > labelled paragraph with its sub-paragraphs > option set > sections > document.
 */
export function selectionRangesAt(model: DocumentModel, offset: number): Range[] {
  const { text } = model;
  const candidates: Range[] = [];
  const add = (range: Range | undefined) => {
    if (range && range.start <= offset && offset <= range.end && range.end > range.start) candidates.push(range);
  };
  add(wordAt(text, offset));
  for (const annotation of model.annotations) {
    if (annotation.start > offset) break;
    if (annotation.end < offset) continue;
    for (const clause of clausesOf(model, annotation)) {
      add(clause);
      for (const item of clause.items) add(item);
    }
    add(contentOf(annotation));
    add(annotation);
  }
  for (const bracket of model.brackets) {
    if (bracket.start > offset) break;
    const attributionEnd = bracket.attribution !== undefined ? model.annotations[bracket.attribution].end : bracket.end;
    if (attributionEnd < offset) continue;
    if (bracket.closed) add(innerOf(bracket));
    add({ start: bracket.start, end: bracket.end });
    add({ start: bracket.start, end: attributionEnd });
    for (const part of bracket.innerAlternatives) add(part);
  }
  for (const set of model.alternativeSets) add(set);
  for (const block of model.blocks.toArray()) add({ start: block.start, end: block.contentEnd });
  for (const set of model.optionSets) add(set);
  const outline = outlineOf(model);
  outline.forEach((item) => add({ start: outline.start(item), end: outline.end(item) }));
  add({ start: 0, end: text.length });
  candidates.sort((a, b) => a.end - a.start - (b.end - b.start));
  const chain: Range[] = [];
  for (const range of candidates) {
    const last = chain[chain.length - 1];
    if (!last || (range.start <= last.start && range.end >= last.end && range.end - range.start > last.end - last.start)) chain.push(range);
  }
  return chain;
}
