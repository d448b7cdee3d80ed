// Footnote navigation as offsets: the label at a cursor, its definition, its references, and renaming it everywhere.

import type { DocumentModel, FootnoteDefinition, Range } from '../analysis/model';
import type { TextEdit } from './edits';

/** The footnote under a cursor: in `see[^7]`, `label` is `7` and `labelRange` covers `7`; `range` covers `[^7]`. */
export interface FootnoteAtCursor {
  readonly label: string;
  readonly labelRange: Range;
  readonly range: Range;
  readonly role: 'reference' | 'definition';
}

/** The longest label the lexer accepts in `[^label]`. */
const MAX_LABEL = 64;

/** The footnote reference or definition marker that holds `offset` (either edge included), or undefined. */
export function footnoteAt(model: DocumentModel, offset: number): FootnoteAtCursor | undefined {
  const reference = model.footnoteReferences.find((r) => r.start <= offset && offset <= r.end);
  if (reference) return { label: reference.label, labelRange: reference.labelRange, range: { start: reference.start, end: reference.end }, role: 'reference' };
  const definition = model.footnoteDefinitions.find((d) => d.marker.start <= offset && offset <= d.marker.end);
  if (definition) return { label: definition.label, labelRange: definition.labelRange, range: definition.marker, role: 'definition' };
  return undefined;
}

/** The first definition of a label (a duplicate definition is itself a finding). */
export function footnoteDefinitionOf(model: DocumentModel, label: string): FootnoteDefinition | undefined {
  return model.footnoteDefinitions.find((d) => d.label === label);
}

/** Every place a label occurs: references (`[^7]`) and definition markers (`[^7]:`), in document order. */
export function footnoteOccurrences(model: DocumentModel, label: string): { readonly references: Range[]; readonly definitions: Range[] } {
  return {
    references: model.footnoteReferences.filter((r) => r.label === label).map((r) => ({ start: r.start, end: r.end })),
    definitions: model.footnoteDefinitions.filter((d) => d.label === label).map((d) => d.marker),
  };
}

/** The label range a rename at `offset` would change, or undefined when the cursor is on no footnote. */
export function prepareFootnoteRename(model: DocumentModel, offset: number): Range | undefined {
  return footnoteAt(model, offset)?.labelRange;
}

/**
 * The edits that rename the footnote at `offset` to `newLabel` in every reference and definition, or a reason why
 * not. `newLabel` may be written with its brackets (`[^8]`). Renaming onto a label already in use is refused, since it
 * would silently merge two footnotes.
 */
export function renameFootnote(model: DocumentModel, offset: number, newLabel: string): { readonly edits: TextEdit[] } | { readonly error: string } {
  const footnote = footnoteAt(model, offset);
  if (!footnote) return { error: 'There is no footnote here to rename.' };
  const label = newLabel.trim().replace(/^\[\^/, '').replace(/\]:?$/, '');
  if (label === '') return { error: 'A footnote label cannot be empty.' };
  if (label.length > MAX_LABEL) return { error: `A footnote label has at most ${MAX_LABEL} characters.` };
  if (/[\s[\]^]/.test(label)) return { error: 'A footnote label cannot contain spaces, "[", "]" or "^".' };
  if (label === footnote.label) return { edits: [] };
  const taken = model.footnoteReferences.some((r) => r.label === label) || model.footnoteDefinitions.some((d) => d.label === label);
  if (taken) return { error: `Footnote [^${label}] already exists; renaming onto it would merge two footnotes.` };
  const edits: TextEdit[] = [];
  for (const reference of model.footnoteReferences) if (reference.label === footnote.label) edits.push({ ...reference.labelRange, newText: label });
  for (const definition of model.footnoteDefinitions) if (definition.label === footnote.label) edits.push({ ...definition.labelRange, newText: label });
  return { edits: edits.sort((a, b) => a.start - b.start) };
}
