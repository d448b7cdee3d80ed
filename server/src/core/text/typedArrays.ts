// Growing the typed arrays that columnar data (tokens, blocks, match candidates) is kept in.

/** The typed arrays the core grows. */
export type GrowableArray = Uint8Array | Uint16Array | Int32Array | Uint32Array;

/** A copy of `array`, of the same kind, with room for `capacity` entries (at least its current length). */
export function enlarged<T extends GrowableArray>(array: T, capacity: number): T {
  const copy = new (array.constructor as new (length: number) => T)(Math.max(capacity, array.length));
  copy.set(array);
  return copy;
}
