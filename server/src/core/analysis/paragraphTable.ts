// The document's paragraphs as columns: a typed array per field, the labels' fields too, not an object per paragraph.

import { enlarged } from '../text/typedArrays';
import type { Label, Paragraph, ParagraphStatus } from './model';

/** Label sequences by code; 0 is no label. */
const SEQUENCES: ReadonlyArray<Label['sequence'] | undefined> = [undefined, 'preambular', 'operative', 'number', 'letter', 'roman', 'option'];

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
 * at 1 MB and at 10 MB. The labels are columns too. The paths an edit runs (findings, outline, folding, option sets)
 * read the columns by index; `at`, `toArray` and `label` make objects for the features that want them.
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
  /**
   * The labels, a column per field (a code of `SEQUENCES`, 0 for an unlabelled paragraph): a 10 MB draft has 70,000,
   * and as objects they were the largest kind an analysis kept (6 MB), each read again by the passes that group
   * options, check numbering and name the outline, at a cache miss apiece on a long draft.
   */
  private labelSequences: Uint8Array;
  private labelLevels: Uint8Array;
  private labelOrdinals: Int32Array;
  private labelStarts: Int32Array;
  private labelEnds: Int32Array;
  private labelKeys: Array<string | undefined>;
  private labelTexts: Array<string | undefined>;
  /** 1 for a label with an insertion suffix (`3 bis`), which `labelSuffixes` holds: few labels have one. */
  private labelInsertions: Uint8Array;
  private readonly labelSuffixes = new Map<number, string>();
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
    this.labelSequences = new Uint8Array(size);
    this.labelLevels = new Uint8Array(size);
    this.labelInsertions = new Uint8Array(size);
    this.labelOrdinals = new Int32Array(size);
    this.labelStarts = new Int32Array(size);
    this.labelEnds = new Int32Array(size);
    this.labelKeys = new Array<string | undefined>(size);
    this.labelTexts = new Array<string | undefined>(size);
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
    if (label) {
      this.labelSequences[index] = SEQUENCES.indexOf(label.sequence);
      this.labelLevels[index] = label.level;
      this.labelOrdinals[index] = label.ordinal;
      this.labelStarts[index] = label.start;
      this.labelEnds[index] = label.end;
      this.labelKeys[index] = label.key;
      this.labelTexts[index] = label.text;
      this.labelInsertions[index] = label.suffix === undefined ? 0 : 1;
      if (label.suffix !== undefined) this.labelSuffixes.set(index, label.suffix);
    } else {
      this.labelSequences[index] = 0;
      this.labelInsertions[index] = 0;
    }
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

  /**
   * Drops the spare room when it is more than a quarter of the columns (analysis only, once the walk is done). Made at
   * the count of paragraph blocks, the table is short only by the paragraphs of comments alone: copying its sixteen
   * columns for those few rows cost more than the rows (2.8 MB copied for 268 rows on a 10 MB draft).
   */
  trim(): void {
    if (4 * Math.max(1, this.count) < 3 * this.starts.length) this.grow(this.count);
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
    this.labelSequences = resize(this.labelSequences);
    this.labelLevels = resize(this.labelLevels);
    this.labelInsertions = resize(this.labelInsertions);
    this.labelOrdinals = resize(this.labelOrdinals);
    this.labelStarts = resize(this.labelStarts);
    this.labelEnds = resize(this.labelEnds);
    this.labelKeys.length = capacity;
    this.labelTexts.length = capacity;
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

  /** Paragraph `index`'s label as an object (a new one at each call), or undefined; the paths an edit runs read the columns below. */
  label(index: number): Label | undefined {
    const sequence = SEQUENCES[this.labelSequences[index]];
    if (sequence === undefined) return undefined;
    return {
      sequence,
      level: this.labelLevels[index],
      ordinal: this.labelOrdinals[index],
      suffix: this.labelSuffix(index),
      key: this.labelKeys[index]!,
      text: this.labelTexts[index]!,
      start: this.labelStarts[index],
      end: this.labelEnds[index],
    };
  }

  hasLabel(index: number): boolean {
    return this.labelSequences[index] !== 0;
  }

  /** The label's sequence, or undefined for an unlabelled paragraph; the fields below are the label's, of a labelled one. */
  labelSequence(index: number): Label['sequence'] | undefined {
    return SEQUENCES[this.labelSequences[index]];
  }

  /** 0 for an unlabelled paragraph. */
  labelLevel(index: number): number {
    return this.labelLevels[index];
  }

  labelOrdinal(index: number): number {
    return this.labelOrdinals[index];
  }

  /** True when the label has an insertion suffix (`3 bis`), which `labelSuffix` gives. */
  isInsertion(index: number): boolean {
    return this.labelInsertions[index] === 1;
  }

  labelSuffix(index: number): string | undefined {
    return this.labelInsertions[index] === 1 ? this.labelSuffixes.get(index) : undefined;
  }

  labelKey(index: number): string {
    return this.labelKeys[index]!;
  }

  labelText(index: number): string {
    return this.labelTexts[index]!;
  }

  labelStart(index: number): number {
    return this.labelStarts[index];
  }

  labelEnd(index: number): number {
    return this.labelEnds[index];
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
      label: this.label(index),
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
