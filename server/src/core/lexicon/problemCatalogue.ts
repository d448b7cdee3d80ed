// The catalogue of lexicon data-file problems: every stable dotted id with its default severity and meaning.

import type { DataFileProblem } from './types';

/**
 * Problems found in lexicon files (`*.lexicon.yaml`, and TBX or CSV/TSV being imported). The ids are a
 * public interface (settings and the Problems panel show them), so an id is never renamed, only added.
 */
export const LEXICON_PROBLEMS = {
  'lexicon.yaml': { severity: 'error', description: 'The file is not valid YAML (the YAML library\'s own warnings keep the same id as warnings).' },
  'lexicon.limit': { severity: 'error', description: 'The file exceeds a safety limit (size, nesting, aliases, entries) and was not read, or not fully.' },
  'lexicon.noTerms': { severity: 'warning', description: 'The file has no `terms:` list.' },
  'lexicon.missingTerm': { severity: 'error', description: 'An entry has no `term` (for imports: no English term); it is skipped.' },
  'lexicon.unknownStatus': { severity: 'error', description: 'A `status` is not agreed, proposed, contested or rejected; the entry counts as agreed.' },
  'lexicon.duplicateTerm': { severity: 'error', description: 'A term, variant or abbreviation is already a form of another entry.' },
  'lexicon.deprecatedIsAgreed': { severity: 'error', description: 'A deprecated form is also the term or a variant of an agreed entry.' },
  'lexicon.wrongType': { severity: 'error', description: 'A value has the wrong type (a list where text is expected, text where a mapping is expected...).' },
  'lexicon.unknownField': { severity: 'warning', description: 'A field (or CSV column) the lexicon format does not know; it is ignored.' },
  'lexicon.unknownLanguage': { severity: 'warning', description: 'A language other than ar, zh, en, fr, es, ru; it is ignored.' },
  'lexicon.formTooLong': { severity: 'warning', description: 'A form is longer than the matching limit and is never matched.' },
  'lexicon.tbx': { severity: 'error', description: 'The TBX file is not well-formed XML.' },
  'lexicon.tbxEntity': { severity: 'error', description: 'The TBX file declares entities in a DOCTYPE; it is refused and nothing is expanded.' },
  'lexicon.csv': { severity: 'error', description: 'The CSV/TSV file is malformed (broken quoting); rows before the error are kept.' },
  'lexicon.csvHeader': { severity: 'error', description: 'The CSV/TSV header row has no `en` column.' },
  'lexicon.unsupportedFormat': { severity: 'error', description: 'The file extension is not one of .yaml, .yml, .tbx, .csv, .tsv.' },
} as const satisfies Record<string, { severity: 'error' | 'warning'; description: string }>;

/** A lexicon problem id. */
export type LexiconProblemId = keyof typeof LEXICON_PROBLEMS;

/** A problem with the id's default severity (or `severity` when given), its range clamped to be non-empty when possible. */
export function lexiconProblem(id: LexiconProblemId, message: string, start: number, end: number, severity?: 'error' | 'warning'): DataFileProblem {
  return { id, severity: severity ?? LEXICON_PROBLEMS[id].severity, message, start, end: Math.max(start, end) };
}

/** Collects problems up to the limit, then one last problem saying that more were left out. */
export class ProblemList {
  readonly items: DataFileProblem[] = [];
  private dropped = 0;

  constructor(private readonly max: number) {}

  add(problem: DataFileProblem): void {
    if (this.items.length < this.max) this.items.push(problem);
    else this.dropped++;
  }

  /** True when problems past the limit were left out. */
  get droppedAny(): boolean {
    return this.dropped > 0;
  }

  /** The problems, with a closing `lexicon.limit` note when some were dropped. */
  finish(): DataFileProblem[] {
    if (this.dropped === 0) return this.items;
    const last = this.items[this.items.length - 1];
    return [...this.items, lexiconProblem('lexicon.limit', `${this.dropped} more problems were not listed.`, last.start, last.end, 'warning')];
  }
}
