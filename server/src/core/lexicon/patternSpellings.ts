// The text of term occurrences, one copy per spelling of a pattern for all its occurrences in a document.

import { sameCharacters } from '../text/sharedStrings';

/**
 * A draft repeats its terms, nearly always spelled alike, and keeping one copy of each spelling makes the
 * model smaller and leaves the collector fewer strings to copy. The last spelling found of each pattern is
 * kept and given again when the next occurrence is spelled the same: one comparison with the spelling most
 * likely to be equal, where a table of all strings would first hash the occurrence's characters.
 */
export class PatternSpellings {
  private readonly last: Array<string | undefined>;

  constructor(patternCount: number) {
    this.last = new Array<string | undefined>(patternCount).fill(undefined);
  }

  /** `text.slice(start, end)`, an occurrence of pattern `id`, as the same string as its last spelling when equal. */
  slice(text: string, start: number, end: number, id: number): string {
    const kept = this.last[id];
    if (kept !== undefined && kept.length === end - start && sameCharacters(kept, text, start)) return kept;
    const copy = text.slice(start, end);
    this.last[id] = copy;
    return copy;
  }
}

