// Writes JSON as UTF-8 bytes straight into a buffer, byte for byte what `Buffer.from(JSON.stringify(value))` gives.

/**
 * A JSON writer in two modes: without a buffer it only counts bytes (`length`), with one it writes them. A large
 * answer is written twice, first to learn its exact size and then into a buffer of that size, so that neither its
 * JSON text (two bytes a character as soon as one name holds `…`) nor a growing buffer ever exists.
 */
export class JsonBytes {
  /** Bytes counted or written so far. */
  length = 0;

  constructor(private readonly buffer?: Buffer) {}

  /** JSON text written as it is (punctuation, keys): it must be valid JSON in its place. */
  raw(json: string): void {
    // Short ASCII text (keys and punctuation) byte by byte: a call into the native writer costs more than the copy.
    if (json.length <= 32 && isAscii(json)) {
      if (this.buffer) for (let i = 0; i < json.length; i++) this.buffer[this.length + i] = json.charCodeAt(i);
      this.length += json.length;
    } else if (this.buffer) this.length += this.buffer.write(json, this.length, 'utf8');
    else this.length += Buffer.byteLength(json, 'utf8');
  }

  /** A number as `JSON.stringify` writes it (`null` when it is not finite). */
  number(value: number): void {
    if (Number.isSafeInteger(value) && value >= 0) this.unsigned(value);
    else this.raw(JSON.stringify(value));
  }

  /** A string, quoted and escaped as `JSON.stringify` does. */
  string(value: string): void {
    if (!needsEscaping(value)) {
      this.byte(34);
      this.raw(value);
      this.byte(34);
    } else {
      // Rare (quotes, backslashes, control characters, lone surrogates): the native escaping is the reference.
      this.raw(JSON.stringify(value));
    }
  }

  /** Any JSON value, through `JSON.stringify` (for the small parts of a message). */
  value(value: unknown): void {
    this.raw(JSON.stringify(value) ?? 'null');
  }

  private byte(code: number): void {
    if (this.buffer) this.buffer[this.length] = code;
    this.length++;
  }

  /** Digits of a non-negative integer, most significant first, without making a string. */
  private unsigned(value: number): void {
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    if (this.buffer) {
      let rest = value;
      for (let i = digits - 1; i >= 0; i--) {
        this.buffer[this.length + i] = 48 + (rest % 10);
        rest = Math.floor(rest / 10);
      }
    }
    this.length += digits;
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

/** The UTF-8 bytes of `write`'s JSON, measured first and then written into a buffer of exactly that size. */
export function jsonBytesOf(write: (out: JsonBytes) => void): Buffer {
  const measure = new JsonBytes();
  write(measure);
  const buffer = Buffer.allocUnsafe(measure.length);
  const out = new JsonBytes(buffer);
  write(out);
  if (out.length !== buffer.length) throw new Error(`JSON writer wrote ${out.length} bytes, measured ${buffer.length}`);
  return buffer;
}
