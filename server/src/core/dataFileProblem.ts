// The problem record shared by every workspace data file the core reads (lexicons, term bases, delegations files).

/**
 * A problem found in a data file, with UTF-16 offsets into the file's text.
 * In `status: agred`, a `lexicon.unknownStatus` problem covers `agred`.
 */
export interface DataFileProblem {
  /** Stable dotted id (`lexicon.unknownStatus`, `delegations.missingCode`); settings and messages key on it. */
  readonly id: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}
