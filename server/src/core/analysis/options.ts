// What analysis may be given from outside: a delegation registry and a lexicon term matcher, both optional.

import type { Range } from './model';
import type { ReadonlyTermTable } from '../lexicon/termTable';
import type { RangeList } from '../text/rangeList';
import type { EarlierTerms } from './earlierTerms';

/** Resolves delegation names and codes; the built-in registry implements it, tests may fake it. */
export interface DelegationResolver {
  resolve(text: string): { readonly code: string; readonly name: string } | undefined;
  /** A close code or name for a misspelt one ("did you mean"), or undefined. */
  suggest(text: string): string | undefined;
}

/** Finds lexicon terms in the prose ranges of a text in one pass. */
export interface TermMatcher {
  match(text: string, ranges: RangeList): ReadonlyTermTable;
}

/** Inputs to one analysis. */
export interface AnalysisOptions {
  readonly delegations?: DelegationResolver;
  /** Chosen by the caller from the document's language and lexicons (see `frontMatterOf`). */
  readonly terms?: TermMatcher;
  /** The terms an analysis of an earlier version of the document found, kept where its prose is unchanged (see `earlierTermsOf`). */
  readonly earlierTerms?: EarlierTerms;
}

export type { Range };
