// The outline kept as columns: a typed array per field, the names in a list, and the tree as first-child and next-sibling links.

import type { ParagraphStatus, Range } from '../analysis/model';
import { NO_ITEMS } from '../analysis/noItems';
import { statusCode, statusOfCode } from '../analysis/paragraphTable';

export type OutlineKind = 'heading' | 'paragraph' | 'optionSet' | 'option';

const KINDS: ReadonlyArray<OutlineKind> = ['heading', 'paragraph', 'optionSet', 'option'];

/**
 * One outline entry as an object; `range` is what it spans, `selectionRange` what to reveal (the heading text or
 * label). Made by `Outline.items()` for the features off the typing path; the editor's paths read the columns.
 */
export interface OutlineItem {
  readonly kind: OutlineKind;
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

/**
 * Every item of a document's outline, indexed in the order they were made (about document order; a parent always
 * comes before its children). A 10 MB draft has some 77,000 items: kept as objects (an item, its ranges and its list of
 * children) they were a quarter of what an analysis of that draft kept, and every kept object is copied by the
 * collector. `computeOutline` fills the columns; readers walk the tree from `firstRoot` through `firstChild` and
 * `nextSibling`, which are -1 where there is none.
 */
export class Outline {
  private readonly kinds: Uint8Array;
  private readonly names: string[];
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly selectionStarts: Int32Array;
  private readonly selectionEnds: Int32Array;
  private readonly brackets: Int32Array;
  private readonly statuses: Uint8Array;
  private readonly firstChildren: Int32Array;
  private readonly nextSiblings: Int32Array;
  private count = 0;
  /** The first top-level item, or -1 for an outline with none. */
  firstRoot = -1;
  private tree: OutlineItem[] | undefined;

  /** `capacity`: the most items there can be (one per heading, labelled paragraph and option set). */
  constructor(capacity: number) {
    this.kinds = new Uint8Array(capacity);
    this.names = new Array<string>(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.selectionStarts = new Int32Array(capacity);
    this.selectionEnds = new Int32Array(capacity);
    this.brackets = new Int32Array(capacity);
    this.statuses = new Uint8Array(capacity);
    this.firstChildren = new Int32Array(capacity).fill(-1);
    this.nextSiblings = new Int32Array(capacity).fill(-1);
  }

  get length(): number {
    return this.count;
  }

  /** Appends an item with no children and no brackets counted yet (`computeOutline` only); returns its index. */
  add(kind: OutlineKind, name: string, start: number, end: number, selection: Range, status: ParagraphStatus | undefined): number {
    const index = this.count++;
    this.kinds[index] = KINDS.indexOf(kind);
    this.names[index] = name;
    this.starts[index] = start;
    this.ends[index] = end;
    this.selectionStarts[index] = selection.start;
    this.selectionEnds[index] = selection.end;
    this.statuses[index] = statusCode(status);
    return index;
  }

  /** Links `child` in front of `parent`'s children, or of the roots when `parent` is -1 (`computeOutline` only). */
  prependChild(parent: number, child: number): void {
    if (parent < 0) {
      this.nextSiblings[child] = this.firstRoot;
      this.firstRoot = child;
    } else {
      this.nextSiblings[child] = this.firstChildren[parent];
      this.firstChildren[parent] = child;
    }
  }

  /** Sets where an item ends and how many brackets open in it (`computeOutline` only). */
  setExtent(index: number, end: number, openBrackets: number): void {
    this.ends[index] = end;
    this.brackets[index] = openBrackets;
  }

  kind(index: number): OutlineKind {
    return KINDS[this.kinds[index]];
  }

  name(index: number): string {
    return this.names[index];
  }

  /** "2 open brackets · ad ref", "ad ref", "1 open bracket" or "". */
  detail(index: number): string {
    return detailOf(this.brackets[index], this.status(index));
  }

  start(index: number): number {
    return this.starts[index];
  }

  /** Where the item ends, its children included. */
  end(index: number): number {
    return this.ends[index];
  }

  selectionStart(index: number): number {
    return this.selectionStarts[index];
  }

  selectionEnd(index: number): number {
    return this.selectionEnds[index];
  }

  /** Brackets whose opener lies in the item's range, nested ones included. */
  openBrackets(index: number): number {
    return this.brackets[index];
  }

  status(index: number): ParagraphStatus | undefined {
    return statusOfCode(this.statuses[index]);
  }

  /** The item's first child, or -1. */
  firstChild(index: number): number {
    return this.firstChildren[index];
  }

  /** The next item under the same parent (or the next top-level item), or -1. */
  nextSibling(index: number): number {
    return this.nextSiblings[index];
  }

  /** Calls `visit` for every item, parents before their children, children in order, with the item's depth (0 at the top). */
  forEach(visit: (index: number, depth: number) => void): void {
    const walk = (first: number, depth: number) => {
      for (let index = first; index >= 0; index = this.nextSiblings[index]) {
        visit(index, depth);
        walk(this.firstChildren[index], depth + 1);
      }
    };
    walk(this.firstRoot, 0);
  }

  /** The outline as a tree of objects, made once, for features that are not on the typing path. */
  items(): ReadonlyArray<OutlineItem> {
    this.tree ??= this.itemsFrom(this.firstRoot);
    return this.tree;
  }

  private itemsFrom(first: number): OutlineItem[] {
    let length = 0;
    for (let index = first; index >= 0; index = this.nextSiblings[index]) length++;
    const items: OutlineItem[] = new Array(length);
    let at = 0;
    for (let index = first; index >= 0; index = this.nextSiblings[index]) items[at++] = this.itemAt(index);
    return items;
  }

  private itemAt(index: number): OutlineItem {
    const first = this.firstChildren[index];
    return {
      kind: this.kind(index),
      name: this.names[index],
      detail: this.detail(index),
      range: { start: this.starts[index], end: this.ends[index] },
      selectionRange: { start: this.selectionStarts[index], end: this.selectionEnds[index] },
      openBrackets: this.brackets[index],
      status: this.status(index),
      // Three items in four are leaves: they share the model's one frozen empty list.
      children: first >= 0 ? this.itemsFrom(first) : NO_ITEMS,
    };
  }
}

/** "3 open brackets" for counts up to this, made once: most items have a handful of brackets or none. */
const BRACKET_DETAILS: string[] = [];
const CACHED_COUNTS = 64;

function detailOf(count: number, status: ParagraphStatus | undefined): string {
  let brackets = '';
  if (count > 0) {
    if (count < CACHED_COUNTS) brackets = BRACKET_DETAILS[count] ??= `${count} open bracket${count === 1 ? '' : 's'}`;
    else brackets = `${count} open brackets`;
  }
  return status ? (brackets ? `${brackets} · ${status}` : status) : brackets;
}
