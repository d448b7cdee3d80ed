// Code actions on an option set: choose option k, which keeps that option's text without its label and drops the others.

import type { DocumentModel, OptionSet, Range } from '../analysis/model';
import type { CodeActionData } from './codeActions';
import { excerpt } from './messages';

/** The index of the option set whose range holds `offset`, or -1. */
export function optionSetAt(model: DocumentModel, offset: number): number {
  return model.optionSets.findIndex((set) => set.start <= offset && offset <= set.end);
}

/**
 * The text that replaces the whole set when option `k` (0-based) is chosen: the option's paragraphs with the
 * `Option k:` label, its annotation and the space after them cut out. Anything before the label (a leading `[`
 * that brackets the whole option) is kept, so that no closer loses its opener.
 */
export function chosenOptionText(model: DocumentModel, set: OptionSet, k: number): string {
  const { text } = model;
  const member = set.members[k];
  const paragraph = model.paragraphTable.at(member.paragraph);
  let bodyStart = member.label.end;
  if (paragraph.annotation !== undefined) bodyStart = Math.max(bodyStart, model.annotations[paragraph.annotation].end);
  while (text[bodyStart] === ' ' || text[bodyStart] === '\t') bodyStart++;
  return text.slice(paragraph.start, member.label.start) + text.slice(bodyStart, member.end);
}

/**
 * The range choosing an option replaces. A "No text" choice removes the set and the blank lines after it too,
 * so the document does not keep a widening gap where the set stood.
 */
function replacedRange(model: DocumentModel, set: OptionSet, noText: boolean): Range {
  if (!noText) return { start: set.start, end: set.end };
  const blocks = model.blocks.toArray();
  const next = blocks.find((block) => block.start >= set.end);
  if (!next) {
    // At the end of the document the blank lines before the set go instead, so the text ends where it did before.
    const previous = blocks.reverse().find((block) => block.contentEnd <= set.start);
    const start = previous && model.text.slice(previous.contentEnd, set.start).trim() === '' ? previous.contentEnd : set.start;
    return { start, end: model.text.slice(set.end).trim() === '' ? model.text.length : set.end };
  }
  // Only blank lines may be swallowed; a comment or other text between stays.
  const end = model.text.slice(set.end, next.start).trim() === '' ? next.start : set.end;
  return { start: set.start, end };
}

/** "Choose option k of n" for the option set around `offset`. */
export function optionActionsAt(model: DocumentModel, offset: number): CodeActionData[] {
  const setIndex = optionSetAt(model, offset);
  if (setIndex < 0) return [];
  const set = model.optionSets[setIndex];
  if (set.members.length < 2) return [];
  return set.members.map((member, k) => {
    const target = replacedRange(model, set, member.noText);
    const chosen = member.noText ? '' : chosenOptionText(model, set, k);
    const name = member.label.text.replace(/[.:]$/, '');
    return {
      title: member.noText ? `Choose ${name}: no text (delete the option set)` : `Choose ${name} of ${set.members.length}: "${excerpt(chosen, 40)}"`,
      kind: 'quickfix' as const,
      edits: [{ start: target.start, end: target.end, newText: chosen }],
      target,
      fixes: ['options.open' as const],
      preferred: member.start <= offset && offset <= member.end ? true : undefined,
    };
  });
}
