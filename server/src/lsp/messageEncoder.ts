// Encodes outgoing JSON-RPC messages for a stream transport: answers that write their own JSON go straight to bytes.

import type { Message } from 'vscode-languageserver/node';
import { jsonBuffersOf, writesJson, type JsonBytes } from './jsonBytes';
import type { ReusedJsonBuffer } from './reusedJsonBuffer';

/**
 * A message's body as UTF-8, in the buffers the stdio writer sends one after the other. Most messages are small and
 * take the native path (`JSON.stringify`, then UTF-8). A response whose result writes its own JSON (the document
 * symbols of a long draft) is written as bytes, so the 40 MB of JSON text a 10 MB draft's symbols come to is never
 * made. With `reused`, the other messages are written into its kept buffer (see `ReusedJsonBuffer`), and the body is
 * only good until the next message. Throws what `JSON.stringify` or the result's writer throws.
 */
export function encodeMessage(message: Message, reused?: ReusedJsonBuffer): Buffer[] {
  const result = (message as { result?: unknown }).result;
  if (!writesJson(result)) return [reused ? reused.encode(message) : Buffer.from(JSON.stringify(message), 'utf8')];
  return jsonBuffersOf((out) => writeResponse(out, message, result.writeJson.bind(result)));
}

/** The response with its fields in the order `JSON.stringify` gives them, the result written by `writeResult`. */
function writeResponse(out: JsonBytes, message: Message, writeResult: (out: JsonBytes) => void): void {
  let first = true;
  out.raw('{');
  for (const [key, value] of Object.entries(message)) {
    if (value === undefined || typeof value === 'function') continue;
    out.raw(first ? '' : ',');
    first = false;
    out.string(key);
    out.raw(':');
    if (key === 'result') writeResult(out);
    else out.value(value);
  }
  out.raw('}');
}
