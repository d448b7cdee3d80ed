// Runs the automaton over the normalised stream a stretch at a time, keeping the occurrences that pass the boundary and capital rules.

import type { AhoCorasick } from './ahoCorasick';
import { Candidates } from './candidate';
import type { NormalizedStream } from './normalizedStream';
import { sameCapitals, type Pattern } from './termPatterns';

/**
 * Reads the stream as the normaliser fills it. A unit is read once the two after it exist: a match's end
 * boundary needs the unit after the match, and that unit, when it is a surrogate, the one after it.
 */
export class TermScan {
  /** The candidates in the order the automaton reports them: by end, then longest first. */
  readonly candidates = new Candidates();
  /** Units kept before the next one to read: a check looks back over the match and an Arabic proclitic before it. */
  private readonly reach: number;
  private scanned = 0;
  private state = 0;
  /** The unit before the next one to read; before the stream, a space, which lets a match start. */
  private previous = 0x20;
  private stream: NormalizedStream | undefined;

  constructor(
    private readonly text: string,
    private readonly automaton: AhoCorasick,
    private readonly patterns: readonly Pattern[],
    longestPattern: number,
  ) {
    this.reach = longestPattern + 8;
  }

  /** The stream's reader (see `NormalizedStream`): reads what it can and returns the oldest unit it still needs. */
  readonly read = (stream: NormalizedStream): number => {
    this.readTo(stream, stream.length - 2);
    return this.scanned - this.reach;
  };

  /** Reads the rest of the complete stream. */
  finish(stream: NormalizedStream): void {
    this.readTo(stream, stream.length);
  }

  private readTo(stream: NormalizedStream, limit: number): void {
    if (limit <= this.scanned) return;
    this.stream = stream;
    const base = stream.base;
    this.state = this.automaton.run(stream.codes, this.scanned - base, limit - base, this.state, this.previous, this.onOutput);
    this.previous = stream.codeAt(limit - 1);
    this.scanned = limit;
  }

  /** Checks the patterns ending with the unit in array slot `slot`, from output node `first` down its chain. */
  private readonly onOutput = (slot: number, first: number): void => {
    const stream = this.stream!;
    const end = slot + stream.base + 1;
    for (let node = first; node !== 0; node = this.automaton.nextOutput(node)) {
      const id = this.automaton.patternAt(node);
      const start = end - this.automaton.lengthAt(node);
      const pattern = this.patterns[id];
      if (!pattern.substring && !onBoundaries(stream, start, end, pattern.arabic)) continue;
      const sourceStart = stream.startAt(start);
      const sourceEnd = stream.endAt(end - 1);
      if (pattern.form === 'abbreviation' && !sameCapitals(this.text.slice(sourceStart, sourceEnd), pattern.written)) continue;
      this.candidates.push(start, end, id, sourceStart, sourceEnd);
    }
  };
}

/** Proclitics that Arabic writes on the following word: and, so, with, like, for, and their pairs. */
const ARABIC_PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'وب', 'وك', 'ول', 'فب', 'فك', 'فل']);

function onBoundaries(stream: NormalizedStream, start: number, end: number, arabic: boolean): boolean {
  // Only a side where the form itself has a letter or digit needs a boundary: `24/7 network` needs one
  // before `2`, a form ending in `.` would not need one after it.
  const endInsideWord = stream.isWordUnit(end - 1) && stream.isWordUnit(end);
  if (endInsideWord) return false;
  const startInsideWord = stream.isWordUnit(start) && stream.isWordUnit(start - 1);
  if (!startInsideWord) return true;
  if (!arabic) return false;
  // An Arabic match may start after a proclitic written on the same word: و + الجريمة = والجريمة.
  let wordStart = start;
  while (wordStart > 0 && start - wordStart < 3 && stream.isWordUnit(wordStart - 1)) wordStart--;
  return !stream.isWordUnit(wordStart - 1) && ARABIC_PROCLITICS.has(stream.slice(wordStart, start));
}
