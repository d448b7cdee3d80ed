// The outline as data: headings > labelled paragraphs (and their sub-paragraphs) > option sets > options, with open-bracket counts.

import type { DocumentModel, Label, ParagraphStatus, Range } from '../analysis/model';
import { firstBracketFromNear } from '../analysis/queries';
import { excerptAt } from './excerpts';
import { labelName } from './labelNames';

/**
 * One outline entry; `range` is what it spans, `selectionRange` what to reveal (the heading text or label). Ranges
 * may be the model's own objects (an option set, a label, a heading's text range), so read them, never change them.
 */
export interface OutlineItem {
  readonly kind: 'heading' | 'paragraph' | 'optionSet' | 'option';
  readonly name: string;
  /** "2 open brackets · ad ref": counts and status, short enough for the outline's grey text. */
  readonly detail: string;
  readonly range: Range;
  readonly selectionRange: Range;
  /** Brackets whose opener lies in `range`, nested ones included (the count delegates keep by hand). */
  readonly openBrackets: number;
  readonly status?: ParagraphStatus;
  /** Leaves share one frozen empty list. */
  readonly children: ReadonlyArray<OutlineItem>;
}

interface MutableItem extends Omit<OutlineItem, 'range' | 'children' | 'detail' | 'openBrackets'> {
  range: Range;
  children: MutableItem[];
  detail: string;
  openBrackets: number;
}

/**
 * The children of every leaf. Three items in four are leaves (7,800 items in a megabyte), and an empty array each
 * was a tenth of what the outline allocated; frozen, so that a consumer that pushes fails at once.
 */
const NO_CHILDREN: MutableItem[] = Object.freeze([]) as unknown as MutableItem[];

/**
 * Every item in document order, made where it is placed, with the slot of the list it goes in (0 for the roots, then
 * one per heading, per paragraph, per option set) and its own slot (the list of its children).
 */
interface Placements {
  readonly count: number;
  readonly items: MutableItem[];
  readonly parentSlots: Int32Array;
  readonly ownSlots: Int32Array;
}

/** Builds the outline tree of a document. */
export function computeOutline(model: DocumentModel): OutlineItem[] {
  const placements = placeItems(model);
  const { items, parentSlots, ownSlots } = placements;
  // First how many children each slot gets, so that each list is made once at its length (an array grown by `push`
  // keeps room for 17); then the counts, counted down, say where the next child goes.
  const counts = new Int32Array(1 + model.headings.length + model.paragraphTable.length + model.optionSets.length);
  for (let p = 0; p < placements.count; p++) counts[parentSlots[p]]++;
  const roots: MutableItem[] = new Array(counts[0]);
  // The children list of each slot, indexed by slot (an array, not a map: every slot is a small number).
  const lists: MutableItem[][] = new Array(counts.length);
  lists[0] = roots;
  for (let p = 0; p < placements.count; p++) {
    const item = items[p];
    const own = ownSlots[p];
    // A parent always comes before its children, so its list is made before any child goes in.
    if (counts[own] > 0) lists[own] = item.children = new Array(counts[own]);
    const parentSlot = parentSlots[p];
    const list = lists[parentSlot];
    list[list.length - counts[parentSlot]--] = item;
  }
  // Items are finished in about document order, so each bracket search starts where the one before ended.
  let bracket = 0;
  for (let index = 0; index < roots.length; index++) bracket = finish(model, roots[index], bracket);
  return roots;
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
function paragraphName(text: string, label: Label, end: number, prefixes: NamePrefixes): string {
  if (isSpaceOfExcerpt(text.charCodeAt(label.end)) && readsAsItsName(label.text)) return excerptAt(text, label.start, end, label.text.length + 1 + NAME_WORDS, true);
  const words = excerptAt(text, label.end, end, NAME_WORDS, true);
  return words ? prefixes.of(label) + words : labelName(label.text);
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

  of(label: Label): string {
    const slot = ((label.ordinal & 15) << 2) | (label.level & 3);
    if (this.texts[slot] !== label.text) {
      this.texts[slot] = label.text;
      this.prefixes[slot] = `${labelName(label.text)} `;
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
function placeItems(model: DocumentModel): Placements {
  const { text, headings, paragraphTable: paragraphs, optionSets } = model;
  const headingSlot = 1;
  const paragraphSlot = headingSlot + headings.length;
  const setSlot = paragraphSlot + paragraphs.length;
  // At most one item per heading, paragraph and option set.
  const room = headings.length + paragraphs.length + optionSets.length;
  const items: MutableItem[] = new Array(room);
  const parentSlots = new Int32Array(room);
  const ownSlots = new Int32Array(room);
  let count = 0;
  const place = (item: MutableItem, ownSlot: number, parentSlot: number) => {
    items[count] = item;
    ownSlots[count] = ownSlot;
    parentSlots[count] = parentSlot;
    count++;
  };
  const sectionEnds = sectionEndsOf(model);
  const prefixes = new NamePrefixes();
  let heading = 0;
  const placeHeadingsBefore = (offset: number) => {
    for (; heading < headings.length && headings[heading].start < offset; heading++) {
      const { parent, level, start, textRange } = headings[heading];
      const name = headings[heading].text || '#'.repeat(level);
      place(newItem('heading', name, { start, end: sectionEnds[heading] }, textRange, undefined), headingSlot + heading, parent >= 0 ? headingSlot + parent : 0);
    }
  };
  const setMade = new Uint8Array(optionSets.length);
  for (let index = 0; index < paragraphs.length; index++) {
    const start = paragraphs.start(index);
    placeHeadingsBefore(start);
    const label = paragraphs.label(index);
    if (!label) continue;
    const end = paragraphs.end(index);
    const setIndex = paragraphs.optionSet(index);
    const name = paragraphName(text, label, end, prefixes);
    // The paragraph's range, made here: the model keeps its paragraphs as columns, not objects.
    const range = { start, end };
    if (label.sequence === 'option' && setIndex >= 0) {
      if (!setMade[setIndex]) {
        setMade[setIndex] = 1;
        const set = optionSets[setIndex];
        // The set and the first option's label are ranges already; the set's range is replaced if its options outrun it.
        place(newItem('optionSet', `Options (${set.members.length})`, set, set.members[0].label, undefined), setSlot + setIndex, slotUnder(model, set.parent, set.section, index));
      }
      place(newItem('option', name, range, label, paragraphs.status(index)), paragraphSlot + index, setSlot + setIndex);
    } else place(newItem('paragraph', name, range, label, paragraphs.status(index)), paragraphSlot + index, slotUnder(model, paragraphs.parent(index), paragraphs.section(index), index));
  }
  placeHeadingsBefore(Infinity);
  return { count, items, parentSlots, ownSlots };
}

/** An item with no children yet, its counts and detail written by `finish`; every item is made here, in one shape. */
function newItem(kind: OutlineItem['kind'], name: string, range: Range, selectionRange: Range, status: ParagraphStatus | undefined): MutableItem {
  return { kind, name, detail: '', openBrackets: 0, range, selectionRange, status, children: NO_CHILDREN };
}

/** The slot of the labelled paragraph `parent` when its item is made before paragraph `index`'s, else of the section. */
function slotUnder(model: DocumentModel, parent: number, section: number, index: number): number {
  if (parent >= 0 && parent < index && model.paragraphTable.label(parent)) return 1 + model.headings.length + parent;
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
 * Extends ranges over children, counts brackets and writes the detail text, bottom-up; `bracket` is where the
 * previous search ended, and the return value where this one did.
 */
function finish(model: DocumentModel, item: MutableItem, bracket: number): number {
  let end = item.range.end;
  const children = item.children;
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    bracket = finish(model, child, bracket);
    if (child.range.end > end) end = child.range.end;
  }
  // The range may be the model's option set: a new one when the children reach further.
  if (end !== item.range.end) item.range = { start: item.range.start, end };
  // As `countBracketsIn(model.brackets, item.range)`.
  const endIndex = firstBracketFromNear(model.brackets, end, bracket);
  const count = endIndex - firstBracketFromNear(model.brackets, item.range.start, endIndex);
  item.openBrackets = count;
  item.detail = detailOf(count, item.status);
  return endIndex;
}

/** "3 open brackets" for counts up to this, made once: most items have a handful of brackets or none. */
const BRACKET_DETAILS: string[] = [];
const CACHED_COUNTS = 64;

/** "2 open brackets · ad ref", "ad ref", "1 open bracket" or "". */
function detailOf(count: number, status: ParagraphStatus | undefined): string {
  let brackets = '';
  if (count > 0) {
    if (count < CACHED_COUNTS) brackets = BRACKET_DETAILS[count] ??= `${count} open bracket${count === 1 ? '' : 's'}`;
    else brackets = `${count} open brackets`;
  }
  return status ? (brackets ? `${brackets} · ${status}` : status) : brackets;
}

function lastContentEndBefore(model: DocumentModel, offset: number, fallback: number): number {
  // The last block that starts before `offset`.
  const blocks = model.blocks;
  const low = blocks.firstStartingFrom(offset);
  return low > 0 ? Math.max(blocks.contentEnd(low - 1), fallback) : fallback;
}
