// Writes JSON as UTF-8 bytes straight into buffers, byte for byte what `Buffer.from(JSON.stringify(value))` gives.

/** Bytes of each buffer the writer fills (a value that needs more gets a buffer of its own size). */
const CHUNK_BYTES = 256 * 1024;
/** The buffer of a spent writer: anything written after `buffers` starts a new one. */
const EMPTY = Buffer.alloc(0);

/**
 * A JSON writer into a list of buffers, which the transport writes one after the other. A large answer is written in
 * one pass, without its JSON text (two bytes a character as soon as one name holds `…`, twice its UTF-8), without a
 * buffer that grows by copying itself and without one that joins the others.
 */
export class JsonBytes {
  private chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  /** JSON text written as it is (punctuation, keys): it must be valid JSON in its place. */
  raw(json: string): void {
    // Short ASCII text (keys and punctuation) byte by byte: a call into the native writer costs more than the copy.
    if (json.length <= 32 && isAscii(json)) this.ascii(json);
    else this.utf8(json);
  }

  /** A number as `JSON.stringify` writes it (`null` when it is not finite). */
  number(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) {
      this.raw(JSON.stringify(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.reserve(digits);
    const chunk = this.chunk;
    const used = this.used;
    let rest = value;
    for (let i = digits - 1; i >= 0; i--) {
      chunk[used + i] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.used = used + digits;
  }

  /** A string, quoted and escaped as `JSON.stringify` does. */
  string(value: string): void {
    // Rare (quotes, backslashes, control characters, lone surrogates): the native escaping is the reference.
    if (NEEDS_ESCAPING.test(value)) {
      this.raw(JSON.stringify(value));
      return;
    }
    // Written between its quotes as it is, not joined to them first (the joined copy cost more than the writing), and
    // by the native writer: names come as strings of many inner shapes (slices, joins, one or two bytes a character),
    // and a JavaScript loop over their characters slowed down by half or more once it had seen them all.
    this.ascii('"');
    this.utf8(value);
    this.ascii('"');
  }

  /** Any JSON value, through `JSON.stringify` (for the small parts of a message). */
  value(value: unknown): void {
    this.raw(JSON.stringify(value) ?? 'null');
  }

  /**
   * Everything written, as the buffers it was written into, in order: a transport that writes them one by one never
   * holds the answer twice (joined, the 20 MB of a 10 MB draft's symbols were copied once more into 20 MB). The writer
   * is spent afterwards.
   */
  buffers(): Buffer[] {
    const buffers = this.chunks;
    buffers.push(this.chunk.subarray(0, this.used));
    this.chunks = [];
    this.chunk = EMPTY;
    this.used = 0;
    return buffers;
  }

  /** ASCII text, a byte per unit, the buffer and offset read once into locals rather than at every byte. */
  private ascii(text: string): void {
    this.reserve(text.length);
    const chunk = this.chunk;
    const used = this.used;
    for (let i = 0; i < text.length; i++) chunk[used + i] = text.charCodeAt(i);
    this.used = used + text.length;
  }

  /** Any text, through the native UTF-8 writer. */
  private utf8(text: string): void {
    // At most three bytes for each UTF-16 unit (a surrogate pair is four bytes for two units).
    this.reserve(text.length * 3);
    this.used += this.chunk.write(text, this.used, 'utf8');
  }

  /** Makes room for `bytes` more in the current buffer, starting a new one when they do not fit. */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    this.chunks.push(this.chunk.subarray(0, this.used));
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
    this.used = 0;
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * A character JSON escapes: `"`, `\`, a control character or a lone surrogate (with the `u` flag a surrogate pair is
 * one character, outside the class, so only a lone half matches). A regular expression, not a loop over the
 * characters: it reads every inner shape of string natively.
 */
const NEEDS_ESCAPING = /["\\\u0000-\u001f]|[\ud800-\udfff]/u;

/** A value that can write its own JSON; `toJSON` gives the same JSON for transports that stringify. */
export interface WritesJson {
  toJSON(): unknown;
  writeJson(out: JsonBytes): void;
}

export function writesJson(value: unknown): value is WritesJson {
  return typeof value === 'object' && value !== null && typeof (value as Partial<WritesJson>).writeJson === 'function';
}

/** The UTF-8 bytes of `write`'s JSON, as the buffers they were written into. */
export function jsonBuffersOf(write: (out: JsonBytes) => void): Buffer[] {
  const out = new JsonBytes();
  write(out);
  return out.buffers();
}
