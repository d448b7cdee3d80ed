// The plain data shapes of the agreed lexicon: entries, lexicons, occurrences, findings and data-file problems.

/** The six official UN languages; `translations` and the matcher's language use these codes. */
export type LexiconLanguage = 'ar' | 'zh' | 'en' | 'fr' | 'es' | 'ru';

/** The six languages in the order hover shows them (the order the brief fixed: ar zh en fr es ru). */
export const LEXICON_LANGUAGES: readonly LexiconLanguage[] = ['ar', 'zh', 'en', 'fr', 'es', 'ru'];

/**
 * Where a term stands in the negotiation. `agreed` is the default: a lexicon mostly lists terms
 * the parties have accepted, and only the open or refused ones need saying.
 */
export type LexiconStatus = 'agreed' | 'proposed' | 'contested' | 'rejected';

/** Every status, in the order the schema and messages list them. */
export const LEXICON_STATUSES: readonly LexiconStatus[] = ['agreed', 'proposed', 'contested', 'rejected'];

/** Forms of a term in one language: one string, or several (the preferred one first). */
export type TranslationForms = string | string[];

/**
 * One entry of a lexicon. A type alias (not an interface) on purpose: the document model's
 * `TermOccurrence.entry` has an index signature, and only type aliases are assignable to it.
 *
 * Offsets are UTF-16 offsets into the lexicon's own file. In
 * `- term: due diligence`, `start` is at `term`, `termStart`..`termEnd` covers `due diligence`.
 */
export type LexiconEntry = {
  /** The agreed English term, as drafters should write it (`information and communications technologies`). */
  term: string;
  /** Its abbreviation (`ICTs`); matched with its own capitalisation, so that `IT` never matches `it`. */
  abbreviation?: string;
  status: LexiconStatus;
  definition?: string;
  /** The precedent: where the term was agreed (`A/70/174, para. 13`). */
  source?: string;
  /** Accepted English spellings that are not flagged (`information and communication technologies`). */
  variants: string[];
  /** English forms to avoid; each occurrence is flagged with the term as the fix (`cyberspace`). */
  deprecated: string[];
  /** The term in the other UN languages (and `en` when the English display form differs from `term`). */
  translations: Partial<Record<LexiconLanguage, TranslationForms>>;
  /**
   * Forms to avoid in other languages (`fr: pornographie enfantine`): an addition to the brief's format,
   * so that a French or Spanish text gets the same `term.deprecated` findings as an English one.
   */
  deprecatedTranslations: Partial<Record<LexiconLanguage, string[]>>;
  /**
   * For contested or rejected entries: the agreed term to write instead (`security of and in the use of ICTs`).
   * An addition to the brief's format, so that those findings can offer a fix too.
   */
  useInstead?: string;
  note?: string;
  /** Offsets of the whole entry in its file. */
  start: number;
  end: number;
  /** Offsets of the term's value in its file (go-to-definition lands here). */
  termStart: number;
  termEnd: number;
};

/** One lexicon file, parsed or imported. */
export interface Lexicon {
  /** The path (or URI) it was read from, as given by the caller. */
  readonly path: string;
  readonly entries: LexiconEntry[];
}

export type { DataFileProblem } from '../dataFileProblem';

/** Which form of an entry an occurrence matched. */
export type TermForm = 'term' | 'variant' | 'abbreviation' | 'deprecated' | 'translation';

/**
 * One occurrence of a lexicon term in a document, with UTF-16 offsets into the document.
 * In `the States' critical infrastructures`, an occurrence covers `critical infrastructures`.
 */
export interface TermOccurrence {
  readonly start: number;
  readonly end: number;
  readonly entry: LexiconEntry;
  readonly form: TermForm;
  /** The text as written in the document (`Critical Infrastructures`). */
  readonly matched: string;
  /** The matcher's language, which decides the replacement's language. */
  readonly language: LexiconLanguage;
  /**
   * The text a quick fix should write instead, when there is one: the agreed term (or its translation) for a
   * deprecated form, the `useInstead` term for a contested or rejected entry. Capitalised like `matched`.
   */
  readonly replacement?: string;
}

/** The ids of lexicon findings in documents; their wording and default severity live with `termFindings`. */
export type TermFindingId = 'term.deprecated' | 'term.contested' | 'term.rejected';

/** A finding about a term occurrence, as plain data for the diagnostics layer. */
export interface TermFinding {
  readonly id: TermFindingId;
  readonly severity: 'warning' | 'information';
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** What the quick fix writes over `start`..`end`. */
  readonly replacement?: string;
}

/** What hover shows for one lexicon entry, before it is rendered. */
export interface TermHoverInfo {
  readonly term: string;
  readonly status: LexiconStatus;
  readonly abbreviation?: string;
  readonly definition?: string;
  /** The precedent (the entry's `source`). */
  readonly source?: string;
  readonly note?: string;
  readonly variants: readonly string[];
  readonly deprecated: readonly string[];
  readonly useInstead?: string;
  /** The six languages in hover order (ar zh en fr es ru); `forms` is empty when the lexicon has none. */
  readonly languages: ReadonlyArray<{ readonly language: LexiconLanguage; readonly forms: readonly string[] }>;
}
