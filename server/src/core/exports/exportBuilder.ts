// Collects the deletions an export makes, then finishes a clean text: no comments or attributions, emptied paragraphs dropped, footnotes renumbered.

import type { DocumentModel, Range } from '../analysis/model';
import { excerpt } from '../features/messages';
import { mergeRanges } from '../reports/wordCount';
import { inlineDeletion } from './inlineDeletion';
import { firstEndingAfter, firstStartingFrom } from '../analysis/queries';

/** What an export changed that a drafter should know about, at an offset of the source text. */
export interface ExportNote {
  readonly kind: 'placeholder' | 'optionSetDropped' | 'paragraphDropped' | 'unclosedBracket' | 'strayCloser' | 'footnoteDropped' | 'footnoteUndefined';
  readonly offset: number;
  readonly message: string;
}

/** A clean text and what was done to get it. */
export interface ExportResult {
  readonly text: string;
  readonly notes: ReadonlyArray<ExportNote>;
}

/** A replacement of a small range, such as a footnote label. */
interface Replacement extends Range {
  readonly newText: string;
}

/**
 * One export in progress. The caller deletes the constructs it decides on (brackets, option sets, paragraphs), in
 * offsets of the source; `finish` adds what every clean text shares and applies it all at once, so that decisions
 * about nested constructs never have to know about each other: a deletion inside a larger one is simply absorbed.
 */
export class ExportBuilder {
  private readonly deletions: Range[] = [];
  private readonly notes: ExportNote[] = [];
  private readonly labelOfBlock = new Map<number, Range>();
  private readonly markerOfBlock = new Map<number, Range>();
  private readonly blockAt: ReadonlyMap<number, number>;

  constructor(private readonly model: DocumentModel) {
    for (const paragraph of model.paragraphs) if (paragraph.label) this.labelOfBlock.set(paragraph.block, paragraph.label);
    this.blockAt = new Map(model.blocks.toArray().map((block, index) => [block.start, index]));
    for (const definition of model.footnoteDefinitions) this.markerOfBlock.set(this.blockAt.get(definition.start) ?? -1, definition.marker);
  }

  /** Deletes a range as it is. */
  delete(range: Range): void {
    if (range.end > range.start) this.deletions.push({ start: range.start, end: range.end });
  }

  /** Deletes an inline construct with one space beside it. */
  deleteInline(range: Range): void {
    this.delete(inlineDeletion(this.model.text, range));
  }

  /** Records a note for the drafter. */
  note(kind: ExportNote['kind'], offset: number, message: string): void {
    this.notes.push({ kind, offset, message });
  }

  /** Applies every deletion, drops emptied blocks, renumbers footnotes and returns the text with its notes. */
  finish(): ExportResult {
    const { model } = this;
    const { text } = model;
    for (const comment of model.comments) this.deleteInline(comment);
    for (const annotation of model.annotations) {
      if (annotation.kind === 'paragraph' || annotation.kind === 'footnote' || (annotation.kind === 'placeholder' && annotation.misplaced)) this.deleteInline(annotation);
      else if (annotation.kind === 'attribution' && annotation.target < 0) this.delete(annotation);
    }
    for (const stray of model.strayClosers) {
      this.delete(stray);
      this.note('strayCloser', stray.start, 'A "]" that closes no bracket was removed.');
    }
    for (const slash of model.danglingSlashes) this.delete(slash);

    let merged = mergeRanges(this.deletions);
    for (let index = 0; index < model.blocks.length; index++) {
      if (!this.hasContentLeft(index, merged)) this.deletions.push(this.blockDeletion(index));
    }
    merged = mergeRanges(this.deletions);
    const deleted = (range: Range) => isCovered(merged, range);

    for (const annotation of model.annotations) {
      if (annotation.kind === 'placeholder' && annotation.closed && !annotation.misplaced && !deleted(annotation)) {
        this.note('placeholder', annotation.start, `Placeholder left to fill: ${excerpt(text.slice(annotation.start, annotation.end), 60)}.`);
      }
    }
    const replacements = this.renumberFootnotes(deleted);
    merged = mergeRanges(this.deletions);
    let result = apply(text, merged, replacements);
    // Dropping the last paragraphs may leave the blank lines that stood before them; the text ends as it did.
    if (/\n$/.test(text) && merged.length > 0 && merged[merged.length - 1].end >= text.length) result = `${result.replace(/\s+$/, '')}\n`;
    return { text: result, notes: this.notes.sort((a, b) => a.offset - b.offset) };
  }

  /**
   * Footnotes keep their text and are numbered 1..n in the order of their first remaining reference. A definition
   * whose references all went with deleted text goes too (it was a caveat on that text), and so do the references
   * of a definition that was emptied.
   */
  private renumberFootnotes(deleted: (range: Range) => boolean): Replacement[] {
    const { model } = this;
    const liveDefinition = new Map<string, number>();
    const definedLabels = new Set<string>();
    model.footnoteDefinitions.forEach((definition, index) => {
      definedLabels.add(definition.label);
      if (!deleted(definition.marker) && !liveDefinition.has(definition.label)) liveDefinition.set(definition.label, index);
    });
    const numbers = new Map<string, number>();
    const replacements: Replacement[] = [];
    for (const reference of model.footnoteReferences) {
      if (deleted(reference)) continue;
      if (!liveDefinition.has(reference.label) && definedLabels.has(reference.label)) {
        this.delete(reference);
        continue;
      }
      if (!numbers.has(reference.label)) {
        numbers.set(reference.label, numbers.size + 1);
        if (!definedLabels.has(reference.label)) this.note('footnoteUndefined', reference.start, `Footnote "[^${reference.label}]" has no definition; it is numbered ${numbers.size} all the same.`);
      }
      replacements.push({ ...reference.labelRange, newText: String(numbers.get(reference.label)) });
    }
    model.footnoteDefinitions.forEach((definition, index) => {
      if (deleted(definition.marker)) return;
      const number = numbers.get(definition.label);
      if (number === undefined || liveDefinition.get(definition.label) !== index) {
        const block = this.blockAt.get(definition.start);
        if (block !== undefined) this.deletions.push(this.blockDeletion(block));
        this.note('footnoteDropped', definition.start, `Footnote "[^${definition.label}]" was dropped: ${number === undefined ? 'no remaining text refers to it' : 'it is defined twice'}.`);
        return;
      }
      replacements.push({ ...definition.labelRange, newText: String(number) });
    });
    return replacements;
  }

  /** Whether a block keeps any words or placeholders once the deletions are made (its label and markers aside). */
  private hasContentLeft(blockIndex: number, merged: ReadonlyArray<Range>): boolean {
    const { model } = this;
    const block = model.blocks.at(blockIndex);
    const own = [this.labelOfBlock.get(blockIndex), this.markerOfBlock.get(blockIndex)].filter((r): r is Range => r !== undefined);
    let left = '';
    let from = block.start;
    for (const range of mergeRanges([...overlapping(merged, block), ...own])) {
      if (range.end <= from || range.start >= block.end) continue;
      if (range.start > from) left += model.text.slice(from, range.start);
      from = Math.max(from, range.end);
    }
    if (from < block.end) left += model.text.slice(from, block.end);
    if (block.kind === 'heading') left = left.replace(/^[ \t]*#+/, '');
    left = left.replace(/\[\^[^\]\s[^]+\]/g, '');
    return /[\p{L}\p{N}{]/u.test(left);
  }

  /** A whole block with the blank lines after it, so that dropping a paragraph does not widen the gap it leaves. */
  private blockDeletion(blockIndex: number): Range {
    const { model } = this;
    const block = model.blocks.at(blockIndex);
    const end = blockIndex + 1 < model.blocks.length ? model.blocks.start(blockIndex + 1) : model.text.length;
    return { start: block.start, end: model.text.slice(block.end, end).trim() === '' ? end : block.end };
  }
}

/** The merged ranges that overlap `block` (found by binary search, so that checking every block stays linear). */
function overlapping(merged: ReadonlyArray<Range>, block: Range): Range[] {
  const found: Range[] = [];
  for (let i = firstEndingAfter(merged, block.start); i < merged.length && merged[i].start < block.end; i++) found.push(merged[i]);
  return found;
}

/** Whether `range` lies entirely inside one of the sorted, merged ranges. */
function isCovered(merged: ReadonlyArray<Range>, range: Range): boolean {
  // The last merged range starting at or before `range` (offsets are whole numbers).
  const candidate = merged[firstStartingFrom(merged, range.start + 1) - 1];
  return candidate !== undefined && candidate.start <= range.start && range.end <= candidate.end;
}

function apply(text: string, merged: ReadonlyArray<Range>, replacements: ReadonlyArray<Replacement>): string {
  const edits: Replacement[] = [...merged.map((r) => ({ ...r, newText: '' })), ...replacements.filter((r) => !isCovered(merged, r))];
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let result = '';
  let from = 0;
  for (const edit of edits) {
    if (edit.start < from) continue;
    result += text.slice(from, edit.start) + edit.newText;
    from = edit.end;
  }
  return result + text.slice(from);
}
