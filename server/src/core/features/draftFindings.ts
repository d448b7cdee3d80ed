// The findings of one document as they are made: kept up to the limit per id, and past it only counted.

import type { FindingId } from './catalogue';
import type { DraftFinding } from './findings';

/** At most this many findings of one id per document; the rest are counted in one more finding. */
export const MAX_FINDINGS_PER_ID = 1000;

/**
 * Drafts in the order they are made. Past `MAX_FINDINGS_PER_ID` of an id, a draft's message can never be shown, so
 * makers of many findings ask `wants(id)` first and only `count(id)` the ones nobody will read: a 10 MB draft has
 * 20,000 open brackets, and wording each costs more than finding it.
 */
export class DraftFindings {
  readonly kept: DraftFinding[] = [];
  private readonly counts = new Map<FindingId, number>();

  /** True while findings of `id` are still kept (the limit is not reached). */
  wants(id: FindingId): boolean {
    return (this.counts.get(id) ?? 0) < MAX_FINDINGS_PER_ID;
  }

  push(draft: DraftFinding): void {
    const count = (this.counts.get(draft.id) ?? 0) + 1;
    this.counts.set(draft.id, count);
    if (count <= MAX_FINDINGS_PER_ID) this.kept.push(draft);
  }

  /** Counts a finding of `id` that was not made because `wants(id)` said no. */
  count(id: FindingId): void {
    this.counts.set(id, (this.counts.get(id) ?? 0) + 1);
  }

  /** How many findings of each id were made or counted. */
  totals(): ReadonlyMap<FindingId, number> {
    return this.counts;
  }
}
