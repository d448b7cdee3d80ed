// Symbols a workspace search lists for one document: headings and labelled paragraphs, with the section they stand in.

import type { DocumentModel, Range } from '../analysis/model';
import { holdsInOrder } from '../text/inOrder';
import { outlineOf } from './outlineOf';

/** One searchable symbol; `container` names the heading it stands under. */
export interface SymbolEntry {
  readonly name: string;
  readonly kind: 'heading' | 'paragraph';
  readonly range: Range;
  readonly selectionRange: Range;
  readonly container?: string;
}

/** The headings and labelled paragraphs of a document, flattened in document order (options are left to the outline). */
export function symbolEntries(model: DocumentModel): SymbolEntry[] {
  const entries: SymbolEntry[] = [];
  const outline = outlineOf(model);
  const visit = (first: number, container: string | undefined) => {
    for (let item = first; item >= 0; item = outline.nextSibling(item)) {
      const kind = outline.kind(item);
      const name = outline.name(item);
      if (kind === 'heading' || kind === 'paragraph') {
        const range = { start: outline.start(item), end: outline.end(item) };
        const selectionRange = { start: outline.selectionStart(item), end: outline.selectionEnd(item) };
        entries.push({ name, kind, range, selectionRange, container });
      }
      visit(outline.firstChild(item), kind === 'heading' ? name : container);
    }
  };
  visit(outline.firstRoot, undefined);
  return entries;
}

/**
 * Whether symbol names match a workspace-symbol query: the query's characters appear in order, ignoring case and
 * spaces, so `op3` finds `OP3 Decides` and `art2` finds `Article 2`; an empty query matches everything. The query is
 * read once for all the names (a workspace of 500 drafts has some 180,000 symbols, and each keystroke in the
 * editor's symbol search is a new query).
 */
export function symbolQueryMatcher(query: string): (name: string) => boolean {
  const wanted = [...query.toLowerCase().replace(/\s+/g, '')];
  if (wanted.length === 0) return () => true;
  return (name) => holdsInOrder(name.toLowerCase(), wanted);
}
