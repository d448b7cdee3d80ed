// Encodes outgoing JSON-RPC messages for a stream transport: answers that write their own JSON go straight to bytes.

import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';
import { jsonBytesOf, writesJson, type JsonBytes } from './jsonBytes';

/**
 * The `application/json` encoder of the stdio transport. Most messages are small and take the native path
 * (`JSON.stringify`, then UTF-8). A response whose result writes its own JSON (the document symbols of a long draft)
 * is written as bytes, so the 40 MB of JSON text a 10 MB draft's symbols come to is never made.
 */
export const messageEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message): Promise<Uint8Array> {
    try {
      const result = (message as { result?: unknown }).result;
      if (!writesJson(result)) return Promise.resolve(Buffer.from(JSON.stringify(message), 'utf8'));
      return Promise.resolve(jsonBytesOf((out) => writeResponse(out, message, result.writeJson.bind(result))));
    } catch (error) {
      return Promise.reject(error);
    }
  },
};

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
