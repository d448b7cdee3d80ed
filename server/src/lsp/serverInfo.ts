// `negotext/serverInfo`: the server's process id, heap and typed arrays, so that tests can kill it or watch its memory.

import type { ServerInfoResult } from './protocol';

/** What the server says about its process; collects garbage first when started with `--expose-gc` (tests do). */
export function serverInfo(state: { readonly trusted: boolean; readonly documents: number }): ServerInfoResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  // Twice: a typed array's memory is freed a little after the collection that finds it dead.
  if (gc) {
    gc();
    gc();
  }
  const memory = process.memoryUsage();
  return { pid: process.pid, heapUsed: memory.heapUsed, arrayBuffers: memory.arrayBuffers, collected: gc !== undefined, trusted: state.trusted, documents: state.documents };
}
