// The term occurrences of a document as columns: where each one is and which form found it; its text and object made when asked.

import { enlarged } from '../text/typedArrays';
import type { Replacements } from './replacements';
import { occurrenceOf, type Pattern } from './termPatterns';
import type { LexiconEntry, LexiconLanguage, TermForm, TermOccurrence } from './types';

/**
 * A long draft has a term every few lines (7,000 in the benchmark's 1 MB draft). As an object each, with its text
 * cut, they took a tenth of the matching time and were copied by every collection for as long as the analysis was
 * kept; here an occurrence is two offsets and the form that found it, and what it says (its entry, text, quick fix)
 * is read from those when asked. Occurrences are added by start and never overlap.
 */
export class TermTable {
  private starts: Int32Array;
  private ends: Int32Array;
  private readonly forms: Pattern[] = [];
  private count = 0;

  /** The occurrences of `text`, found in `language`, whose quick fixes `replacements` gives. */
  constructor(
    private readonly text: string,
    private readonly language: LexiconLanguage,
    private readonly replacements: Replacements,
    capacity = 16,
  ) {
    this.starts = new Int32Array(Math.max(capacity, 1));
    this.ends = new Int32Array(Math.max(capacity, 1));
  }

  /** Occurrences held. */
  get length(): number {
    return this.count;
  }

  /** A table for `text`, from the same matcher (language and quick fixes), with no occurrences yet. */
  emptyFor(text: string, capacity: number): TermTable {
    return new TermTable(text, this.language, this.replacements, capacity);
  }

  /**
   * Appends an occurrence of `pattern` over `start`..`end`, after every occurrence added before; `pattern` is the form
   * the text spells, among those that fold alike (see `formSpelledAt`).
   */
  add(start: number, end: number, pattern: Pattern): void {
    if (this.count === this.starts.length) {
      this.starts = enlarged(this.starts, this.count * 2);
      this.ends = enlarged(this.ends, this.count * 2);
    }
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.forms[this.count] = pattern;
    this.count++;
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.ends[index];
  }

  /** The form that found the occurrence, as the matcher knows it (another table's `add` takes it). */
  pattern(index: number): Pattern {
    return this.forms[index];
  }

  entry(index: number): LexiconEntry {
    return this.forms[index].entry;
  }

  form(index: number): TermForm {
    return this.forms[index].form;
  }

  /** The occurrence as an object, made now (hover, a quick fix, a finding, a report). */
  occurrence(index: number): TermOccurrence {
    return occurrenceOf(this.text, this.starts[index], this.ends[index], this.forms[index], this.replacements, this.language);
  }

  /** Every occurrence as an object, by start. */
  toArray(): TermOccurrence[] {
    const occurrences: TermOccurrence[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) occurrences[i] = this.occurrence(i);
    return occurrences;
  }

  /** The first occurrence that ends after `offset` (`length` when none does). */
  firstEndingAfter(offset: number): number {
    let low = 0;
    let high = this.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ends[middle] <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The occurrence at `offset`, from its start to its end (the end included when `endIncluded`), or -1. */
  indexAt(offset: number, endIncluded: boolean): number {
    const index = this.firstEndingAfter(endIncluded ? offset - 1 : offset);
    return index < this.length && this.starts[index] <= offset ? index : -1;
  }
}

/** A table that is only read: the analysis's terms. */
export type ReadonlyTermTable = Omit<TermTable, 'add'>;

/** The terms of a document analysed without a lexicon. */
export const NO_TERMS: ReadonlyTermTable = new TermTable('', 'en', { agreed: new Map(), instead: new Map() }, 1);
