// The heap in use after full collections, for tests that check what a structure keeps alive.

import * as assert from 'assert';

/** V8's heap in use, in bytes, after two full collections (mocha runs with --expose-gc, see .mocharc.json). */
export function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  assert.ok(gc, 'mocha runs with --expose-gc (.mocharc.json)');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}
