// Writes JSON as UTF-8 bytes straight into buffers, byte for byte what `Buffer.from(JSON.stringify(value))` gives.

/** Bytes of each buffer the writer fills (a value that needs more gets a buffer of its own size). */
const CHUNK_BYTES = 256 * 1024;

/**
 * A JSON writer into a list of buffers, joined once at the end. A large answer is written in one pass, without its
 * JSON text (two bytes a character as soon as one name holds `…`, twice its UTF-8) and without a buffer that grows
 * by copying itself.
 */
export class JsonBytes {
  private readonly chunks: Buffer[] = [];
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;
  private total = 0;

  /** JSON text written as it is (punctuation, keys): it must be valid JSON in its place. */
  raw(json: string): void {
    // Short ASCII text (keys and punctuation) byte by byte: a call into the native writer costs more than the copy.
    if (json.length <= 32 && isAscii(json)) {
      this.reserve(json.length);
      for (let i = 0; i < json.length; i++) this.chunk[this.used + i] = json.charCodeAt(i);
      this.used += json.length;
    } else {
      // At most three bytes for each UTF-16 unit (a surrogate pair is four bytes for two units).
      this.reserve(json.length * 3);
      this.used += this.chunk.write(json, this.used, 'utf8');
    }
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
    let rest = value;
    for (let i = digits - 1; i >= 0; i--) {
      this.chunk[this.used + i] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.used += digits;
  }

  /** A string, quoted and escaped as `JSON.stringify` does. */
  string(value: string): void {
    // Rare (quotes, backslashes, control characters, lone surrogates): the native escaping is the reference.
    this.raw(needsEscaping(value) ? JSON.stringify(value) : `"${value}"`);
  }

  /** Any JSON value, through `JSON.stringify` (for the small parts of a message). */
  value(value: unknown): void {
    this.raw(JSON.stringify(value) ?? 'null');
  }

  /** Everything written, in one buffer. */
  bytes(): Buffer {
    this.chunks.push(this.chunk.subarray(0, this.used));
    const all = Buffer.concat(this.chunks, this.total + this.used);
    this.chunks.length = 0;
    return all;
  }

  /** Makes room for `bytes` more in the current buffer, starting a new one when they do not fit. */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    this.chunks.push(this.chunk.subarray(0, this.used));
    this.total += this.used;
    this.chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, bytes));
    this.used = 0;
  }
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** True when a string holds a character JSON escapes: `"`, `\`, a control character or a lone surrogate. */
function needsEscaping(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 || code === 34 || code === 92) return true;
    if (code >= 0xd800 && code <= 0xdfff) {
      // A high surrogate followed by a low one is a character outside the BMP, written as its UTF-8 bytes.
      const next = value.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
      else return true;
    }
  }
  return false;
}

/** A value that can write its own JSON; `toJSON` gives the same JSON for transports that stringify. */
export interface WritesJson {
  toJSON(): unknown;
  writeJson(out: JsonBytes): void;
}

export function writesJson(value: unknown): value is WritesJson {
  return typeof value === 'object' && value !== null && typeof (value as Partial<WritesJson>).writeJson === 'function';
}

/** The UTF-8 bytes of `write`'s JSON. */
export function jsonBytesOf(write: (out: JsonBytes) => void): Buffer {
  const out = new JsonBytes();
  write(out);
  return out.bytes();
}
