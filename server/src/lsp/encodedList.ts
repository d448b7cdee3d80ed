// A list whose elements' JSON is already made (kept from the version before), written as it is on the stdio transport.

/**
 * A list of values given as their JSON texts. The kept buffer of the stdio transport (`ReusedJsonBuffer`) writes the
 * texts as they are, so an element the server has sent before costs no stringifying again; any other transport
 * stringifies `toJSON()`, the values parsed back, which gives the same text (the texts come from `JSON.stringify`).
 */
export class EncodedList {
  constructor(readonly elements: ReadonlyArray<string>) {}

  toJSON(): unknown[] {
    return this.elements.map((element) => JSON.parse(element) as unknown);
  }
}
