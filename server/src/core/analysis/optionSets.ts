// Groups consecutive `Option N:` / `Alt N.` paragraphs into option sets.

import type { ReadonlyBlockTable } from './blockTable';
import { isWhiteSpace } from '../text/whiteSpace';
import type { Mutable, OptionMember, OptionSet } from './model';
import type { ParagraphTable, ReadonlyParagraphTable } from './paragraphTable';

/**
 * A set is a run of option paragraphs; sub-paragraphs (`(a)`, `i)` ...) after an option belong to it, and so do
 * unlabelled paragraphs when another option of the set follows them.
 * The run ends at a heading, any other unlabelled paragraph, a paragraph of level 1 that is not an option,
 * or an option numbered 1 again (which starts the next set).
 * A set stands under the labelled paragraph before it when that paragraph is a chapeau ending with `:`.
 */
export function groupOptionSets(text: string, paragraphs: ParagraphTable, blocks: ReadonlyBlockTable): OptionSet[] {
  const sets: OptionSet[] = [];
  let members: Array<Mutable<OptionMember>> = [];
  let memberStart = -1;
  let lastEnd = -1;
  let section = -1;
  let previousBlock = -2;
  const finishMember = () => {
    if (memberStart >= 0) {
      members[members.length - 1].end = lastEnd;
    }
  };
  const finishSet = () => {
    finishMember();
    if (members.length > 0) {
      const first = members[0].paragraph;
      const parent = chapeauBefore(text, paragraphs, first);
      sets.push({ start: members[0].start, end: members[members.length - 1].end, members: members.slice(), parent, section: paragraphs.section(first) }); // exact length
      const setIndex = sets.length - 1;
      for (const member of members) markMembers(paragraphs, member, setIndex);
    }
    // A new list only after a set: this runs at every paragraph that is not an option, and most sets are none.
    if (members.length > 0) members = [];
    memberStart = -1;
  };
  // An unlabelled paragraph belongs to an option when an option follows it. The next labelled paragraph is searched
  // for only there (after an option, rarely), and the search is kept: paragraphs are asked about in order, so the one
  // found serves every paragraph before it. A table of them for every paragraph read each paragraph's record once more,
  // which on a long draft (70,000 paragraphs, no longer in the processor's caches) cost more than the rest of the grouping.
  let nextLabelledFound = -1;
  const nextLabelled = (p: number): number => {
    if (nextLabelledFound <= p) {
      nextLabelledFound = p + 1;
      while (nextLabelledFound < paragraphs.length && !paragraphs.hasLabel(nextLabelledFound)) nextLabelledFound++;
    }
    return nextLabelledFound < paragraphs.length ? nextLabelledFound : -1;
  };
  const continuesOptions = (p: number) => {
    const next = nextLabelled(p);
    return next >= 0 && paragraphs.labelSequence(next) === 'option' && paragraphs.labelOrdinal(next) !== 1 && paragraphs.section(next) === paragraphs.section(p) && !hasHeadingBetween(blocks, paragraphs.block(p), paragraphs.block(next));
  };
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraphSection = paragraphs.section(p);
    const block = paragraphs.block(p);
    const interrupted = paragraphSection !== section || hasHeadingBetween(blocks, previousBlock, block);
    const sequence = paragraphs.labelSequence(p);
    if (sequence === 'option') {
      if (interrupted || paragraphs.labelOrdinal(p) === 1) finishSet();
      finishMember();
      memberStart = paragraphs.start(p);
      const label = paragraphs.label(p)!;
      members.push({ start: memberStart, end: paragraphs.end(p), paragraph: p, label, noText: isNoText(text, label.end, blocks.contentEnd(block)) });
      lastEnd = paragraphs.end(p);
    } else if (members.length > 0 && !interrupted && ((sequence !== undefined && paragraphs.labelLevel(p) > 1) || (sequence === undefined && continuesOptions(p)))) {
      lastEnd = paragraphs.end(p);
    } else {
      finishSet();
    }
    section = paragraphSection;
    previousBlock = block;
  }
  finishSet();
  return sets;
}

/** "No text" in the working languages of the texts we see (English, French, Spanish, Russian). */
const NO_TEXT = /^(?:no text|pas de texte|sans texte|sin texto|нет текста|без текста)$/i;

// Made once, as a regular expression literal is a new object each time it is evaluated.
const ANNOTATIONS = /\{[^}]*\}/g;
const FINAL_DOT = /\.$/;
const ENDS_WITH_COLON = /:\s*$/;

/** The most characters other than white space that a "No text" spelling has, its full stop included (`pas de texte.`). */
const NO_TEXT_MOST = 12;

/** `Option 2: No text` (with an optional annotation and full stop). */
function isNoText(text: string, from: number, to: number): boolean {
  // Most options have text: more letters than any "No text" outside the annotations rules them out without a copy.
  if (countShown(text, from, to, NO_TEXT_MOST + 1) > NO_TEXT_MOST) return false;
  const rest = text.slice(from, to).replace(ANNOTATIONS, '').trim().replace(FINAL_DOT, '');
  return NO_TEXT.test(rest);
}

/**
 * The characters of `text[from, to)` that are not white space and not inside `{...}` (as `ANNOTATIONS` removes them:
 * a `{` with no `}` after it is text), counted up to `most`.
 */
function countShown(text: string, from: number, to: number, most: number): number {
  let count = 0;
  for (let i = from; i < to && count < most; i++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      // Searched for by hand within the range: `indexOf` could read on to the end of the document at every `{`.
      let close = i + 1;
      while (close < to && text.charCodeAt(close) !== 125) close++;
      if (close < to) {
        i = close;
        continue;
      }
    }
    if (!isWhiteSpace(c)) count++;
  }
  return count;
}

function hasHeadingBetween(blocks: ReadonlyBlockTable, fromBlock: number, toBlock: number): boolean {
  for (let b = Math.max(0, fromBlock + 1); b < toBlock; b++) if (blocks.isHeading(b)) return true;
  return false;
}

function chapeauBefore(text: string, paragraphs: ReadonlyParagraphTable, first: number): number {
  const before = first - 1;
  if (before < 0) return -1;
  const sequence = paragraphs.labelSequence(before);
  if (sequence === undefined || sequence === 'option' || paragraphs.section(before) !== paragraphs.section(first)) return -1;
  return ENDS_WITH_COLON.test(text.slice(paragraphs.start(before), paragraphs.end(before))) ? before : -1;
}

function markMembers(paragraphs: ParagraphTable, member: OptionMember, setIndex: number): void {
  for (let p = member.paragraph; p < paragraphs.length && paragraphs.start(p) < member.end; p++) paragraphs.setOptionSet(p, setIndex);
}
