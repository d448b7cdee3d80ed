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
  return item.code ?? `?${item.text.toLowerCase().replace(/\s+/g, ' ')}`;
}

/** The attribution item under `offset` (either edge included), in any annotation, or undefined. */
export function delegationAt(model: DocumentModel, offset: number): DelegationAtCursor | undefined {
  for (const annotation of model.annotations) {
    if (annotation.start > offset) break;
    if (annotation.end < offset) continue;
    for (const clause of annotation.clauses) {
      const item = clause.items.find((i) => i.start <= offset && offset <= i.end);
      if (item) return { key: delegationKey(item), item };
    }
  }
  return undefined;
}

/** Every attribution item in the document that names the delegation with `key`, in document order. */
export function delegationMentions(model: DocumentModel, key: string): AttributionItem[] {
  const mentions: AttributionItem[] = [];
  for (const annotation of model.annotations) {
    for (const clause of annotation.clauses) for (const item of clause.items) if (delegationKey(item) === key) mentions.push(item);
  }
  return mentions;
}
