// A list whose elements' JSON is already written as UTF-8 (kept from the version before), sent as those bytes on stdio.

/**
 * A list given as the UTF-8 bytes of its elements' JSON, joined by commas (no brackets). The kept buffer of the stdio
 * transport (`ReusedJsonBuffer`) copies the bytes as they are, so the elements the server has sent before cost no
 * stringifying again; any other transport stringifies `toJSON()`, the list parsed back, which gives the same text
 * (the bytes come from `JSON.stringify`). The bytes are only good until the owner writes the next version over them.
 */
export class EncodedList {
  constructor(readonly body: Uint8Array) {}

  toJSON(): unknown[] {
    return JSON.parse(`[${Buffer.from(this.body.buffer, this.body.byteOffset, this.body.byteLength).toString('utf8')}]`) as unknown[];
  }
}
