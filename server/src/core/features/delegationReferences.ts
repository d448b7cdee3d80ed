// Which delegation an attribution item names, and every mention of it in a document's annotations.

import type { AttributionItem, DocumentModel } from '../analysis/model';

/** A delegation under the cursor: `key` compares mentions across documents (the code, else the spelling). */
export interface DelegationAtCursor {
  readonly key: string;
  readonly item: AttributionItem;
}

/**
 * The comparison key of an item: the registry's canonical code when it resolved (so `US`, `USA` and
 * `United States` are one delegation), else the spelling in lower case with spaces collapsed.
 */
export function delegationKey(item: AttributionItem): string {
  return keyOf(item.code, item.text);
}

function keyOf(code: string | undefined, text: string): string {
  return code ?? `?${text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** The attribution item under `offset` (either edge included), in any annotation, or undefined. */
export function delegationAt(model: DocumentModel, offset: number): DelegationAtCursor | undefined {
  for (const annotation of model.annotations) {
    if (annotation.start > offset) break;
    if (annotation.end < offset) continue;
    const clauses = model.clauseTable;
    for (let c = annotation.firstClause; c < annotation.clauseEnd; c++) {
      for (let i = clauses.firstItem(c); i < clauses.itemsEnd(c); i++) {
        if (clauses.itemStart(i) > offset || offset > clauses.itemEnd(i)) continue;
        const item = clauses.item(i);
        return { key: delegationKey(item), item };
      }
    }
  }
  return undefined;
}

/** Every attribution item in the document that names the delegation with `key`, in document order. */
export function delegationMentions(model: DocumentModel, key: string): AttributionItem[] {
  const mentions: AttributionItem[] = [];
  const clauses = model.clauseTable;
  for (let i = 0; i < clauses.itemCount; i++) if (keyOf(clauses.itemCode(i), clauses.itemText(i)) === key) mentions.push(clauses.item(i));
  return mentions;
}

/** Calls `visit` with the key and range of every attribution item in the document, in document order. */
export function forEachDelegationMention(model: DocumentModel, visit: (key: string, start: number, end: number) => void): void {
  const clauses = model.clauseTable;
  for (let i = 0; i < clauses.itemCount; i++) visit(keyOf(clauses.itemCode(i), clauses.itemText(i)), clauses.itemStart(i), clauses.itemEnd(i));
}
