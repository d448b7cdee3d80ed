// Writes messages' JSON as UTF-8 into one buffer kept from message to message, the long lists element by element.

import { EncodedList } from './encodedList';

/** The size of the first buffer; it doubles as messages need. */
const FIRST_BYTES = 64 * 1024;
/** A buffer grown past this for one message is let go at the next: the server does not keep a huge one for good. */
const KEPT_BYTES = 16 * 1024 * 1024;
/** Objects this deep or deeper are stringified whole: the message (0) and its `params` or `result` (1) key by key. */
const OBJECT_DEPTH = 2;
/**
 * Lists longer than this (a document's diagnostics, completion items) are stringified this many elements at a time:
 * each batch a string small enough for the young generation (128 diagnostics are some 70 KB), in a tenth of the calls
 * an element at a time took (2.2 µs a diagnostic against 0.8 in one call).
 */
const BATCH = 128;

/**
 * Writes `JSON.stringify(value)`'s bytes into a buffer it keeps. `Buffer.from(JSON.stringify(message))` made, for
 * every keystroke's diagnostics of a 1 MB draft, a 1.4 MB string (two bytes a character as soon as one message holds
 * `’`) and a 0.7 MB buffer, both in fresh pages of memory, which cost 12-13 µs each on the benchmark machine: in a
 * profile of 120 edits, encoding took 10.5 ms an edit and the server 940 fresh pages; written here, 4.6 ms and 590
 * (`docs/architecture.md`, the server's transport). The long lists are stringified a batch of elements at a time,
 * each a string the young generation takes back at once, and written where the last one ended.
 *
 * The bytes are those of `JSON.stringify` for data (plain objects, arrays, strings, numbers, booleans, null, and
 * objects with `toJSON`, though it may be given another key than the property's name). What JSON cannot hold throws
 * as it does there.
 */
export class ReusedJsonBuffer {
  private buffer = Buffer.allocUnsafe(FIRST_BYTES);
  private used = 0;

  /**
   * The UTF-8 of `JSON.stringify(value)` as a view into the kept buffer: the caller must be done with it (the stream
   * has handed its bytes to the operating system) before the next call, which writes over it.
   */
  encode(value: unknown): Buffer {
    if (this.buffer.length > KEPT_BYTES) this.buffer = Buffer.allocUnsafe(FIRST_BYTES);
    this.used = 0;
    this.write(value, 0);
    return this.buffer.subarray(0, this.used);
  }

  /** Writes a value whose JSON is not undefined: in pieces when it is one of the large ones, else stringified. */
  private write(value: unknown, depth: number): void {
    if (inPieces(value, depth)) this.writePieces(value as object, depth);
    else this.put(JSON.stringify(value));
  }

  /** A list whose elements are JSON already: its bytes copied as they are, between brackets. */
  private writeEncoded(body: Uint8Array): void {
    this.put('[');
    this.reserve(body.length);
    this.buffer.set(body, this.used);
    this.used += body.length;
    this.put(']');
  }

  /** Writes a value that `inPieces` says is written in pieces: a list already encoded, a long list, or an object key by key. */
  private writePieces(value: object, depth: number): void {
    if (value instanceof EncodedList) this.writeEncoded(value.body);
    else if (Array.isArray(value)) this.writeArray(value);
    else this.writeObject(value, depth);
  }

  private writeArray(list: ReadonlyArray<unknown>): void {
    this.put('[');
    for (let start = 0; start < list.length; start += BATCH) {
      // A list's JSON, brackets left out: JSON writes `null` for what it cannot hold in a list, as in the whole one.
      const json = JSON.stringify(list.slice(start, start + BATCH));
      if (start > 0) this.put(',');
      this.put(json.substring(1, json.length - 1));
    }
    this.put(']');
  }

  private writeObject(object: object, depth: number): void {
    this.put('{');
    let first = true;
    for (const key of Object.keys(object)) {
      const value = (object as Record<string, unknown>)[key];
      const pieces = inPieces(value, depth + 1);
      const json = pieces ? '' : JSON.stringify(value);
      // JSON leaves out a key whose value it cannot hold (`undefined`, functions, symbols, a `toJSON` giving undefined).
      if (json === undefined) continue;
      this.put(`${first ? '' : ','}${JSON.stringify(key)}:${json}`);
      first = false;
      if (pieces) this.writePieces(value as object, depth + 1);
    }
    this.put('}');
  }

  /** Writes `text` (JSON) as UTF-8 after what is written (at most three bytes a UTF-16 unit). */
  private put(text: string): void {
    this.reserve(text.length * 3);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Makes room for `bytes` more bytes, growing the buffer (and copying what is written) when they do not fit. */
  private reserve(bytes: number): void {
    if (this.used + bytes > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + bytes));
      this.buffer.copy(grown, 0, 0, this.used);
      this.buffer = grown;
    }
  }
}

/**
 * Whether `value` is written in pieces: the message and its `params` or `result` when they are plain objects, the
 * long lists they hold, and a list already encoded wherever the writer meets it. Anything else with a `toJSON` is left
 * to `JSON.stringify`.
 */
function inPieces(value: unknown, depth: number): boolean {
  if (value instanceof EncodedList) return true;
  if (typeof value !== 'object' || value === null || typeof (value as { toJSON?: unknown }).toJSON === 'function') return false;
  if (Array.isArray(value)) return value.length > BATCH;
  return depth < OBJECT_DEPTH && isPlainObject(value);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
