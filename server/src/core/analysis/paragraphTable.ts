// The document's paragraphs as columns: a typed array per field, and the labels, not an object per paragraph.

import { enlarged } from '../text/typedArrays';
import type { Label, Paragraph, ParagraphStatus } from './model';

/** Statuses by code; 0 is none. */
const STATUSES: ReadonlyArray<ParagraphStatus | undefined> = [undefined, 'agreed', 'ad ref', 'pending'];

/** A paragraph status as a small number for a typed-array column (0 for none); `statusOfCode` reads it back. */
export function statusCode(status: ParagraphStatus | undefined): number {
  return status === undefined ? 0 : STATUSES.indexOf(status);
}

export function statusOfCode(code: number): ParagraphStatus | undefined {
  return STATUSES[code];
}

/**
 * Paragraphs in document order. A 10 MB draft has 70,000, and an object kept for each cost more than its size says:
 * every object an analysis keeps is copied by the collector, and without them a full analysis took 7–10% less time
 * at 1 MB and at 10 MB. The paths an edit runs (findings, outline, folding, option sets) read the columns by
 * index; `at` and `toArray` make objects for the features that want them.
 */
export class ParagraphTable {
  private starts: Int32Array;
  private ends: Int32Array;
  private blocks: Int32Array;
  private sections: Int32Array;
  private parents: Int32Array;
  private optionSets: Int32Array;
  /** The paragraph annotation's index, or -1. */
  private annotations: Int32Array;
  private statuses: Uint8Array;
  private labels: Array<Label | undefined>;
  private count = 0;

  /** `capacity`: how many paragraphs are expected (the tree's paragraph blocks are enough: the table never grows then). */
  constructor(capacity = 16) {
    const size = Math.max(1, capacity);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.blocks = new Int32Array(size);
    this.sections = new Int32Array(size);
    this.parents = new Int32Array(size);
    this.optionSets = new Int32Array(size);
    this.annotations = new Int32Array(size);
    this.statuses = new Uint8Array(size);
    this.labels = new Array<Label | undefined>(size);
  }

  get length(): number {
    return this.count;
  }

  /** Appends a paragraph with no annotation, status or option set (analysis only); returns its index. */
  add(start: number, end: number, block: number, label: Label | undefined, section: number, parent: number): number {
    if (this.count === this.starts.length) this.grow(this.count * 2);
    const index = this.count++;
    this.starts[index] = start;
    this.ends[index] = end;
    this.blocks[index] = block;
    this.sections[index] = section;
    this.parents[index] = parent;
    this.optionSets[index] = -1;
    this.annotations[index] = -1;
    this.statuses[index] = 0;
    this.labels[index] = label;
    return index;
  }

  /** Gives paragraph `index` its annotation and the status it says (analysis only). */
  setAnnotation(index: number, annotation: number, status: ParagraphStatus | undefined): void {
    this.annotations[index] = annotation;
    this.statuses[index] = statusCode(status);
  }

  /** Puts paragraph `index` in option set `set` (analysis only). */
  setOptionSet(index: number, set: number): void {
    this.optionSets[index] = set;
  }

  /** Drops the spare room (analysis only, once the walk is done). */
  trim(): void {
    if (this.count < this.starts.length) this.grow(this.count);
  }

  private grow(capacity: number): void {
    const resize = <T extends Int32Array | Uint8Array>(column: T): T => (capacity < column.length ? (column.slice(0, capacity) as T) : enlarged(column, capacity));
    this.starts = resize(this.starts);
    this.ends = resize(this.ends);
    this.blocks = resize(this.blocks);
    this.sections = resize(this.sections);
    this.parents = resize(this.parents);
    this.optionSets = resize(this.optionSets);
    this.annotations = resize(this.annotations);
    this.statuses = resize(this.statuses);
    this.labels.length = capacity;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.ends[index];
  }

  /** Index of the paragraph's block (see `BlockTable`). */
  block(index: number): number {
    return this.blocks[index];
  }

  label(index: number): Label | undefined {
    return this.labels[index];
  }

  /** Index of the paragraph annotation (`OP4. {ad ref}`), or undefined. */
  annotation(index: number): number | undefined {
    const annotation = this.annotations[index];
    return annotation < 0 ? undefined : annotation;
  }

  status(index: number): ParagraphStatus | undefined {
    return STATUSES[this.statuses[index]];
  }

  /** Index of the heading whose section holds the paragraph, or -1. */
  section(index: number): number {
    return this.sections[index];
  }

  /** Index of the enclosing labelled paragraph, or -1. */
  parent(index: number): number {
    return this.parents[index];
  }

  /** Index of the option set the paragraph belongs to, or -1. */
  optionSet(index: number): number {
    return this.optionSets[index];
  }

  /** Paragraph `index` as an object (a new one at each call). */
  at(index: number): Paragraph {
    return {
      start: this.starts[index],
      end: this.ends[index],
      block: this.blocks[index],
      label: this.labels[index],
      annotation: this.annotation(index),
      status: this.status(index),
      section: this.sections[index],
      parent: this.parents[index],
      optionSet: this.optionSets[index],
    };
  }

  /** Every paragraph as an object, for features that are not on the typing path. */
  toArray(): Paragraph[] {
    const paragraphs: Paragraph[] = new Array(this.count);
    for (let index = 0; index < this.count; index++) paragraphs[index] = this.at(index);
    return paragraphs;
  }

  /** The index of the first paragraph that contains `offset` (its end included, so a cursor right after `]` counts), or -1. */
  indexAt(offset: number): number {
    for (let index = 0; index < this.count; index++) if (this.starts[index] <= offset && offset <= this.ends[index]) return index;
    return -1;
  }
}

/** What features see of the table: everything but the building. */
export type ReadonlyParagraphTable = Omit<ParagraphTable, 'add' | 'setAnnotation' | 'setOptionSet' | 'trim'>;
