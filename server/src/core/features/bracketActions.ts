// Code actions on one bracket: accept it, delete it with its text, or choose one of its alternatives.

import type { Bracket, DocumentModel, Range } from '../analysis/model';
import { bracketAt, innerOf, openerOf } from '../analysis/queries';
import type { CodeActionData } from './codeActions';
import { deletion, type TextEdit } from './edits';
import { excerpt } from './messages';

/** Where a bracket ends once its attribution is counted: `[shall]{US}` ends after `}`. */
export function bracketExtent(model: DocumentModel, bracket: Bracket): Range {
  const end = bracket.attribution !== undefined ? model.annotations[bracket.attribution].end : bracket.end;
  return { start: bracket.start, end };
}

/**
 * The bracket an action at `offset` is about: the innermost one around it, or the one whose attribution holds it
 * (a drafter reading `{US}` thinks of the bracket it credits). -1 when there is none.
 */
export function bracketForAction(model: DocumentModel, offset: number): number {
  for (const annotation of model.annotations) {
    if (annotation.start > offset) break;
    if (annotation.kind === 'attribution' && annotation.target >= 0 && offset < annotation.end) return annotation.target;
  }
  return bracketAt(model, offset);
}

/** The edits that accept bracket `index`: its delimiters and attribution go, its text (nested brackets included) stays. */
export function acceptBracketEdits(model: DocumentModel, index: number): TextEdit[] {
  const bracket = model.brackets[index];
  if (!bracket.closed) return [deletion(openerOf(bracket))];
  const extent = bracketExtent(model, bracket);
  return [deletion(openerOf(bracket)), deletion({ start: innerOf(bracket).end, end: extent.end })];
}

/**
 * The range that deleting bracket `index` removes: the bracket, its attribution, and one space beside it so that
 * `Parties [shall] take` becomes `Parties take` and `measures [and policies].` becomes `measures.`.
 */
export function deletionRange(model: DocumentModel, index: number): Range {
  const { text } = model;
  const bracket = model.brackets[index];
  const extent = bracketExtent(model, bracket);
  if (bracket.alternativeSet >= 0) {
    // One alternative of several goes with its separator, so `[a]/[b]/[c]` loses `[a]/` and never leaves a lone `/`.
    const members = model.alternativeSets[bracket.alternativeSet].members;
    const k = members.indexOf(index);
    if (k + 1 < members.length) return { start: extent.start, end: model.brackets[members[k + 1]].start };
    if (k > 0) return { start: bracketExtent(model, model.brackets[members[k - 1]]).end, end: extent.end };
  }
  let { start, end } = extent;
  const before = text[start - 1];
  const after = text[end];
  const spaceBefore = before === ' ' || before === '\t';
  const spaceAfter = after === ' ' || after === '\t';
  const atLineStart = start === 0 || before === '\n' || before === '\r';
  if (spaceBefore && (spaceAfter || after === undefined || /[\r\n.,;:!?)’”"]/.test(after))) start--;
  else if (atLineStart && spaceAfter) end++;
  return { start, end };
}

/** The actions for the bracket at `offset`; empty when the offset is in no bracket. */
export function bracketActionsAt(model: DocumentModel, offset: number): CodeActionData[] {
  const index = bracketForAction(model, offset);
  if (index < 0) return [];
  const bracket = model.brackets[index];
  const { text } = model;
  const extent = bracketExtent(model, bracket);
  const actions: CodeActionData[] = [];
  const fixes = bracket.depth === 1 ? (['bracket.open', 'alternatives.open', 'bracket.empty'] as const) : (['bracket.empty'] as const);

  if (!bracket.closed) {
    // Without a closer nobody can tell where the bracketed text ends; accepting only removes the lone `[`.
    actions.push({ title: 'Accept the bracket (remove the unmatched "[")', kind: 'quickfix', edits: acceptBracketEdits(model, index), target: openerOf(bracket), fixes: ['bracket.unclosed'] });
    return actions;
  }

  if (bracket.alternativeSet >= 0) {
    actions.push(...chooseAlternativeActions(model, bracket.alternativeSet, index));
  } else if (bracket.innerAlternatives.length >= 2) {
    bracket.innerAlternatives.forEach((part, k) => {
      const chosen = text.slice(part.start, part.end).trim();
      actions.push({
        title: `Choose alternative ${k + 1} of ${bracket.innerAlternatives.length}: "${excerpt(chosen, 40)}"`,
        kind: 'quickfix',
        edits: [{ start: extent.start, end: extent.end, newText: chosen }],
        target: extent,
        fixes: [...fixes],
        preferred: part.start <= offset && offset <= part.end ? true : undefined,
      });
    });
  } else {
    actions.push({ title: `Accept the bracket "[${excerpt(bracketedText(text, bracket), 40)}]"`, kind: 'quickfix', edits: acceptBracketEdits(model, index), target: extent, fixes: [...fixes] });
  }
  const removed = deletionRange(model, index);
  actions.push({ title: `Delete the bracket and its text "[${excerpt(bracketedText(text, bracket), 40)}]"`, kind: 'quickfix', edits: [deletion(removed)], target: removed, fixes: [...fixes] });
  return actions;
}

/** "Choose alternative k of n" for every member of an alternative set; the whole set is replaced by the chosen text. */
function chooseAlternativeActions(model: DocumentModel, setIndex: number, under: number): CodeActionData[] {
  const set = model.alternativeSets[setIndex];
  const target = { start: set.start, end: set.end };
  const topLevel = model.brackets[set.members[0]].depth === 1;
  return set.members.map((member, k) => {
    const bracket = model.brackets[member];
    const chosen = bracketedText(model.text, bracket);
    return {
      title: `Choose alternative ${k + 1} of ${set.members.length}: "${excerpt(chosen, 40)}"`,
      kind: 'quickfix' as const,
      edits: [{ start: set.start, end: set.end, newText: chosen }],
      target,
      fixes: topLevel ? ['alternatives.open' as const] : [],
      preferred: member === under ? true : undefined,
    };
  });
}

/** The text between a bracket's delimiters. */
function bracketedText(text: string, bracket: Bracket): string {
  const inner = innerOf(bracket);
  return text.slice(inner.start, inner.end);
}
