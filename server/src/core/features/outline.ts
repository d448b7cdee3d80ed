// The outline as data: headings > labelled paragraphs (and their sub-paragraphs) > option sets > options, with open-bracket counts.

import type { DocumentModel, ParagraphStatus, Range } from '../analysis/model';
import { firstBracketFromNear } from '../analysis/queries';
import { excerptAt } from './excerpts';
import { labelName } from './labelNames';

/** One outline entry; `range` is what it spans, `selectionRange` what to reveal (the heading text or label). */
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
  readonly children: OutlineItem[];
}

interface MutableItem extends Omit<OutlineItem, 'range' | 'children' | 'detail' | 'openBrackets'> {
  range: { start: number; end: number };
  children: MutableItem[];
  detail: string;
  openBrackets: number;
}

/** Builds the outline tree of a document. */
export function computeOutline(model: DocumentModel): OutlineItem[] {
  const { text, headings, paragraphs, optionSets, blocks } = model;
  const roots: MutableItem[] = [];
  const sectionEnds = sectionEndsOf(model);
  const headingItems: MutableItem[] = new Array(headings.length);
  for (let index = 0; index < headings.length; index++) {
    const heading = headings[index];
    headingItems[index] = { kind: 'heading', name: heading.text || '#'.repeat(heading.level), detail: '', openBrackets: 0, range: { start: heading.start, end: sectionEnds[index] }, selectionRange: heading.textRange, children: [] };
  }
  for (let index = 0; index < headings.length; index++) {
    const parent = headings[index].parent;
    (parent >= 0 ? headingItems[parent].children : roots).push(headingItems[index]);
  }

  // Indexed like the model's paragraphs and option sets (arrays, not maps: every index is a small number).
  const paragraphItems: Array<MutableItem | undefined> = new Array(paragraphs.length);
  const optionSetItems: Array<MutableItem | undefined> = new Array(optionSets.length);
  const sectionList = (section: number) => (section >= 0 ? headingItems[section].children : roots);
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index];
    const label = paragraph.label;
    if (!label) continue;
    const words = excerptAt(text, label.end, paragraph.end, 48, true);
    const name = labelName(label.text);
    const item: MutableItem = {
      kind: label.sequence === 'option' && paragraph.optionSet >= 0 ? 'option' : 'paragraph',
      name: words ? `${name} ${words}` : name,
      detail: '',
      openBrackets: 0,
      range: { start: paragraph.start, end: paragraph.end },
      selectionRange: { start: label.start, end: label.end },
      status: paragraph.status,
      children: [],
    };
    paragraphItems[index] = item;
    if (item.kind === 'option') {
      const setIndex = paragraph.optionSet;
      let setItem = optionSetItems[setIndex];
      if (!setItem) {
        const set = optionSets[setIndex];
        setItem = { kind: 'optionSet', name: `Options (${set.members.length})`, detail: '', openBrackets: 0, range: { start: set.start, end: set.end }, selectionRange: { start: set.members[0].label.start, end: set.members[0].label.end }, children: [] };
        optionSetItems[setIndex] = setItem;
        const parentItem = set.parent >= 0 ? paragraphItems[set.parent] : undefined;
        (parentItem ? parentItem.children : sectionList(set.section)).push(setItem);
      }
      setItem.children.push(item);
    } else {
      const parentItem = paragraph.parent >= 0 ? paragraphItems[paragraph.parent] : undefined;
      (parentItem ? parentItem.children : sectionList(paragraph.section)).push(item);
    }
  }
  // Items are finished in about document order, so each bracket search starts where the one before ended.
  const cursor = { bracket: 0 };
  for (const root of roots) finish(model, root, cursor);
  return roots;
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

/** Extends ranges over children, counts brackets and writes the detail text, bottom-up. */
function finish(model: DocumentModel, item: MutableItem, cursor: { bracket: number }): void {
  for (const child of item.children) {
    finish(model, child, cursor);
    if (child.range.end > item.range.end) item.range.end = child.range.end;
  }
  // As `countBracketsIn(model.brackets, item.range)`.
  const endIndex = firstBracketFromNear(model.brackets, item.range.end, cursor.bracket);
  const count = endIndex - firstBracketFromNear(model.brackets, item.range.start, endIndex);
  cursor.bracket = endIndex;
  item.openBrackets = count;
  const brackets = count > 0 ? `${count} open bracket${count === 1 ? '' : 's'}` : '';
  item.detail = item.status ? (brackets ? `${brackets} · ${item.status}` : item.status) : brackets;
}

function lastContentEndBefore(model: DocumentModel, offset: number, fallback: number): number {
  // The last block that starts before `offset`.
  const blocks = model.blocks;
  const low = blocks.firstStartingFrom(offset);
  return low > 0 ? Math.max(blocks.contentEnd(low - 1), fallback) : fallback;
}
