// The document model as `analyze` returns it: plain fields, and the prose ranges and paragraphs made into objects when first read.

import type { DocumentModel, Paragraph, Range } from './model';
import type { ProseRanges } from './proseRanges';

/** Every field of the model but the prose (as objects and as pairs) and the paragraph objects, which `AnalysedModel` gives on demand. */
export type ModelFields = Omit<DocumentModel, 'prose' | 'prosePairs' | 'paragraphs'>;

// The fields are the interface's (merged into the class below), not listed again: `Object.assign` sets them, always in
// the order `analyze` writes them, so every model gets the same shape.
export interface AnalysedModel extends ModelFields {}

/**
 * A class rather than an object literal with a `get prose()`: a literal's getter is a new function at every
 * analysis, and V8 kept every such model in dictionary mode (slow properties, a hash look-up for each `model.x`);
 * optimised code that read models then deoptimised at every analysis in some processes. The getter of a class is
 * one function on the prototype, and the fields, set in one order, give every model one fast shape.
 */
export class AnalysedModel implements DocumentModel {
  private paragraphObjects: ReadonlyArray<Paragraph> | undefined = undefined;

  constructor(
    fields: ModelFields,
    private readonly proseRanges: ProseRanges,
  ) {
    Object.assign(this, fields);
  }

  /** Made into objects only when read: the diagnostics path never does (see ProseRanges). */
  get prose(): ReadonlyArray<Range> {
    return this.proseRanges.toRanges();
  }

  /** The kept pairs themselves, no copy (see `ProseRanges.toFlat`). */
  get prosePairs(): Int32Array {
    return this.proseRanges.toFlat();
  }

  /** Made into objects once, when first read: the paths an edit runs read `paragraphTable` instead. */
  get paragraphs(): ReadonlyArray<Paragraph> {
    return (this.paragraphObjects ??= this.paragraphTable.toArray());
  }
}
