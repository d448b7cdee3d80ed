// The document's blocks (paragraphs, headings, footnote definitions) as columns: a typed array per field, not an object per block.

import { BLOCK_KIND_NAMES, Blk } from '../syntax/tree';
import { enlarged } from '../text/typedArrays';
import type { Block } from './model';

/**
 * Blocks in document order. A 10 MB draft has some 80,000 of them, and every model the editor keeps would otherwise
 * hold an object for each; features read the columns by index, and `at` makes an object for those that want one.
 */
export class BlockTable {
  private kinds: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private contentEnds: Int32Array;
  private count = 0;

  /** `capacity`: how many blocks are expected (the tree's block count is enough: the table never grows then). */
  constructor(capacity = 64) {
    const size = Math.max(1, capacity);
    this.kinds = new Uint8Array(size);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.contentEnds = new Int32Array(size);
  }

  get length(): number {
    return this.count;
  }

  /** Appends a block (analysis only); returns its index. */
  add(kind: Blk.Heading | Blk.Paragraph | Blk.FootnoteDefinition, start: number, end: number, contentEnd: number): number {
    if (this.count === this.starts.length) {
      const capacity = this.count * 2;
      this.kinds = enlarged(this.kinds, capacity);
      this.starts = enlarged(this.starts, capacity);
      this.ends = enlarged(this.ends, capacity);
      this.contentEnds = enlarged(this.contentEnds, capacity);
    }
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.contentEnds[this.count] = contentEnd;
    return this.count++;
  }

  /** Drops the spare room left by growing (analysis only, once the walk is done). */
  trim(): void {
    if (this.count === this.starts.length) return;
    this.kinds = this.kinds.slice(0, this.count);
    this.starts = this.starts.slice(0, this.count);
    this.ends = this.ends.slice(0, this.count);
    this.contentEnds = this.contentEnds.slice(0, this.count);
  }

  kind(index: number): Block['kind'] {
    return BLOCK_KIND_NAMES[this.kinds[index]] as Block['kind'];
  }

  isHeading(index: number): boolean {
    return this.kinds[index] === Blk.Heading;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.ends[index];
  }

  /** Where the content ends, before the trailing newline: the place a missing `]` is expected. */
  contentEnd(index: number): number {
    return this.contentEnds[index];
  }

  /** Block `index` as an object. */
  at(index: number): Block {
    return { kind: this.kind(index), start: this.starts[index], end: this.ends[index], contentEnd: this.contentEnds[index] };
  }

  /** Every block as an object, for features that walk them all and are not on the typing path. */
  toArray(): Block[] {
    const blocks: Block[] = new Array(this.count);
    for (let index = 0; index < this.count; index++) blocks[index] = this.at(index);
    return blocks;
  }

  /** The index of the first block that starts at or after `offset`, or the count. */
  firstStartingFrom(offset: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.starts[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** What features see of the table: everything but the building. */
export type ReadonlyBlockTable = Omit<BlockTable, 'add' | 'trim'>;
