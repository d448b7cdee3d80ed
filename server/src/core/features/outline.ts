// The outline as data: headings > labelled paragraphs (and their sub-paragraphs) > option sets > options, with open-bracket counts.

import type { DocumentModel, ParagraphStatus, Range } from '../analysis/model';
import { countBracketsIn } from '../analysis/queries';
import { excerptAt } from './messages';

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
  const headingItems: MutableItem[] = headings.map((heading, index) => {
    // A section runs to the next heading of the same or a higher level.
    let end = blocks[blocks.length - 1]?.contentEnd ?? heading.end;
    for (let next = index + 1; next < headings.length; next++) {
      if (headings[next].level <= heading.level) {
        end = lastContentEndBefore(model, headings[next].start, heading.end);
        break;
      }
    }
    return { kind: 'heading', name: heading.text || '#'.repeat(heading.level), detail: '', openBrackets: 0, range: { start: heading.start, end }, selectionRange: heading.textRange, children: [] };
  });
  headings.forEach((heading, index) => (heading.parent >= 0 ? headingItems[heading.parent].children : roots).push(headingItems[index]));

  const paragraphItems = new Map<number, MutableItem>();
  const optionSetItems = new Map<number, MutableItem>();
  const sectionList = (section: number) => (section >= 0 ? headingItems[section].children : roots);
  paragraphs.forEach((paragraph, index) => {
    const label = paragraph.label;
    if (!label) return;
    const words = excerptAt(text, label.end, paragraph.end, 48, true);
    const item: MutableItem = {
      kind: label.sequence === 'option' && paragraph.optionSet >= 0 ? 'option' : 'paragraph',
      name: `${label.text.replace(/[.:]$/, '')}${words ? ` ${words}` : ''}`,
      detail: '',
      openBrackets: 0,
      range: { start: paragraph.start, end: paragraph.end },
      selectionRange: { start: label.start, end: label.end },
      status: paragraph.status,
      children: [],
    };
    paragraphItems.set(index, item);
    if (item.kind === 'option') {
      const setIndex = paragraph.optionSet;
      let setItem = optionSetItems.get(setIndex);
      if (!setItem) {
        const set = optionSets[setIndex];
        setItem = { kind: 'optionSet', name: `Options (${set.members.length})`, detail: '', openBrackets: 0, range: { start: set.start, end: set.end }, selectionRange: { start: set.members[0].label.start, end: set.members[0].label.end }, children: [] };
        optionSetItems.set(setIndex, setItem);
        const parentItem = set.parent >= 0 ? paragraphItems.get(set.parent) : undefined;
        (parentItem ? parentItem.children : sectionList(set.section)).push(setItem);
      }
      setItem.children.push(item);
    } else {
      const parentItem = paragraph.parent >= 0 ? paragraphItems.get(paragraph.parent) : undefined;
      (parentItem ? parentItem.children : sectionList(paragraph.section)).push(item);
    }
  });
  for (const root of roots) finish(model, root);
  return roots;
}

/** Extends ranges over children, counts brackets and writes the detail text, bottom-up. */
function finish(model: DocumentModel, item: MutableItem): void {
  for (const child of item.children) {
    finish(model, child);
    if (child.range.end > item.range.end) item.range.end = child.range.end;
  }
  item.openBrackets = countBracketsIn(model.brackets, item.range);
  const parts: string[] = [];
  if (item.openBrackets > 0) parts.push(`${item.openBrackets} open bracket${item.openBrackets === 1 ? '' : 's'}`);
  if (item.status) parts.push(item.status);
  item.detail = parts.join(' · ');
}

function lastContentEndBefore(model: DocumentModel, offset: number, fallback: number): number {
  // Binary search for the last block that starts before `offset`.
  const blocks = model.blocks;
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (blocks[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? Math.max(blocks[low - 1].contentEnd, fallback) : fallback;
}
