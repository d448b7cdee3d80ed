// The registry's caches outlive every draft: a spelling read from a draft must not keep the draft's text alive.

import * as assert from 'assert';
import { getHeapSpaceStatistics } from 'v8';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';

/** Bytes held in V8's space for large objects (a multi-megabyte text lives there), after a full collection. */
function largeObjectBytes(): number {
  (globalThis as { gc?: () => void }).gc!();
  return getHeapSpaceStatistics().find((space) => space.space_name === 'large_object_space')!.space_used_size;
}

describe('delegation registry caches', () => {
  it('keep no view into the draft a spelling came from (unknown names are looked up and suggested for)', () => {
    assert.ok((globalThis as { gc?: () => void }).gc, 'mocha runs with --expose-gc (.mocharc.json)');
    const registry = builtinRegistry();
    const before = largeObjectBytes();
    // Spellings of 13 characters or more: V8 would cut them from the text as views, not copies.
    (() => {
      const text = `${'Filler prose of a long draft. '.repeat(200_000)}\n\n[text]{proposed: Republic of Atlantisland; supported: Kingdom of Nowhereland, United Statess of America}\n`;
      const model = analyze(text, { delegations: registry });
      for (let i = 0; i < model.clauseTable.itemCount; i++) registry.suggest(model.clauseTable.itemText(i));
      assert.ok(largeObjectBytes() - before > 5_000_000, 'the text is alive while analysed');
    })();
    const kept = largeObjectBytes() - before;
    assert.ok(kept < 1_000_000, `${(kept / 1e6).toFixed(1)} MB still held after the draft is gone`);
  });
});
