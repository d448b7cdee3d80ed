// The document model as `analyze` returns it: plain fields, and the prose ranges made into objects when first read.

import type { DocumentModel, Range } from './model';
import type { ProseRanges } from './proseRanges';

/** Every field of the model but the prose, which `AnalysedModel` makes on demand. */
export type ModelFields = Omit<DocumentModel, 'prose'>;

/**
 * A class rather than an object literal with a `get prose()`: a literal's getter is a new function at every
 * analysis, and V8 kept every such model in dictionary mode (slow properties, a hash look-up for each `model.x`);
 * optimised code that read models then deoptimised at every analysis in some processes. The getter of a class is
 * one function on the prototype, and the fields, set in one order, give every model one fast shape.
 */
export class AnalysedModel implements DocumentModel {
  readonly text!: string;
  readonly syntaxProblems!: DocumentModel['syntaxProblems'];
  readonly frontMatter!: DocumentModel['frontMatter'];
  readonly language!: string;
  readonly blocks!: DocumentModel['blocks'];
  readonly headings!: DocumentModel['headings'];
  readonly paragraphs!: DocumentModel['paragraphs'];
  readonly brackets!: DocumentModel['brackets'];
  readonly strayClosers!: DocumentModel['strayClosers'];
  readonly danglingSlashes!: DocumentModel['danglingSlashes'];
  readonly alternativeSets!: DocumentModel['alternativeSets'];
  readonly optionSets!: DocumentModel['optionSets'];
  readonly annotations!: DocumentModel['annotations'];
  readonly footnoteReferences!: DocumentModel['footnoteReferences'];
  readonly footnoteDefinitions!: DocumentModel['footnoteDefinitions'];
  readonly comments!: DocumentModel['comments'];
  readonly escapes!: DocumentModel['escapes'];
  readonly terms!: DocumentModel['terms'];

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
}
