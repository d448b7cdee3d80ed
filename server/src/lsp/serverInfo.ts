// `negotext/serverInfo`: the server's process id and heap, so that tests can kill it or watch its memory.

import type { ServerInfoResult } from './protocol';

/** What the server says about its process; collects garbage first when started with `--expose-gc` (tests do). */
export function serverInfo(state: { readonly trusted: boolean; readonly documents: number }): ServerInfoResult {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  return { pid: process.pid, heapUsed: process.memoryUsage().heapUsed, collected: gc !== undefined, trusted: state.trusted, documents: state.documents };
}
