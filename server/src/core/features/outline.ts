// The outline as data: headings > labelled paragraphs (and their sub-paragraphs) > option sets > options, with open-bracket counts.

import type { DocumentModel } from '../analysis/model';
import type { ReadonlyParagraphTable } from '../analysis/paragraphTable';
import { firstBracketFromNear } from '../analysis/queries';
import { excerptAt } from './excerpts';
import { labelName } from './labelNames';
import { Outline } from './outlineTable';

export { Outline, type OutlineItem, type OutlineKind } from './outlineTable';

/**
 * Builds the outline of a document: every item placed in about document order with the slot of the list it goes in,
 * then linked to its parent, then finished bottom-up (ranges extended over children, brackets counted).
 */
export function computeOutline(model: DocumentModel): Outline {
  const { outline, parentSlots, ownSlots } = placeItems(model);
  // The item that owns each slot (0 is the roots', -1), so that a child finds its parent's index.
  const itemOfSlot = new Int32Array(1 + model.headings.length + model.paragraphTable.length + model.optionSets.length).fill(-1);
  for (let index = 0; index < outline.length; index++) itemOfSlot[ownSlots[index]] = index;
  // Linked from the last to the first, each in front of its siblings, so that children keep the order they were placed in.
  for (let index = outline.length - 1; index >= 0; index--) outline.prependChild(itemOfSlot[parentSlots[index]], index);
  // Items are finished in about document order, so each bracket search starts where the one before ended.
  let bracket = 0;
  for (let root = outline.firstRoot; root >= 0; root = outline.nextSibling(root)) bracket = finish(model, outline, root, bracket);
  return outline;
}

/** How many characters of a paragraph's first words its name shows. */
const NAME_WORDS = 48;

/**
 * A labelled paragraph's name: the label's name, a space and the paragraph's first words (annotations left out). A
 * label written bare (`(a)`, `ii)`, not `OP3.`) and followed by white space reads in the text as it does in the name,
 * so its name is one excerpt from the label's start, which is one slice of the text where one space follows the label:
 * the name then costs a string, or two with its `…`, where the label's name joined to the words costs one more (half
 * the items of a draft). The white space matters: `(a){US}Text` and `(a)\u00a0Text` are named `(a) Text` and
 * `(a) \u00a0Text`, with a space the text does not have there.
 */
function paragraphName(text: string, paragraphs: ReadonlyParagraphTable, index: number, prefixes: NamePrefixes): string {
  const labelText = paragraphs.labelText(index);
  const labelEnd = paragraphs.labelEnd(index);
  const end = paragraphs.end(index);
  if (isSpaceOfExcerpt(text.charCodeAt(labelEnd)) && readsAsItsName(labelText)) return excerptAt(text, paragraphs.labelStart(index), end, labelText.length + 1 + NAME_WORDS, true);
  const words = excerptAt(text, labelEnd, end, NAME_WORDS, true);
  return words ? prefixes.of(paragraphs.labelOrdinal(index), paragraphs.labelLevel(index), labelText) + words : labelName(labelText);
}

/**
 * True when `excerptAt` gives a label's text back as it is, and that text is the label's name: no final `.` or `:`,
 * no white space that it would collapse (a tab, a line break, a space at an edge or before another) and no `{`.
 */
function readsAsItsName(labelText: string): boolean {
  const length = labelText.length;
  const last = labelText.charCodeAt(length - 1);
  if (length === 0 || last === 46 || last === 58 || last === 32 || labelText.charCodeAt(0) === 32) return false;
  for (let i = 0; i < length; i++) {
    const c = labelText.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 123 || (c === 32 && labelText.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

/** The white space `excerptAt` collapses into one space. */
function isSpaceOfExcerpt(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * "OP3 " for `OP3.`, the start of a paragraph's name. A document repeats its labels (`(a)` under every paragraph), so
 * the last prefix made is kept per ordinal and level, and used again while the label text is the same: a cache that
 * needs no hashing (a map of label texts cost more time than the strings it saved).
 */
class NamePrefixes {
  private readonly texts: string[] = new Array(64).fill('');
  private readonly prefixes: string[] = new Array(64).fill('');

  of(ordinal: number, level: number, labelText: string): string {
    const slot = ((ordinal & 15) << 2) | (level & 3);
    if (this.texts[slot] !== labelText) {
      this.texts[slot] = labelText;
      this.prefixes[slot] = `${labelName(labelText)} `;
    }
    return this.prefixes[slot];
  }
}

/**
 * Makes every item in document order, with the slot of the list it goes in: each heading (under its parent heading),
 * each labelled paragraph (under its parent paragraph, else its section), an option set when its first option comes
 * (where that option's paragraph would go) and each option (in its set). Headings and paragraphs are taken in turn
 * by offset, so that a section lists the paragraphs before its first sub-heading first, as they stand. A parent
 * (heading or paragraph) always comes before its children. Each paragraph is read once, here: on a long draft its
 * record is no longer in the processor's caches, and a second pass to name it cost as much as the first.
 */
function placeItems(model: DocumentModel): { outline: Outline; parentSlots: Int32Array; ownSlots: Int32Array } {
  const { text, headings, paragraphTable: paragraphs, optionSets } = model;
  const headingSlot = 1;
  const paragraphSlot = headingSlot + headings.length;
  const setSlot = paragraphSlot + paragraphs.length;
  // At most one item per heading, paragraph and option set.
  const room = headings.length + paragraphs.length + optionSets.length;
  const outline = new Outline(room);
  // Per item: the slot of the list it goes in (0 for the roots, then one per heading, paragraph and option set) and its own.
  const parentSlots = new Int32Array(room);
  const ownSlots = new Int32Array(room);
  const place = (item: number, ownSlot: number, parentSlot: number) => {
    ownSlots[item] = ownSlot;
    parentSlots[item] = parentSlot;
  };
  const sectionEnds = sectionEndsOf(model);
  const prefixes = new NamePrefixes();
  let heading = 0;
  const placeHeadingsBefore = (offset: number) => {
    for (; heading < headings.length && headings[heading].start < offset; heading++) {
      const { parent, level, start, textRange } = headings[heading];
      const name = headings[heading].text || '#'.repeat(level);
      place(outline.add('heading', name, start, sectionEnds[heading], textRange, undefined), headingSlot + heading, parent >= 0 ? headingSlot + parent : 0);
    }
  };
  const setMade = new Uint8Array(optionSets.length);
  for (let index = 0; index < paragraphs.length; index++) {
    const start = paragraphs.start(index);
    placeHeadingsBefore(start);
    const sequence = paragraphs.labelSequence(index);
    if (sequence === undefined) continue;
    const end = paragraphs.end(index);
    const setIndex = paragraphs.optionSet(index);
    const name = paragraphName(text, paragraphs, index, prefixes);
    const label = { start: paragraphs.labelStart(index), end: paragraphs.labelEnd(index) };
    if (sequence === 'option' && setIndex >= 0) {
      if (!setMade[setIndex]) {
        setMade[setIndex] = 1;
        const set = optionSets[setIndex];
        // The set's end is extended by `finish` if its options outrun it.
        place(outline.add('optionSet', `Options (${set.members.length})`, set.start, set.end, set.members[0].label, undefined), setSlot + setIndex, slotUnder(model, set.parent, set.section, index));
      }
      place(outline.add('option', name, start, end, label, paragraphs.status(index)), paragraphSlot + index, setSlot + setIndex);
    } else place(outline.add('paragraph', name, start, end, label, paragraphs.status(index)), paragraphSlot + index, slotUnder(model, paragraphs.parent(index), paragraphs.section(index), index));
  }
  placeHeadingsBefore(Infinity);
  return { outline, parentSlots, ownSlots };
}

/** The slot of the labelled paragraph `parent` when its item is made before paragraph `index`'s, else of the section. */
function slotUnder(model: DocumentModel, parent: number, section: number, index: number): number {
  if (parent >= 0 && parent < index && model.paragraphTable.hasLabel(parent)) return 1 + model.headings.length + parent;
  return section >= 0 ? 1 + section : 0;
}

/**
 * Where each heading's section ends: before the next heading of the same or a higher level, else at the end of the
 * document. One pass from the end with a stack of the headings still open to the left, so that a long run of
 * sub-headings under one part is not walked again for every one of them.
 */
function sectionEndsOf(model: DocumentModel): number[] {
  const { headings, blocks } = model;
  const ends: number[] = new Array(headings.length);
  const documentEnd = blocks.length > 0 ? blocks.contentEnd(blocks.length - 1) : undefined;
  // Indices of later headings, levels rising from bottom to top: the top is the nearest candidate.
  const later: number[] = [];
  for (let index = headings.length - 1; index >= 0; index--) {
    const heading = headings[index];
    while (later.length > 0 && headings[later[later.length - 1]].level > heading.level) later.pop();
    ends[index] = later.length > 0 ? lastContentEndBefore(model, headings[later[later.length - 1]].start, heading.end) : (documentEnd ?? heading.end);
    later.push(index);
  }
  return ends;
}

/**
 * Extends an item's end over its children's and counts its brackets, bottom-up; `bracket` is where the previous search
 * ended, and the return value where this one did.
 */
function finish(model: DocumentModel, outline: Outline, item: number, bracket: number): number {
  let end = outline.end(item);
  for (let child = outline.firstChild(item); child >= 0; child = outline.nextSibling(child)) {
    bracket = finish(model, outline, child, bracket);
    if (outline.end(child) > end) end = outline.end(child);
  }
  // As `countBracketsIn(model.brackets, { start, end })`.
  const endIndex = firstBracketFromNear(model.brackets, end, bracket);
  outline.setExtent(item, end, endIndex - firstBracketFromNear(model.brackets, outline.start(item), endIndex));
  return endIndex;
}

function lastContentEndBefore(model: DocumentModel, offset: number, fallback: number): number {
  // The last block that starts before `offset`.
  const blocks = model.blocks;
  const low = blocks.firstStartingFrom(offset);
  return low > 0 ? Math.max(blocks.contentEnd(low - 1), fallback) : fallback;
}
