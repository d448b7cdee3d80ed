// Pairs `[` and `]` over the whole document with one stack, choosing which opener lacks its closer from paragraph structure.

import { enlarged } from '../text/typedArrays';

const OPEN = 1;
const EDGE = 2;
const MAIN = 4;

/**
 * The delimiters `[` and `]` in document order, as analysis sees them, kept as columns: a document has thousands, and
 * they live from the walk to the pairing, long enough for the collector to copy an object per delimiter.
 */
export class BracketEvents {
  private flags: Uint8Array;
  private starts: Int32Array;
  private ends: Int32Array;
  private blocks: Int32Array;
  length = 0;

  /**
   * Room for a delimiter per 128 characters of `textLength` (drafts have one per 25 to 200), so that a large text's
   * columns are made once or twice rather than doubled a dozen times from a small start.
   */
  constructor(textLength = 0) {
    const capacity = (textLength >> 7) + 64;
    this.flags = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.blocks = new Int32Array(capacity);
  }

  /**
   * `edge`: the delimiter stands at the edge of its block: an opener with nothing but indentation, a label, a
   * paragraph annotation or other openers before it; a closer with nothing but closers, attributions, footnote
   * references and punctuation after it. Brackets that legitimately span paragraphs open and close at edges.
   * `main`: the block is a heading or a paragraph with a level-1 label (`OP3.`, `12.`), not a sub-paragraph.
   */
  add(open: boolean, start: number, end: number, block: number, edge: boolean, main: boolean): void {
    if (this.length === this.starts.length) {
      const capacity = this.length * 2;
      this.flags = enlarged(this.flags, capacity);
      this.starts = enlarged(this.starts, capacity);
      this.ends = enlarged(this.ends, capacity);
      this.blocks = enlarged(this.blocks, capacity);
    }
    this.flags[this.length] = (open ? OPEN : 0) | (edge ? EDGE : 0) | (main ? MAIN : 0);
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.blocks[this.length] = block;
    this.length++;
  }

  isOpen(event: number): boolean {
    return (this.flags[event] & OPEN) !== 0;
  }

  isEdge(event: number): boolean {
    return (this.flags[event] & EDGE) !== 0;
  }

  isMain(event: number): boolean {
    return (this.flags[event] & MAIN) !== 0;
  }

  start(event: number): number {
    return this.starts[event];
  }

  end(event: number): number {
    return this.ends[event];
  }

  /** Index of the block (paragraph, heading, footnote) that holds the delimiter. */
  block(event: number): number {
    return this.blocks[event];
  }
}

/** The pairing: for each opener event its closer event index (or -1 when unclosed), and the stray closers. */
export interface Pairing {
  /** `closerOf[i]` is the index of the closer paired with opener event `i`, -1 if unclosed; unused for closers. */
  readonly closerOf: Int32Array;
  /** `parentOf[i]`: the event index of the enclosing opener of opener `i`, or -1. */
  readonly parentOf: Int32Array;
  /** Indexes of closer events that pair with nothing. */
  readonly strays: number[];
}

/**
 * Pairs the events in linear time. A plain stack blames the outermost opener when a `]` is missing,
 * which in real texts is usually a correct bracket around a whole article. Instead, when a closer from a later
 * block meets a mid-paragraph opener from an earlier block, and the rest of the document still has an opener to spare,
 * that mid-paragraph opener is the one that lacks its `]`. Likewise a mid-paragraph closer that would close a
 * block-edge opener from an earlier block is the stray one when a closer is to spare later. The spare counts come from
 * a first plain pass, so the number of errors never exceeds what a plain stack reports.
 */
export function pairBrackets(events: BracketEvents): Pairing {
  const n = events.length;
  const closerOf = new Int32Array(n).fill(-1);
  const parentOf = new Int32Array(n).fill(-1);
  const strays: number[] = [];

  // Plain pass: heights after each event and where a plain stack would find strays.
  const heights = new Int32Array(n);
  const plainStray = new Uint8Array(n);
  let height = 0;
  for (let i = 0; i < n; i++) {
    if (events.isOpen(i)) height++;
    else if (height > 0) height--;
    else plainStray[i] = 1;
    heights[i] = height;
  }
  // suffixMinHeight[i]: the lowest plain height from event i on; suffixStrays[i]: plain strays after event i.
  const suffixMinHeight = new Int32Array(n + 1);
  const suffixStrays = new Int32Array(n + 1);
  suffixMinHeight[n] = height;
  for (let i = n - 1; i >= 0; i--) {
    suffixMinHeight[i] = Math.min(heights[i], suffixMinHeight[i + 1]);
    suffixStrays[i] = suffixStrays[i + 1] + (i + 1 < n ? plainStray[i + 1] : 0);
  }

  const stack: number[] = [];
  let dropped = 0; // openers declared unclosed early
  let keptExtra = 0; // closers declared stray that a plain stack would have paired
  for (let i = 0; i < n; i++) {
    if (events.isOpen(i)) {
      parentOf[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
      stack.push(i);
      continue;
    }
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const crossesBlocks = events.block(top) !== events.block(i);
      const spare = !events.isEdge(top) && crossesBlocks && suffixMinHeight[i] >= dropped + 1;
      // Mid-paragraph to mid-paragraph across a numbered paragraph (`OP1. to [convene` ... `OP2. report] on`) is two
      // faults, not one bracket: real texts bracket whole paragraphs, or a chapeau down to its sub-paragraphs.
      const implausible = !events.isEdge(top) && !events.isEdge(i) && crossesBlocks && events.isMain(i);
      if (spare || implausible) {
        stack.pop(); // left unclosed
        dropped++;
      } else break;
    }
    if (stack.length === 0) {
      strays.push(i);
      continue;
    }
    const top = stack[stack.length - 1];
    if (!events.isEdge(i) && events.isEdge(top) && events.block(top) !== events.block(i) && suffixStrays[i] >= keptExtra + 1) {
      strays.push(i);
      keptExtra++;
      continue;
    }
    if (plainStray[i] && keptExtra > 0) keptExtra--;
    closerOf[stack.pop()!] = i;
  }
  return { closerOf, parentOf, strays };
}
