// The prose as words and marks, a stretch at a time: each token's stand-in unit, source range and place in the normalised stream.

/**
 * Tokens are a word (its stand-in, see `WordVocabulary`), a word and the space after it (its spaced stand-in:
 * most spaces follow a word, and a token each would nearly double the tokens to make and read), a space or
 * another mark (its normalised unit), or the separator between prose ranges. When the arrays are full, a
 * reader takes the tokens and says how many of the last ones it still needs; the others are dropped.
 *
 * A run of tokens that no pattern has (see `AhoCorasick.patternUnits`) is held as its first token alone, the stream's
 * units counted on over the others: the automaton reads each of them as a return to its root, so one of them does
 * for the run. Most words of most prose are in no form (two in three of the benchmark draft's), and most of them
 * follow another such word or a mark no form has: this spares a token and an automaton step for each.
 */
export class ProseTokens {
  readonly codes: Uint16Array;
  readonly sourceStarts: Int32Array;
  readonly sourceEnds: Int32Array;
  /**
   * Where each token ends in the normalised stream, counted in units as `normalizeForMatching` makes them; for a
   * word and its space, where the word ends, as `sourceEnds` does: a match ends with the word, never the space.
   */
  readonly unitEnds: Int32Array;
  /** Tokens held. */
  count = 0;
  /** Units of the normalised stream so far. */
  units = 0;
  /** Whether the last token appended is one that no pattern has. */
  private lastMatchesNothing = false;

  /**
   * `read(tokens)` takes the tokens held and returns how many of the last ones to keep; `patternUnits` is 0 for a unit
   * no pattern has.
   */
  constructor(
    capacity: number,
    private readonly read: (tokens: ProseTokens) => number,
    private readonly patternUnits: Readonly<Uint16Array>,
  ) {
    this.codes = new Uint16Array(capacity);
    this.sourceStarts = new Int32Array(capacity);
    this.sourceEnds = new Int32Array(capacity);
    this.unitEnds = new Int32Array(capacity);
  }

  /** Appends a token of `units` units from `start` to `end` of the text, then `space` units (1 for a word's space, else 0) that it also covers. */
  push(code: number, start: number, end: number, units: number, space = 0): void {
    const matchesNothing = this.patternUnits[code] === 0;
    if (matchesNothing && this.lastMatchesNothing) {
      this.units += units + space;
      return;
    }
    this.lastMatchesNothing = matchesNothing;
    if (this.count === this.codes.length) this.drain();
    this.units += units;
    this.codes[this.count] = code;
    this.sourceStarts[this.count] = start;
    this.sourceEnds[this.count] = end;
    this.unitEnds[this.count] = this.units;
    this.units += space;
    this.count++;
  }

  private drain(): void {
    const keep = Math.min(this.count, this.read(this));
    const from = this.count - keep;
    this.codes.copyWithin(0, from, this.count);
    this.sourceStarts.copyWithin(0, from, this.count);
    this.sourceEnds.copyWithin(0, from, this.count);
    this.unitEnds.copyWithin(0, from, this.count);
    this.count = keep;
  }
}
