// Reads a `*.lexicon.yaml` file into a lexicon and a list of problems with exact offsets; never throws.

import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { checkEntries, type EntryLocations, type Span } from './checkEntries';
import { didYouMean } from './didYouMean';
import { detached } from '../text/detached';
import { cutIntoEntries, type EntryTexts } from './entryTexts';
import { readPlainEntry } from './plainEntry';
import { parseYamlWithUniqueKeys } from '../yamlDocument';
import { LEXICON_LIMITS } from './limits';
import { lexiconProblem, ProblemList, type LexiconProblemId } from './problemCatalogue';
import { findExcessiveNesting } from './yamlNesting';
import { LEXICON_LANGUAGES, LEXICON_STATUSES, type DataFileProblem, type Lexicon, type LexiconEntry, type LexiconLanguage, type LexiconStatus } from './types';

/** The fields an entry may have, in the order `toLexiconYaml` writes them. */
export const ENTRY_FIELDS = ['term', 'abbreviation', 'status', 'definition', 'source', 'variants', 'deprecated', 'translations', 'deprecatedTranslations', 'useInstead', 'note'] as const;

/** Top-level keys besides `terms`: descriptive only. */
const ROOT_FIELDS = ['terms', 'title', 'description'] as const;

/**
 * Parses lexicon YAML. Problems carry UTF-16 offsets into `text` and stable ids (see `LEXICON_PROBLEMS`):
 * syntax errors (`lexicon.yaml`), entries without a term (skipped), unknown statuses (with "did you mean";
 * the entry counts as agreed), values of the wrong type (ignored), unknown fields and languages, duplicate
 * terms and deprecated forms that are agreed elsewhere. Whatever can be read is kept, so that one typo does
 * not switch off the whole lexicon.
 *
 * Hostile input is refused with a `lexicon.limit` problem, never a crash or a hang: files over
 * `maxYamlChars`, nesting deeper than `maxYamlNesting`, more than `maxAliases` alias resolutions,
 * more than `maxEntries` entries (see `LEXICON_LIMITS`).
 *
 * A file in the usual layout is read entry by entry (see `readEntryByEntry`), with the same result as reading it
 * whole; `earlier`, the `readings` of the same file's last reading, spares the entries an edit left as they were.
 */
export function parseLexicon(text: string, path: string, earlier?: EntryReadings): ParsedLexicon {
  return readLexicon(text, path, true, earlier);
}

/**
 * The file parsed as one YAML document, never in pieces: what `parseLexicon` must give in every case (the tests hold
 * it to that).
 */
export function parseLexiconWhole(text: string, path: string): ParsedLexicon {
  return readLexicon(text, path, false, undefined);
}

function readLexicon(text: string, path: string, inPieces: boolean, earlier: EntryReadings | undefined): ParsedLexicon {
  const empty = (problem: DataFileProblem): ParsedLexicon => ({ lexicon: { path, entries: [] }, problems: [problem] });
  if (text.length > LEXICON_LIMITS.maxYamlChars) {
    return empty(lexiconProblem('lexicon.limit', `The lexicon is ${text.length.toLocaleString('en')} characters long; the limit is ${LEXICON_LIMITS.maxYamlChars.toLocaleString('en')}. Split it into several *.lexicon.yaml files.`, 0, 0));
  }
  const deep = findExcessiveNesting(text, LEXICON_LIMITS.maxYamlNesting);
  if (deep !== undefined) {
    return empty(lexiconProblem('lexicon.limit', `The YAML nests deeper than ${LEXICON_LIMITS.maxYamlNesting} levels here; a lexicon needs about 5. The file was not read.`, deep, deep + 1));
  }
  const cut = inPieces ? cutIntoEntries(text) : undefined;
  const byEntry = cut !== undefined ? readEntryByEntry(text, cut, earlier) : undefined;
  let read: { entries: LexiconEntry[]; problems: ProblemList; locations: ReadonlyMap<LexiconEntry, EntryLocations>; readings?: EntryReadings };
  if (byEntry !== undefined) read = byEntry;
  else {
    const document = parseYaml(text);
    if (document === undefined) return empty(lexiconProblem('lexicon.limit', 'The YAML is too deeply nested or too complex to read.', 0, 0));
    const reader = new LexiconReader(text, document);
    read = { entries: reader.read(), problems: reader.problems, locations: reader.locations };
  }
  const { entries, problems } = read;
  for (const problem of checkEntries(entries, text, read.locations)) problems.add(problem);
  const sorted = problems.finish().sort((a, b) => a.start - b.start || a.end - b.end);
  return { lexicon: { path, entries }, problems: sorted, ...(read.readings ? { readings: read.readings } : {}) };
}

/** A lexicon file read: its entries and problems, and (for YAML cut into entries) each entry's reading for the next parse. */
export interface ParsedLexicon {
  readonly lexicon: Lexicon;
  readonly problems: DataFileProblem[];
  /** Pass to the next `parseLexicon` of the same file: the entries whose text is unchanged are not parsed again. */
  readonly readings?: EntryReadings;
}

/** One entry's text as read alone: offsets from the entry's start. */
interface EntryReading {
  readonly entry: LexiconEntry | undefined;
  readonly locations: EntryLocations | undefined;
  readonly problems: ReadonlyArray<DataFileProblem>;
}

/** Entries as read, by their text (from the `- ` of one to the next), for the next parse of the same file. */
export type EntryReadings = ReadonlyMap<string, EntryReading>;

/** The YAML document, or undefined when the parser gives up (a nesting the pre-scan missed exhausted the stack). */
function parseYaml(text: string): Document.Parsed | undefined {
  try {
    return parseYamlWithUniqueKeys(text);
  } catch {
    return undefined;
  }
}

/**
 * Reads a lexicon cut into entries: the head (root keys down to `terms:`) and each entry parsed on their own, an
 * entry whose text is in `earlier` not parsed again. A terminologist typing in a 2,000-term lexicon re-parses one
 * entry a keystroke instead of the whole file (the YAML library takes about 70 ms for it). The result is the whole
 * file's reading; undefined (parse the file whole) wherever reading in pieces could differ from it: a syntax error
 * or warning anywhere, an alias, a head whose `terms:` is not empty, more entries than the limit.
 */
function readEntryByEntry(text: string, cut: EntryTexts, earlier: EntryReadings | undefined): { entries: LexiconEntry[]; problems: ProblemList; locations: Map<LexiconEntry, EntryLocations>; readings: EntryReadings } | undefined {
  if (cut.starts.length > LEXICON_LIMITS.maxEntries) return undefined;
  const headText = text.slice(0, cut.headEnd);
  const head = parseYaml(headText);
  if (head === undefined || head.errors.length > 0 || head.warnings.length > 0) return undefined;
  const headReader = new LexiconReader(headText, head);
  if (headReader.readHead() !== 'emptyTerms' || headReader.usedAliases) return undefined;
  const problems = new ProblemList(LEXICON_LIMITS.maxProblems);
  for (const problem of headReader.problems.items) problems.add(problem);
  const entries: LexiconEntry[] = [];
  const locations = new Map<LexiconEntry, EntryLocations>();
  const readings = new Map<string, EntryReading>();
  for (let i = 0; i < cut.starts.length; i++) {
    const start = cut.starts[i];
    const entryText = text.slice(start, i + 1 < cut.starts.length ? cut.starts[i + 1] : text.length);
    const reading = earlier?.get(entryText) ?? readings.get(entryText) ?? readAlone(entryText);
    if (reading === undefined) return undefined;
    readings.set(entryText, reading);
    for (const problem of reading.problems) problems.add({ ...problem, start: problem.start + start, end: problem.end + start });
    if (reading.entry === undefined) continue;
    const entry: LexiconEntry = { ...reading.entry, start: reading.entry.start + start, end: reading.entry.end + start, termStart: reading.entry.termStart + start, termEnd: reading.entry.termEnd + start };
    entries.push(entry);
    if (reading.locations !== undefined) locations.set(entry, shiftLocations(reading.locations, start));
  }
  return { entries, problems, locations, readings };
}

/** One entry's text parsed and read alone, or undefined when that could differ from reading it in the file. */
function readAlone(cutText: string): EntryReading | undefined {
  // Parsed from a copy: the values the YAML library cuts from its text (plain scalars) would keep the version of the
  // file this entry was cut from alive as long as the reading is kept for later versions, a 300 KB text for each
  // edited entry (161 MB after 300 keystrokes in the benchmark lexicon with plain values).
  const entryText = detached(cutText);
  // Most entries are in the plain layout, read here without the YAML library's parser at a tenth of its time.
  const plain = readPlainEntry(entryText);
  let reader: LexiconReader;
  let item: Node | null;
  if (plain !== undefined) {
    reader = new LexiconReader(entryText, undefined);
    item = plain;
  } else {
    const document = parseYaml(entryText);
    if (document === undefined || document.errors.length > 0 || document.warnings.length > 0) return undefined;
    const list = document.contents;
    if (!isSeq(list) || list.items.length !== 1) return undefined;
    reader = new LexiconReader(entryText, document);
    item = (list.items[0] as Node | null) ?? null;
  }
  const entry = reader.readEntry(item);
  if (reader.usedAliases || reader.problems.droppedAny) return undefined;
  return { entry, locations: entry !== undefined ? reader.locations.get(entry) : undefined, problems: reader.problems.items };
}

function shiftLocations(locations: EntryLocations, by: number): EntryLocations {
  const shift = (span: Span): Span => [span[0] + by, span[1] + by];
  const deprecatedTranslations: Partial<Record<LexiconLanguage, readonly Span[]>> = {};
  for (const language of Object.keys(locations.deprecatedTranslations) as LexiconLanguage[]) deprecatedTranslations[language] = locations.deprecatedTranslations[language]!.map(shift);
  return {
    ...(locations.abbreviation !== undefined ? { abbreviation: shift(locations.abbreviation) } : {}),
    variants: locations.variants.map(shift),
    deprecated: locations.deprecated.map(shift),
    deprecatedTranslations,
  };
}

/** Walks the YAML nodes of one document, reading only the shapes a lexicon has (so its recursion is bounded). */
class LexiconReader {
  readonly problems = new ProblemList(LEXICON_LIMITS.maxProblems);
  readonly locations = new Map<LexiconEntry, EntryLocations>();
  private aliasesLeft: number = LEXICON_LIMITS.maxAliases;
  private aliasLimitReported = false;

  /** `document` is undefined for nodes read without the YAML library (see `readPlainEntry`): they have no aliases. */
  constructor(private readonly text: string, private readonly document: Document.Parsed | undefined) {}

  /** True once an alias has been followed: the entry then depends on the rest of the file. */
  get usedAliases(): boolean {
    return this.aliasesLeft < LEXICON_LIMITS.maxAliases;
  }

  read(): LexiconEntry[] {
    for (const error of this.document?.errors ?? []) this.add('lexicon.yaml', `YAML: ${firstLine(error.message)}`, ...this.visible(error.pos));
    for (const warning of this.document?.warnings ?? []) this.add('lexicon.yaml', `YAML: ${firstLine(warning.message)}`, ...this.visible(warning.pos), 'warning');
    const terms = this.readRoot();
    if (terms === undefined) return [];
    const list = this.resolve(terms);
    if (list === undefined || (isScalar(list) && list.value === null)) return [];
    if (!isSeq(list)) {
      this.add('lexicon.wrongType', '`terms` must be a list of entries, each starting with `- term:`.', ...this.span(list));
      return [];
    }
    const entries: LexiconEntry[] = [];
    for (const item of list.items) {
      if (entries.length >= LEXICON_LIMITS.maxEntries) {
        this.add('lexicon.limit', `Only the first ${LEXICON_LIMITS.maxEntries.toLocaleString('en')} entries are read.`, ...this.span(item as Node));
        break;
      }
      const entry = this.readEntry(item as Node | null);
      if (entry !== undefined) entries.push(entry);
    }
    return entries;
  }

  /**
   * Reads the head of a file cut into entries (see `readEntryByEntry`): 'emptyTerms' when its `terms:` has no
   * value, as the head of that layout has, the entries standing after it.
   */
  readHead(): 'emptyTerms' | 'other' {
    const terms = this.readRoot();
    return terms !== undefined && isScalar(terms) && terms.value === null && terms.range?.[0] === terms.range?.[1] ? 'emptyTerms' : 'other';
  }

  /**
   * The root mapping's checks (unknown keys); gives the value of `terms`, or undefined when there is none to read
   * (an empty file, a root that is not a mapping, no `terms:`; the last two with a problem).
   */
  private readRoot(): Node | undefined {
    const root = this.resolve(this.document?.contents);
    // An empty file (or one with only comments) is an empty lexicon, as when someone has just created it.
    if (root === undefined || (isScalar(root) && root.value === null)) return undefined;
    if (!isMap(root)) {
      this.add('lexicon.wrongType', 'A lexicon is a mapping with a `terms:` list (`terms:` then `- term: ...`).', ...this.span(root));
      return undefined;
    }
    let terms: Node | undefined;
    for (const pair of root.items) {
      const key = this.keyOf(pair.key);
      if (key === undefined) continue;
      if (key.name === 'terms') terms = (pair.value as Node | null) ?? undefined;
      else if (!(ROOT_FIELDS as readonly string[]).includes(key.name)) this.unknownField(key.name, key.span, ROOT_FIELDS);
    }
    if (terms === undefined) this.add('lexicon.noTerms', 'This lexicon has no `terms:` list.', ...this.span(root, true));
    return terms;
  }

  readEntry(node: Node | null): LexiconEntry | undefined {
    const resolved = this.resolve(node);
    if (resolved === undefined) return undefined;
    if (!isMap(resolved)) {
      this.add('lexicon.wrongType', 'Each entry is a mapping that starts with `term:`.', ...this.span(resolved));
      return undefined;
    }
    const [start, end] = this.span(resolved, true);
    let term: { value: string; span: Span } | undefined;
    let termReported = false;
    let status: LexiconStatus = 'agreed';
    const entry: Omit<LexiconEntry, 'term' | 'termStart' | 'termEnd'> = { status, variants: [], deprecated: [], translations: {}, deprecatedTranslations: {}, start, end };
    const locations: { abbreviation?: Span; variants: Span[]; deprecated: Span[]; deprecatedTranslations: Partial<Record<LexiconLanguage, Span[]>> } = { variants: [], deprecated: [], deprecatedTranslations: {} };
    for (const pair of resolved.items) {
      const key = this.keyOf(pair.key);
      if (key === undefined) continue;
      const value = (pair.value as Node | null) ?? null;
      switch (key.name) {
        case 'term': {
          const before = this.problems.items.length;
          const read = this.readText(value, '`term`');
          if (read !== undefined) term = read;
          // A term of the wrong type is already reported; saying it is also missing would be noise.
          else termReported = this.problems.items.length > before;
          break;
        }
        case 'abbreviation': {
          const read = this.readText(value, '`abbreviation`');
          if (read !== undefined) {
            entry.abbreviation = read.value;
            locations.abbreviation = read.span;
          }
          break;
        }
        case 'status': {
          const read = this.readText(value, '`status`');
          if (read === undefined) break;
          const known = LEXICON_STATUSES.find((candidate) => candidate === read.value.trim().toLowerCase());
          if (known !== undefined) status = known;
          else {
            const suggestion = didYouMean(read.value.trim(), LEXICON_STATUSES);
            const hint = suggestion !== undefined ? ` Did you mean “${suggestion}”?` : '';
            this.add('lexicon.unknownStatus', `Unknown status “${read.value}”.${hint} A status is one of ${LEXICON_STATUSES.join(', ')}; this entry counts as agreed.`, ...read.span);
          }
          break;
        }
        case 'definition':
        case 'source':
        case 'note':
        case 'useInstead': {
          const read = this.readText(value, `\`${key.name}\``);
          if (read !== undefined) entry[key.name] = read.value;
          break;
        }
        case 'variants':
        case 'deprecated': {
          for (const item of this.readList(value, key.name)) {
            entry[key.name].push(item.value);
            locations[key.name].push(item.span);
          }
          break;
        }
        case 'translations':
          this.readLanguages(value, 'translations', (language, items) => {
            entry.translations[language] = items.length === 1 ? items[0].value : items.map((item) => item.value);
          });
          break;
        case 'deprecatedTranslations':
          this.readLanguages(value, 'deprecatedTranslations', (language, items) => {
            entry.deprecatedTranslations[language] = items.map((item) => item.value);
            locations.deprecatedTranslations[language] = items.map((item) => item.span);
          });
          break;
        default:
          this.unknownField(key.name, key.span, ENTRY_FIELDS);
      }
    }
    if (term === undefined) {
      if (!termReported) this.add('lexicon.missingTerm', 'This entry has no `term:`; it is ignored until it has one.', start, end);
      return undefined;
    }
    for (const [form, span] of [[term.value, term.span] as const, ...entry.variants.map((v, i) => [v, locations.variants[i]] as const)]) {
      if (form.length > LEXICON_LIMITS.maxFormChars) this.add('lexicon.formTooLong', `This form is ${form.length} characters long; forms over ${LEXICON_LIMITS.maxFormChars} are not matched in documents.`, ...span);
    }
    const complete: LexiconEntry = { term: term.value, ...entry, status, termStart: term.span[0], termEnd: term.span[1] };
    this.locations.set(complete, locations);
    return complete;
  }

  /**
   * A text value. Null (`definition:` left empty) is absent without a problem; numbers and booleans are
   * read as written. `label` starts the message: "`term` must be text, not a list."
   */
  private readText(node: Node | null, label: string): { value: string; span: Span } | undefined {
    const resolved = this.resolve(node);
    if (resolved === undefined) return undefined;
    if (!isScalar(resolved)) {
      this.add('lexicon.wrongType', `${label} must be text, not a ${isSeq(resolved) ? 'list' : 'mapping'}.`, ...this.span(resolved));
      return undefined;
    }
    if (resolved.value === null) return undefined;
    const value = typeof resolved.value === 'string' ? resolved.value : String(resolved.source ?? resolved.value);
    const trimmed = value.trim();
    if (trimmed.length === 0) return undefined;
    return { value: trimmed, span: this.span(node ?? resolved) };
  }

  /** A list of texts; a single text is accepted as a list of one. */
  private readList(node: Node | null, field: string): Array<{ value: string; span: Span }> {
    const resolved = this.resolve(node);
    if (resolved === undefined) return [];
    if (isScalar(resolved)) {
      const one = this.readText(node, `\`${field}\``);
      return one === undefined ? [] : [one];
    }
    if (!isSeq(resolved)) {
      this.add('lexicon.wrongType', `\`${field}\` must be a list of texts (\`[a, b]\` or lines starting with \`- \`), not a mapping.`, ...this.span(resolved));
      return [];
    }
    const items: Array<{ value: string; span: Span }> = [];
    for (const item of resolved.items) {
      const read = this.readText(item as Node | null, `Each item of \`${field}\``);
      if (read !== undefined) items.push(read);
    }
    return items;
  }

  /** A mapping from language codes to one text or a list of texts. */
  private readLanguages(node: Node | null, field: string, take: (language: LexiconLanguage, items: Array<{ value: string; span: Span }>) => void): void {
    const resolved = this.resolve(node);
    if (resolved === undefined || (isScalar(resolved) && resolved.value === null)) return;
    if (!isMap(resolved)) {
      this.add('lexicon.wrongType', `\`${field}\` must be a mapping from language codes to texts (\`{ fr: ..., es: ... }\`).`, ...this.span(resolved));
      return;
    }
    for (const pair of resolved.items) {
      const key = this.keyOf(pair.key);
      if (key === undefined) continue;
      const language = LEXICON_LANGUAGES.find((code) => code === key.name.toLowerCase());
      if (language === undefined) {
        const suggestion = didYouMean(key.name, LEXICON_LANGUAGES);
        const hint = suggestion !== undefined ? ` Did you mean “${suggestion}”?` : '';
        this.add('lexicon.unknownLanguage', `Unknown language “${key.name}”.${hint} Languages are ${LEXICON_LANGUAGES.join(', ')}.`, ...key.span);
        continue;
      }
      const items = this.readList((pair.value as Node | null) ?? null, `${field}.${language}`);
      if (items.length > 0) take(language, items);
    }
  }

  /** The name and span of a mapping key, or undefined (with a problem) when the key is not text. */
  private keyOf(node: unknown): { name: string; span: Span } | undefined {
    const resolved = this.resolve((node as Node | null) ?? null);
    if (resolved === undefined) return undefined;
    if (!isScalar(resolved) || resolved.value === null) {
      this.add('lexicon.wrongType', 'A key must be a plain name.', ...this.span(resolved));
      return undefined;
    }
    return { name: String(resolved.value), span: this.span(node as Node) };
  }

  private unknownField(name: string, span: Span, known: readonly string[]): void {
    const suggestion = didYouMean(name, known);
    const hint = suggestion !== undefined ? ` Did you mean “${suggestion}”?` : '';
    this.add('lexicon.unknownField', `Unknown field “${name}”; it is ignored.${hint}`, ...span);
  }

  /** Follows an alias (within the alias budget) to the node it names. */
  private resolve(node: Node | null | undefined): Node | undefined {
    if (node === null || node === undefined) return undefined;
    if (!isAlias(node)) return node;
    if (this.aliasesLeft <= 0) {
      if (!this.aliasLimitReported) {
        this.aliasLimitReported = true;
        this.add('lexicon.limit', `More than ${LEXICON_LIMITS.maxAliases} aliases (*name); the rest are ignored. Repeated aliases can expand a small file into a huge one.`, ...this.span(node));
      }
      return undefined;
    }
    this.aliasesLeft--;
    const target = this.document !== undefined ? node.resolve(this.document) : undefined;
    // An alias to a collection could loop back into itself; only scalars and flat collections are read
    // through aliases, and the reader never recurses below an entry's fields, so no cycle can be followed forever.
    return target ?? undefined;
  }

  /** A node's range: the value only (no trailing comment or newline); `whole` trims trailing spaces too. */
  private span(node: Node, whole = false): Span {
    const range = node.range;
    if (!range) return [0, 0];
    let end = range[1];
    if (whole) while (end > range[0] && /\s/.test(this.text[end - 1])) end--;
    return [range[0], end];
  }

  /** A parser position made visible: at the end of the text it covers the last character rather than nothing. */
  private visible([start, end]: readonly [number, number]): Span {
    const length = this.text.length;
    const from = Math.min(start, length);
    const to = Math.min(Math.max(end, from), length);
    if (to > from) return [from, to];
    return from < length ? [from, from + 1] : [Math.max(0, length - 1), length];
  }

  private add(id: LexiconProblemId, message: string, start: number, end: number, severity?: 'error' | 'warning'): void {
    // The YAML library may point one past the end (a missing closing quote); ranges stay inside the text.
    const length = this.text.length;
    this.problems.add(lexiconProblem(id, message, Math.min(start, length), Math.min(end, length), severity));
  }
}

function firstLine(message: string): string {
  const line = message.split('\n')[0].trim();
  return line.replace(/ at line \d+, column \d+:?$/, '');
}
