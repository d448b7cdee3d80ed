// The lexicon's public surface: reading lexicons, matching their terms, findings, hover and import/export.

export { parseLexicon, parseLexiconWhole, ENTRY_FIELDS, type EntryReadings, type ParsedLexicon } from './parseLexicon';
export { createTermMatcher, type TermMatcher } from './termMatcher';
export { findEntry } from './findEntry';
export { termFindings } from './termFindings';
export { describeTerm } from './describeTerm';
export { renderTermMarkdown } from './renderTermMarkdown';
export { importLexicon } from './importLexicon';
export { importTbx } from './importTbx';
export { importCsv } from './importCsv';
export { toLexiconYaml } from './toLexiconYaml';
export { LEXICON_LIMITS } from './limits';
export { LEXICON_PROBLEMS, type LexiconProblemId } from './problemCatalogue';
export { LEXICON_LANGUAGES, LEXICON_STATUSES } from './types';
export type {
  DataFileProblem,
  Lexicon,
  LexiconEntry,
  LexiconLanguage,
  LexiconStatus,
  TermFinding,
  TermFindingId,
  TermForm,
  TermHoverInfo,
  TermOccurrence,
  TranslationForms,
} from './types';
