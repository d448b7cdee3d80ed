// The lexer's output as two typed arrays (kind and start per token), since tokens cover the text without gaps.

import { TOKEN_KIND_NAMES, type Tok, type Token } from './tokens';
import { enlarged } from '../text/typedArrays';

/**
 * Tokens in text order. A token ends where the next one starts (the last one at the text's end), so only kinds and
 * starts are stored: `starts` holds one extra entry, the text length, which makes `end(i)` simply `starts[i + 1]`.
 */
export class TokenStream {
  kinds: Uint8Array;
  starts: Int32Array;
  /** The number of tokens. */
  count = 0;

  constructor(readonly textLength: number) {
    // About one token per 19 characters in real drafts; the arrays double when a text is denser.
    const capacity = Math.max(16, (textLength >> 4) + 16);
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity + 1);
    this.starts[0] = textLength;
  }

  /** Appends a token starting at `start` (which must be the previous token's end). */
  push(kind: Tok, start: number): void {
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.starts[this.count] = start;
    this.count++;
    this.starts[this.count] = this.textLength;
  }

  kind(index: number): Tok {
    return this.kinds[index];
  }

  start(index: number): number {
    return this.starts[index];
  }

  end(index: number): number {
    return this.starts[index + 1];
  }

  /** The tokens as objects, for tests, dumps and tools; analysis reads the arrays. */
  toTokens(): Token[] {
    const tokens: Token[] = [];
    for (let i = 0; i < this.count; i++) tokens.push({ kind: TOKEN_KIND_NAMES[this.kinds[i]], start: this.starts[i], end: this.starts[i + 1] });
    return tokens;
  }

  private grow(): void {
    this.kinds = enlarged(this.kinds, this.kinds.length * 2);
    this.starts = enlarged(this.starts, this.kinds.length + 1);
  }
}
