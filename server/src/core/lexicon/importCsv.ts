// Imports a CSV or TSV table (one column per language, a header row naming them) as a lexicon.

import { parse } from 'csv-parse/sync';
import { checkEntries } from './checkEntries';
import { didYouMean } from './didYouMean';
import { LEXICON_LIMITS } from './limits';
import { LineIndex } from './lineIndex';
import { lexiconProblem, ProblemList } from './problemCatalogue';
import { LEXICON_LANGUAGES, LEXICON_STATUSES, type DataFileProblem, type Lexicon, type LexiconEntry, type LexiconLanguage, type LexiconStatus } from './types';

/** What a column holds. */
type Column =
  | { readonly kind: 'language'; readonly language: LexiconLanguage }
  | { readonly kind: 'deprecatedLanguage'; readonly language: LexiconLanguage }
  | { readonly kind: 'field'; readonly field: 'status' | 'definition' | 'source' | 'note' | 'abbreviation' | 'variants' | 'deprecated' | 'useInstead' }
  | { readonly kind: 'ignored' };

const FIELD_COLUMNS = ['status', 'definition', 'source', 'note', 'abbreviation', 'variants', 'deprecated', 'useInstead'] as const;

/** Language names accepted in headers besides the codes, since spreadsheets are often headed `English`, `French`. */
const LANGUAGE_NAMES: Readonly<Record<string, LexiconLanguage>> = { arabic: 'ar', chinese: 'zh', english: 'en', french: 'fr', spanish: 'es', russian: 'ru' };

/**
 * Reads a CSV (comma, or semicolon when the header has semicolons and no commas, as European spreadsheets
 * export) or TSV (`delimiter` `\t`) table:
 * - the header row names the columns: language codes `ar zh en fr es ru` (or `en-GB`, or `English`...), and
 *   optionally `status`, `definition`, `source`, `note`, `abbreviation`, `variants`, `deprecated`,
 *   `useInstead` and `deprecated fr` (deprecated forms in a language); `en` is required;
 * - each row is one entry; a language cell may hold several forms separated by `;` or `|`, the first being
 *   the preferred one (for `en`: the term, the others its variants); `variants` and `deprecated` likewise;
 * - broken quoting is a `lexicon.csv` problem at the line where the faulty field starts, and the rows
 *   before it are kept.
 */
export function importCsv(text: string, path: string, delimiter: ',' | ';' | '\t' = ','): { lexicon: Lexicon; problems: DataFileProblem[] } {
  const problems = new ProblemList(LEXICON_LIMITS.maxProblems);
  const done = (entries: LexiconEntry[]): { lexicon: Lexicon; problems: DataFileProblem[] } => ({ lexicon: { path, entries }, problems: problems.finish().sort((a, b) => a.start - b.start) });
  if (text.length > LEXICON_LIMITS.maxImportChars) {
    problems.add(lexiconProblem('lexicon.limit', `The file is ${text.length.toLocaleString('en')} characters long; the import limit is ${LEXICON_LIMITS.maxImportChars.toLocaleString('en')}.`, 0, 0));
    return done([]);
  }
  const lines = new LineIndex(text);
  const firstLine = text.slice(0, lines.lineEnd(1));
  const separator = delimiter === ',' && firstLine.includes(';') && !firstLine.includes(',') ? ';' : delimiter;
  const records = readRecords(text, separator, lines, problems);
  if (records.length === 0) {
    if (text.trim().length > 0 && problems.items.length === 0) problems.add(lexiconProblem('lexicon.csvHeader', 'The table has no header row.', 0, 0));
    return done([]);
  }
  const header = records[0];
  const columns = header.cells.map((cell, index) => columnOf(cell, index, header, text, problems));
  if (!columns.some((column) => column.kind === 'language' && column.language === 'en')) {
    problems.add(lexiconProblem('lexicon.csvHeader', `The header row needs an \`en\` column (the English term); its columns are: ${header.cells.join(', ')}.`, header.start, header.end));
    return done([]);
  }
  const entries: LexiconEntry[] = [];
  for (const record of records.slice(1)) {
    if (entries.length >= LEXICON_LIMITS.maxEntries) {
      problems.add(lexiconProblem('lexicon.limit', `Only the first ${LEXICON_LIMITS.maxEntries.toLocaleString('en')} rows are read.`, record.start, record.end));
      break;
    }
    if (record.cells.every((cell) => cell.trim().length === 0)) continue;
    const entry = readRow(record, columns, text, problems);
    if (entry !== undefined) entries.push(entry);
  }
  for (const problem of checkEntries(entries, text, new Map())) problems.add(problem);
  return done(entries);
}

interface RecordAt {
  readonly cells: string[];
  readonly start: number;
  readonly end: number;
}

/** Parses the records with their line spans; on a syntax error reports it and keeps the records before it. */
function readRecords(text: string, delimiter: string, lines: LineIndex, problems: ProblemList): RecordAt[] {
  const options = { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true, relax_quotes: delimiter === '\t' } as const;
  const toRecords = (rows: Array<{ record: string[]; info: { lines: number } }>): RecordAt[] =>
    rows.map(({ record, info }) => {
      // `info.lines` is the line where the record ends; newlines inside quoted cells tell where it began.
      const inner = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
      return { cells: record, start: lines.lineStart(info.lines - inner), end: lines.lineEnd(info.lines) };
    });
  try {
    return toRecords(parse(text, options) as Array<{ record: string[]; info: { lines: number } }>);
  } catch (error) {
    const { line, message } = describeCsvError(error, text, delimiter, lines);
    const start = lines.lineStart(line);
    problems.add(lexiconProblem('lexicon.csv', `Line ${line}: ${message} Rows from this line on are not imported.`, start, Math.max(start + 1, lines.lineEnd(line))));
    try {
      return toRecords(parse(text.slice(0, start), options) as Array<{ record: string[]; info: { lines: number } }>);
    } catch {
      return [];
    }
  }
}

/** The line to report and a readable reason; an unclosed quote is reported where it opened, not at the end of the file. */
function describeCsvError(error: unknown, text: string, delimiter: string, lines: LineIndex): { line: number; message: string } {
  const details = error as { code?: string; lines?: number; message?: string };
  if (details.code === 'CSV_QUOTE_NOT_CLOSED') {
    const opened = findUnclosedQuote(text, delimiter);
    return { line: lines.lineOf(opened ?? text.length), message: 'a quoted field (starting with ") is never closed.' };
  }
  const reason = (details.message ?? String(error)).replace(/ at line \d+.*$/s, '').replace(/^[^:]*: /, '');
  return { line: Math.max(1, details.lines ?? 1), message: `${reason}.` };
}

/** Offset of the quote that opens a field never closed, by a linear scan that follows CSV quoting rules. */
function findUnclosedQuote(text: string, delimiter: string): number | undefined {
  let open: number | undefined;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (open !== undefined) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else {
          open = undefined;
          fieldStart = false;
        }
      }
    } else if (char === '"' && fieldStart) {
      open = i;
    } else {
      fieldStart = char === delimiter || char === '\n' || char === '\r';
    }
  }
  return open;
}

function columnOf(cell: string, index: number, header: RecordAt, text: string, problems: ProblemList): Column {
  const name = cell.trim();
  const lower = name.toLowerCase();
  const language = languageOf(lower);
  if (language !== undefined) return { kind: 'language', language };
  const deprecated = /^deprecated[\s_:-]*(.+)$/.exec(lower);
  const deprecatedLanguage = deprecated ? languageOf(deprecated[1]) : undefined;
  if (deprecatedLanguage !== undefined) return { kind: 'deprecatedLanguage', language: deprecatedLanguage };
  const field = FIELD_COLUMNS.find((candidate) => candidate.toLowerCase() === lower.replace(/[\s_-]/g, ''));
  if (field !== undefined) return { kind: 'field', field };
  if (name.length > 0) {
    const at = text.indexOf(name, header.start);
    const [start, end] = at >= 0 && at < header.end ? [at, at + name.length] : [header.start, header.end];
    const suggestion = didYouMean(name, [...FIELD_COLUMNS, ...LEXICON_LANGUAGES]);
    problems.add(lexiconProblem('lexicon.unknownField', `Column ${index + 1} “${name}” is not a language code (${LEXICON_LANGUAGES.join(', ')}) or a lexicon field; it is ignored.${suggestion !== undefined ? ` Did you mean “${suggestion}”?` : ''}`, start, end));
  }
  return { kind: 'ignored' };
}

function languageOf(name: string): LexiconLanguage | undefined {
  const primary = name.trim().toLowerCase().split(/[-_\s]/)[0];
  return LEXICON_LANGUAGES.find((language) => language === primary) ?? LANGUAGE_NAMES[primary];
}

function readRow(record: RecordAt, columns: Column[], text: string, problems: ProblemList): LexiconEntry | undefined {
  let english: string[] = [];
  let status: LexiconStatus = 'agreed';
  const entry: Omit<LexiconEntry, 'term' | 'termStart' | 'termEnd'> = { status, variants: [], deprecated: [], translations: {}, deprecatedTranslations: {}, start: record.start, end: record.end };
  columns.forEach((column, index) => {
    const cell = (record.cells[index] ?? '').trim();
    if (cell.length === 0) return;
    switch (column.kind) {
      case 'language': {
        const forms = splitForms(cell);
        if (column.language === 'en') english = forms;
        else if (forms.length > 0) entry.translations[column.language] = forms.length === 1 ? forms[0] : forms;
        break;
      }
      case 'deprecatedLanguage':
        if (column.language === 'en') entry.deprecated.push(...splitForms(cell));
        else entry.deprecatedTranslations[column.language] = splitForms(cell);
        break;
      case 'field':
        switch (column.field) {
          case 'variants':
          case 'deprecated':
            entry[column.field].push(...splitForms(cell));
            break;
          case 'status': {
            const known = LEXICON_STATUSES.find((candidate) => candidate === cell.toLowerCase());
            if (known !== undefined) status = known;
            else {
              const suggestion = didYouMean(cell, LEXICON_STATUSES);
              problems.add(lexiconProblem('lexicon.unknownStatus', `Unknown status “${cell}”.${suggestion !== undefined ? ` Did you mean “${suggestion}”?` : ''} A status is one of ${LEXICON_STATUSES.join(', ')}; this entry counts as agreed.`, ...cellSpan(cell, record, text)));
            }
            break;
          }
          default:
            entry[column.field] = cell;
        }
        break;
    }
  });
  if (english.length === 0) {
    problems.add(lexiconProblem('lexicon.missingTerm', 'This row has no English term (`en` column); it is skipped.', record.start, Math.max(record.end, record.start + 1)));
    return undefined;
  }
  const [term, ...others] = english;
  for (const other of others) if (!entry.variants.includes(other)) entry.variants.push(other);
  const [termStart, termEnd] = cellSpan(term, record, text);
  return { term, ...entry, status, termStart, termEnd };
}

/** Where a cell's text sits in its row, found by search (the parser gives no cell offsets); the row when not found. */
function cellSpan(cell: string, record: RecordAt, text: string): [number, number] {
  const at = text.indexOf(cell, record.start);
  return at >= 0 && at + cell.length <= record.end ? [at, at + cell.length] : [record.start, record.end];
}

/** Splits a cell holding several forms (`ICTs; ICT`); a cell of one form is a list of one. */
function splitForms(cell: string): string[] {
  return [...new Set(cell.split(/[;|\n]/).map((form) => form.replace(/\s+/g, ' ').trim()).filter((form) => form.length > 0))];
}
