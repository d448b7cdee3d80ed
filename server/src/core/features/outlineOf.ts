// The outline of a model, computed once per model: folding, selection, lenses and symbols all walk it.

import type { DocumentModel } from '../analysis/model';
import { computeOutline, type Outline } from './outline';

const outlines = new WeakMap<DocumentModel, Outline>();

/** `computeOutline(model)`, remembered for as long as the model lives (a model is immutable). */
export function outlineOf(model: DocumentModel): Outline {
  let outline = outlines.get(model);
  if (!outline) {
    outline = computeOutline(model);
    outlines.set(model, outline);
  }
  return outline;
}
