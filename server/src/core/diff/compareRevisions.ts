// Compares two revisions of a negotiated text: paragraphs added, removed, moved and changed, and how each open point was settled.

import type { DocumentModel } from '../analysis/model';
import { excerpt } from '../features/messages';
import { Locator, type SourceLocation } from '../reports/locator';
import { matchUnits, movedMatches } from './matchUnits';
import { openPointsOf, tallyChange, type OpenPointTally } from './openPoints';
import { revisionUnits, type Choice, type TextUnit } from './revisionUnits';
import { wordDiff, type WordDiffSegment } from './wordDiff';

/** One revision to compare: the name it is shown under (a path, or `path@HEAD`) and its model. */
export interface Revision {
  readonly file: string;
  readonly model: DocumentModel;
}

/** What happened to a paragraph or footnote. */
export interface ParagraphChange {
  readonly change: 'added' | 'removed' | 'changed' | 'moved' | 'status';
  readonly kind: 'paragraph' | 'footnote';
  readonly name: string;
  readonly section: string;
  readonly before?: SourceLocation;
  readonly after?: SourceLocation;
  /** For a matched pair: also moved, also changed in text, how it was matched. */
  readonly moved?: boolean;
  readonly textChanged?: boolean;
  readonly matchedBy?: 'label' | 'text';
  readonly status?: { readonly before?: string; readonly after?: string };
  /** For changed text: the word-level difference; for added and removed: the text, shortened. */
  readonly words?: ReadonlyArray<WordDiffSegment>;
  readonly excerpt?: string;
}

/** What happened to an open point (a bracket, an alternative set or an option set). */
export interface BracketChange {
  /**
   * `resolved`: settled in a recognisable way (`how`); `added`: a new open point; `removed`: gone without a
   * recognisable settlement (its words replaced by others, or its paragraph dropped or rewritten), which a reviewer
   * should check, since nobody may have agreed to it.
   */
  readonly change: 'resolved' | 'added' | 'removed';
  readonly kind: 'bracket' | 'alternatives' | 'options';
  /** `accepted` (text kept), `deleted` (text dropped), `chosen` (one alternative or option won; see `chosen`). */
  readonly how?: 'accepted' | 'deleted' | 'chosen';
  /** For `chosen`: the winner, 1-based, of `of`, and its text. */
  readonly chosen?: { readonly index: number; readonly of: number; readonly text: string };
  /** For `removed`: why it is not counted as settled. */
  readonly reason?: string;
  readonly text: string;
  readonly paragraph: string;
  readonly section: string;
  readonly before?: SourceLocation;
  readonly after?: SourceLocation;
}

/** The comparison of two revisions. */
export interface RevisionDiff {
  readonly before: string;
  readonly after: string;
  readonly paragraphs: ReadonlyArray<ParagraphChange>;
  readonly brackets: ReadonlyArray<BracketChange>;
  readonly openPoints: { readonly before: OpenPointTally; readonly after: OpenPointTally; readonly change: OpenPointTally };
}

/** Compares `before` with `after`. */
export function compareRevisions(before: Revision, after: Revision): RevisionDiff {
  const beforeUnits = revisionUnits(before.file, before.model);
  const afterUnits = revisionUnits(after.file, after.model);
  const at = { before: new Locator(before.file, before.model), after: new Locator(after.file, after.model) };
  const matches = matchUnits(beforeUnits, afterUnits);
  const moved = movedMatches(matches);
  const afterMatchOf = new Map(matches.map((m) => [m.before, m.after]));
  const matchIndexOf = new Map(matches.map((m, i) => [m.before, i]));
  const beforeMatchOf = new Map(matches.map((m) => [m.after, m.before]));
  const locate = (side: 'before' | 'after', unit: TextUnit) => at[side].at(unit.range.start);

  const paragraphs: ParagraphChange[] = [];
  const brackets: BracketChange[] = [];
  const consumedAfterChoices = new Set<string>();

  beforeUnits.forEach((unit, b) => {
    const a = afterMatchOf.get(b);
    if (a === undefined) {
      paragraphs.push({ change: 'removed', kind: unit.kind, name: unit.name, section: unit.section, before: locate('before', unit), excerpt: excerpt(unit.text, 80) });
      const whollyBracketed = unit.words.length > 0 && unit.bracketed.every(Boolean);
      for (const choice of unit.choices) {
        const common = { kind: choice.kind, text: excerpt(choice.display, 60), paragraph: unit.name, section: unit.section, before: at.before.at(choice.range.start) };
        // A paragraph that was bracketed whole and is gone was deleted by agreement; a bracket in a dropped paragraph may not have been.
        brackets.push(whollyBracketed ? { change: 'resolved', how: 'deleted', ...common } : { change: 'removed', reason: 'its paragraph was removed', ...common });
      }
      return;
    }
    const other = afterUnits[a];
    const matchIndex = matchIndexOf.get(b)!;
    const match = matches[matchIndex];
    const textChanged = unit.text !== other.text;
    const statusChanged = (unit.status ?? '') !== (other.status ?? '');
    const isMoved = moved.has(matchIndex) || unit.section !== other.section;
    if (textChanged || statusChanged || isMoved) {
      paragraphs.push({
        change: textChanged ? 'changed' : isMoved ? 'moved' : 'status',
        kind: unit.kind,
        name: other.name,
        section: other.section,
        before: locate('before', unit),
        after: locate('after', other),
        moved: isMoved,
        textChanged,
        matchedBy: match.by,
        status: statusChanged ? { before: unit.status, after: other.status } : undefined,
        words: textChanged ? wordDiff(unit.text, other.text) : undefined,
      });
    }
    for (const choice of unit.choices) {
      const outcome = settle(unit, choice, other);
      const common = { kind: choice.kind, text: excerpt(choice.display, 60), paragraph: other.name, section: other.section, before: at.before.at(choice.range.start) };
      if (outcome.open !== undefined) {
        consumedAfterChoices.add(`${a}:${outcome.open}`);
        continue;
      }
      brackets.push({ ...common, ...outcome.change, after: at.after.at(outcome.at ?? other.range.start) });
    }
  });

  afterUnits.forEach((unit, a) => {
    const b = beforeMatchOf.get(a);
    if (b === undefined) paragraphs.push({ change: 'added', kind: unit.kind, name: unit.name, section: unit.section, after: locate('after', unit), excerpt: excerpt(unit.text, 80) });
    unit.choices.forEach((choice, k) => {
      if (consumedAfterChoices.has(`${a}:${k}`)) return;
      brackets.push({ change: 'added', kind: choice.kind, text: excerpt(choice.display, 60), paragraph: unit.name, section: unit.section, after: at.after.at(choice.range.start) });
    });
  });

  brackets.push(...compareOptionSets(before, after, beforeUnits, afterUnits, afterMatchOf, at));
  const order = (c: { before?: SourceLocation; after?: SourceLocation }) => c.before?.offset ?? Number.MAX_SAFE_INTEGER;
  brackets.sort((x, y) => order(x) - order(y) || (x.after?.offset ?? 0) - (y.after?.offset ?? 0));
  const beforePoints = openPointsOf(before.model);
  const afterPoints = openPointsOf(after.model);
  return { before: before.file, after: after.file, paragraphs, brackets, openPoints: { before: beforePoints, after: afterPoints, change: tallyChange(beforePoints, afterPoints) } };
}

type Outcome = { open: number; change?: undefined } | { open?: undefined; change: Pick<BracketChange, 'change' | 'how' | 'chosen' | 'reason'>; at?: number };

/**
 * How one open choice of a paragraph fares in its matched paragraph. Still open when the same choice is there; else
 * the words around it are looked up in the new text, and what now stands between them tells the outcome: the
 * bracket's words (accepted), nothing (deleted), one alternative's words (chosen), or other words (removed).
 */
function settle(unit: TextUnit, choice: Choice, other: TextUnit): Outcome {
  const same = other.choices.findIndex((c) => c.signature === choice.signature);
  if (same >= 0) return { open: same };
  const span = locateBetween(unit.words, choice.from, choice.to, other.words, Math.max(...choice.outcomes.map((o) => o.length)) + 12);
  if (!span) return { change: { change: 'removed', reason: 'the text around it was rewritten' } };
  const between = other.words.slice(span.start, span.end);
  const where = other.starts[span.start] ?? other.starts[span.start - 1];
  if (between.length > 0 && other.bracketed.slice(span.start, span.end).every(Boolean)) {
    // Still in brackets, with different words: the same open point, reworded; it stays open.
    const k = other.choices.findIndex((c) => c.from <= span.start && span.end <= c.to);
    if (k >= 0) return { open: k };
  }
  const equal = (words: ReadonlyArray<string>) => words.length === between.length && words.every((w, i) => w === between[i]);
  if (choice.kind === 'bracket') {
    if (equal(choice.outcomes[0])) return { change: { change: 'resolved', how: 'accepted' }, at: where };
    if (between.length === 0) return { change: { change: 'resolved', how: 'deleted' }, at: where };
  } else {
    const k = choice.outcomes.findIndex(equal);
    if (k >= 0) return { change: { change: 'resolved', how: 'chosen', chosen: { index: k + 1, of: choice.outcomes.length, text: choice.memberTexts[k] } }, at: where };
    if (between.length === 0) return { change: { change: 'resolved', how: 'deleted' }, at: where };
  }
  return { change: { change: 'removed', reason: `replaced by "${excerpt(other.written.slice(span.start, span.end).join(' '), 50)}"` }, at: where };
}

/** Finds in `after` the words that stand where `before[from, to)` stood, by up to three words of context on each side. */
function locateBetween(before: ReadonlyArray<string>, from: number, to: number, after: ReadonlyArray<string>, maxGap: number): { start: number; end: number } | undefined {
  for (const size of [3, 2, 1]) {
    const left = before.slice(Math.max(0, from - size), from);
    const right = before.slice(to, to + size);
    if ((left.length === 0 && from > 0) || (right.length === 0 && to < before.length)) continue;
    for (let p = left.length; p <= after.length; p++) {
      if (!left.every((w, i) => after[p - left.length + i] === w)) continue;
      if (left.length === 0 && p > 0) break;
      for (let q = p; q <= Math.min(after.length, p + maxGap); q++) {
        if (right.length === 0 ? q === after.length : right.every((w, i) => after[q + i] === w)) return { start: p, end: q };
      }
    }
  }
  return undefined;
}

/** Option sets of two or more options: still open, one option chosen, or dropped (as "No text"). */
function compareOptionSets(before: Revision, after: Revision, beforeUnits: ReadonlyArray<TextUnit>, afterUnits: ReadonlyArray<TextUnit>, afterMatchOf: ReadonlyMap<number, number>, at: { before: Locator; after: Locator }): BracketChange[] {
  const changes: BracketChange[] = [];
  const unitOfParagraph = (units: ReadonlyArray<TextUnit>) => new Map(units.map((u, i) => [u.kind === 'paragraph' ? u.index : -1 - i, i]));
  const beforeUnitOf = unitOfParagraph(beforeUnits);
  const reachedAfterSets = new Set<number>();
  before.model.optionSets.forEach((set) => {
    if (set.members.length < 2) return;
    const matched = set.members.map((m) => afterMatchOf.get(beforeUnitOf.get(m.paragraph) ?? -1));
    const afterSets = new Set(matched.filter((a): a is number => a !== undefined).map((a) => afterUnits[a].optionSet).filter((s) => s >= 0));
    for (const s of afterSets) reachedAfterSets.add(s);
    const first = beforeUnits[beforeUnitOf.get(set.members[0].paragraph) ?? 0];
    const common = { kind: 'options' as const, text: set.members.map((m) => m.label.text.replace(/[.:]$/, '')).join(' / '), paragraph: first.name, section: first.section, before: at.before.at(set.start) };
    if (afterSets.size > 0) return;
    const winner = matched.findIndex((a) => a !== undefined);
    if (winner >= 0 && !set.members[winner].noText) {
      const unit = beforeUnits[beforeUnitOf.get(set.members[winner].paragraph) ?? 0];
      changes.push({ ...common, change: 'resolved', how: 'chosen', chosen: { index: winner + 1, of: set.members.length, text: excerpt(unit.text, 60) }, after: at.after.at(afterUnits[matched[winner]!].range.start) });
      return;
    }
    const noText = set.members.findIndex((m) => m.noText);
    if (noText >= 0) changes.push({ ...common, change: 'resolved', how: 'chosen', chosen: { index: noText + 1, of: set.members.length, text: 'No text' } });
    else changes.push({ ...common, change: 'resolved', how: 'deleted' });
  });
  after.model.optionSets.forEach((set, index) => {
    if (set.members.length < 2 || reachedAfterSets.has(index)) return;
    const unit = afterUnits.find((u) => u.kind === 'paragraph' && u.index === set.members[0].paragraph);
    changes.push({ change: 'added', kind: 'options', text: set.members.map((m) => m.label.text.replace(/[.:]$/, '')).join(' / '), paragraph: unit?.name ?? '', section: unit?.section ?? '', after: at.after.at(set.start) });
  });
  return changes;
}
