// Reads a workspace `delegations.yaml` into registry entries and problems with exact offsets; never throws, whatever the YAML.

import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseYamlWithUniqueKeys } from '../yamlDocument';

import { findExcessiveNesting } from '../lexicon/yamlNesting';
import { builtinRegistry } from './builtinRegistry';
import { DELEGATIONS_LIMITS } from './limits';
import { DELEGATIONS_FILE_PROBLEMS, delegationsFileMessages as messages, type DelegationsFileProblemId } from './fileProblems';
import { normalizeKey } from './normalizeKey';
import type { DelegationRegistry } from './registry';
import { typoDistance } from './typoDistance';
import { DELEGATION_KINDS, type DataFileProblem, type Delegation, type DelegationEntry, type DelegationKind } from './types';

/** What `parseDelegationsFile` returns: the entries it could read, and everything wrong with the file. */
export interface ParsedDelegationsFile {
  readonly entries: DelegationEntry[];
  readonly problems: DataFileProblem[];
}

/**
 * The most nodes YAML aliases may expand to. A real delegations file has no reason to use aliases at all;
 * the limit only has to stop a file of nested aliases ("billion laughs") before it expands.
 */
export const MAX_ALIAS_COUNT = 100;

const ENTRY_KEYS = ['code', 'name', 'rename', 'kind', 'aliases', 'members', 'membershipNote', 'note'] as const;
type EntryKey = (typeof ENTRY_KEYS)[number];
const TOP_LEVEL_KEYS = ['delegations'] as const;
/** Characters that separate items, clauses and roles in an attribution (`{proposed: US, EU; opposed: G77}`). */
const CODE_BREAKERS = /[\s,;:{}[\]]/;
const SPELLING_BREAKERS = /[,;{}[\]]/;

interface Located {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Reads `delegations.yaml` (format in docs/delegations.md): a `delegations:` list whose entries add
 * delegations or change built-in ones. Problems carry UTF-16 offsets into `text`; entries with a usable
 * `code` are returned even when other fields are wrong, so that a file being edited keeps working.
 * `base` is the registry the entries will be added to: it decides which codes already exist and which
 * members are known.
 */
export function parseDelegationsFile(text: string, base: DelegationRegistry = builtinRegistry()): ParsedDelegationsFile {
  const refused = (start: number, message: string): ParsedDelegationsFile => ({
    entries: [],
    problems: [{ id: 'delegations.limit', severity: DELEGATIONS_FILE_PROBLEMS['delegations.limit'], message, start, end: Math.min(text.length, start + 1) }],
  });
  // Hostile files are refused before the YAML library sees them: it is slow on huge inputs and recursive on deep ones.
  if (text.length > DELEGATIONS_LIMITS.maxChars) return refused(0, messages.tooLong(text.length, DELEGATIONS_LIMITS.maxChars));
  const deep = findExcessiveNesting(text, DELEGATIONS_LIMITS.maxNesting);
  if (deep !== undefined) return refused(deep, messages.tooDeep(DELEGATIONS_LIMITS.maxNesting));
  const reader = new DelegationsFileReader(text, base);
  try {
    reader.read();
  } catch (error) {
    // The YAML library or a pathological input (deep nesting exhausts the stack) may throw; the editor must not.
    reader.report('delegations.yaml', 0, Math.min(text.length, 1), messages.crashed(errorText(error)));
    return { entries: [], problems: reader.finishProblems() };
  }
  // In file order, as a reader fixes them, whatever order the checks ran in.
  return { entries: reader.entries, problems: reader.finishProblems().sort((a, b) => a.start - b.start || a.end - b.end) };
}

class DelegationsFileReader {
  readonly entries: DelegationEntry[] = [];
  readonly problems: DataFileProblem[] = [];
  private doc: Document.Parsed | undefined;
  private readonly members: Located[] = [];
  /** Normalized code to the entry that first used it in this file. */
  private readonly codesInFile = new Map<string, DelegationEntry>();
  /** Set when the YAML has syntax errors: only those are reported. */
  private quiet = false;
  /** Problems past `maxProblems`, counted in one closing problem. */
  private dropped = 0;
  private suggestionsLeft: number = DELEGATIONS_LIMITS.maxMemberSuggestions;

  constructor(
    private readonly text: string,
    private readonly base: DelegationRegistry,
  ) {}

  read(): void {
    const doc = parseYamlWithUniqueKeys(this.text);
    this.doc = doc;
    for (const error of doc.errors) this.report('delegations.yaml', error.pos[0], error.pos[1], firstLine(error.message));
    // Entries are still read from a broken file so that the registry keeps working while someone types, but
    // their problems would mostly be echoes of the syntax error (a half-typed `[` reads as a list), so they wait.
    this.quiet = doc.errors.length > 0;
    for (const warning of doc.warnings) {
      this.report('delegations.yaml', warning.pos[0], warning.pos[1], firstLine(warning.message), 'warning');
    }
    if (!this.aliasesAreSafe(doc)) return;

    const root = doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return;
    const rootNode = this.deref(root);
    if (!isMap(rootNode)) {
      this.reportAt('delegations.wrongType', root, messages.notAMapping());
      return;
    }
    for (const pair of rootNode.items) {
      const key = this.keyOf(pair);
      if (key === 'delegations') this.readList(pair);
      else this.reportUnknownKey(pair, TOP_LEVEL_KEYS);
    }
    this.checkMembers();
  }

  report(id: DelegationsFileProblemId, start: number, end: number, message: string, severity?: 'error' | 'warning'): void {
    if (this.quiet && id !== 'delegations.yaml' && id !== 'delegations.aliasLimit' && id !== 'delegations.limit') return;
    const from = clamp(start, 0, this.text.length);
    let to = clamp(end, from, this.text.length);
    // YAML node ranges of block collections run to the next line; the squiggle should stop at the last character.
    while (to > from && /\s/.test(this.text[to - 1])) to--;
    if (this.problems.length >= DELEGATIONS_LIMITS.maxProblems) {
      this.dropped++;
      return;
    }
    this.problems.push({ id, severity: severity ?? DELEGATIONS_FILE_PROBLEMS[id], message, start: from, end: to });
  }

  /** The problems, with a closing `delegations.limit` warning when some were left out. */
  finishProblems(): DataFileProblem[] {
    if (this.dropped === 0) return [...this.problems];
    const last = this.problems[this.problems.length - 1];
    return [...this.problems, { id: 'delegations.limit', severity: 'warning', message: messages.moreProblems(this.dropped), start: last.start, end: last.end }];
  }

  /** Runs the YAML library's own expansion check once; a file that fails it is not walked at all. */
  private aliasesAreSafe(doc: Document.Parsed): boolean {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
      return true;
    } catch (error) {
      if (!(error instanceof ReferenceError)) throw error;
      // The library throws a ReferenceError both for an expansion past the limit and for `*name` without an
      // `&name` anchor; only its message tells them apart.
      const tooMany = /alias count/i.test(error.message);
      const alias = this.firstAlias(doc, tooMany ? undefined : /:\s*(\S+)\s*$/.exec(error.message)?.[1]);
      const [start, end] = alias?.range ?? [0, Math.min(this.text.length, 1)];
      if (tooMany) this.report('delegations.aliasLimit', start, end, messages.aliasLimit(MAX_ALIAS_COUNT));
      else this.report('delegations.yaml', start, end, firstLine(error.message));
      return false;
    }
  }

  /** The first alias node in the document, or the first one naming `source` when given. */
  private firstAlias(doc: Document.Parsed, source: string | undefined): Node | undefined {
    let found: Node | undefined;
    visit(doc, {
      Alias(_, node) {
        if (source !== undefined && node.source !== source) return undefined;
        found = node;
        return visit.BREAK;
      },
    });
    return found;
  }

  private readList(pair: Pair): void {
    if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) return;
    const list = this.deref(pair.value);
    if (!isSeq(list)) {
      this.reportAt('delegations.wrongType', pair.value, messages.notAList());
      return;
    }
    for (const item of list.items) {
      if (this.entries.length >= DELEGATIONS_LIMITS.maxEntries) {
        this.reportAt('delegations.limit', item, messages.tooManyEntries(DELEGATIONS_LIMITS.maxEntries));
        break;
      }
      const entry = this.deref(item);
      if (isMap(entry)) this.readEntry(entry, item as Node);
      else this.reportAt('delegations.wrongType', item, messages.entryNotAMapping());
    }
  }

  private readEntry(map: YAMLMap, written: Node): void {
    const fields: Partial<Record<EntryKey, Located>> = {};
    const writtenKeys = new Set<string>();
    const lists: Partial<Record<'aliases' | 'members', Located[]>> = {};
    for (const pair of map.items) {
      const key = this.keyOf(pair);
      if (key !== undefined) writtenKeys.add(key);
      if (key === 'aliases' || key === 'members') {
        lists[key] = this.stringList(pair, key);
      } else if (key !== undefined && (ENTRY_KEYS as readonly string[]).includes(key)) {
        // A note is prose and may be a folded or literal block; the other fields are written in attributions.
        const value = this.string(pair, key, key === 'note');
        if (value !== undefined) fields[key as EntryKey] = value;
      } else {
        this.reportUnknownKey(pair, ENTRY_KEYS);
      }
    }

    // Validated before the code, so that one pass over a broken entry reports everything wrong with it.
    const kind = this.kindOf(fields.kind);
    const membershipNote = this.membershipNoteOf(fields.membershipNote);
    const code = fields.code;
    if (code === undefined) {
      if (!writtenKeys.has('code')) {
        const [start, end] = written.range ?? [0, 0];
        this.report('delegations.missingCode', start, end, messages.missingCode());
      }
      return;
    }
    if (CODE_BREAKERS.test(code.value)) {
      this.report('delegations.badCode', code.start, code.end, messages.badCode(code.value));
      return;
    }

    const entry: DelegationEntry = {
      code: code.value,
      ...(fields.name === undefined ? {} : { name: fields.name.value }),
      ...(fields.rename === undefined ? {} : { rename: fields.rename.value }),
      ...(kind === undefined ? {} : { kind }),
      ...(lists.aliases === undefined ? {} : { aliases: lists.aliases.map((alias) => alias.value) }),
      ...(lists.members === undefined ? {} : { members: lists.members.map((member) => member.value) }),
      ...(membershipNote === undefined ? {} : { membershipNote }),
      ...(fields.note === undefined ? {} : { note: fields.note.value }),
      codeStart: code.start,
      codeEnd: code.end,
    };
    this.checkEntry(entry, code, fields, lists.aliases ?? [], writtenKeys);
    this.members.push(...(lists.members ?? []));
    this.entries.push(entry);
  }

  /** Warnings that depend on what the registry already knows: renames, missing names, borrowed spellings. */
  private checkEntry(
    entry: DelegationEntry,
    code: Located,
    fields: Partial<Record<EntryKey, Located>>,
    aliases: Located[],
    writtenKeys: ReadonlySet<string>,
  ): void {
    const codeKey = normalizeKey(code.value);
    const existing = this.base.get(code.value);
    const earlier = this.codesInFile.get(codeKey);
    if (earlier !== undefined) this.report('delegations.duplicateCode', code.start, code.end, messages.duplicateCode(code.value));
    else this.codesInFile.set(codeKey, entry);

    if (existing !== undefined) {
      if (fields.name !== undefined && normalizeKey(fields.name.value) !== normalizeKey(existing.name)) {
        this.report('delegations.existingCode', fields.name.start, fields.name.end, messages.existingCode(code.value, existing.name));
      }
    } else if (earlier === undefined) {
      if (fields.name === undefined && fields.rename !== undefined) {
        this.report('delegations.renameUnknown', fields.rename.start, fields.rename.end, messages.renameUnknown(code.value));
      } else if (!writtenKeys.has('name') && !writtenKeys.has('rename')) {
        this.report('delegations.missingName', code.start, code.end, messages.missingName(code.value));
      }
    }

    const targetCode = existing?.code ?? earlier?.code ?? code.value;
    const targetName = existing?.name ?? entry.name ?? entry.rename ?? code.value;
    const spellings: Located[] = [...aliases];
    if (existing === undefined) spellings.push(code);
    if (existing === undefined && fields.name !== undefined) spellings.push(fields.name);
    if (fields.rename !== undefined) spellings.push(fields.rename);
    for (const spelling of spellings) {
      if (aliases.includes(spelling) && SPELLING_BREAKERS.test(spelling.value)) {
        this.report('delegations.unusableSpelling', spelling.start, spelling.end, messages.unusableSpelling(spelling.value));
      }
      const other: Delegation | undefined = this.base.resolve(spelling.value);
      if (other !== undefined && other.code !== targetCode) {
        this.report(
          'delegations.aliasConflict',
          spelling.start,
          spelling.end,
          messages.aliasConflict(spelling.value, `${other.name} (${other.code})`, `${targetName} (${targetCode})`),
        );
      }
    }
  }

  /** Members are checked against the registry with this file applied, so entries may name each other. */
  private checkMembers(): void {
    if (this.members.length === 0) return;
    const combined = this.base.withAdditions(this.entries);
    for (const member of this.members) {
      if (combined.resolve(member.value) !== undefined) continue;
      // Each suggestion scans the whole registry; past a few dozen unknown members the file is not a typo away from right.
      const suggestion = this.suggestionsLeft-- > 0 ? combined.suggest(member.value) : undefined;
      this.report('delegations.unknownMember', member.start, member.end, messages.unknownMember(member.value, suggestion));
    }
  }

  private kindOf(kind: Located | undefined): DelegationKind | undefined {
    if (kind === undefined) return undefined;
    const value = kind.value.toLowerCase();
    if ((DELEGATION_KINDS as readonly string[]).includes(value)) return value as DelegationKind;
    this.report('delegations.unknownKind', kind.start, kind.end, messages.unknownKind(kind.value, DELEGATION_KINDS));
    return undefined;
  }

  private membershipNoteOf(note: Located | undefined): 'informal' | undefined {
    if (note === undefined) return undefined;
    if (note.value.toLowerCase() === 'informal') return 'informal';
    this.report('delegations.wrongType', note.start, note.end, messages.notInformal());
    return undefined;
  }

  /** A non-empty text value (one line unless `multiline`, then with its line breaks folded), or undefined after reporting why not. */
  private string(pair: Pair, key: string, multiline = false): Located | undefined {
    const node = this.deref(pair.value);
    if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') {
      const value = node.value.trim();
      if (multiline) return this.located(value.replace(/\s+/g, ' '), pair.value as Node);
      if (!/[\r\n]/.test(value)) return this.located(value, pair.value as Node);
    }
    this.reportValue(pair, messages.notAString(key));
    return undefined;
  }

  private stringList(pair: Pair, key: string): Located[] {
    const node = this.deref(pair.value);
    if (pair.value === null || (isScalar(node) && node.value === null)) return [];
    if (!isSeq(node)) {
      this.reportValue(pair, messages.notAStringList(key));
      return [];
    }
    const values: Located[] = [];
    for (const item of node.items) {
      const scalar = this.deref(item);
      if (isScalar(scalar) && typeof scalar.value === 'string' && scalar.value.trim() !== '') {
        values.push(this.located(scalar.value.trim(), item as Node));
      } else {
        this.reportAt('delegations.wrongType', item, messages.notAStringList(key));
      }
    }
    return values;
  }

  private reportUnknownKey(pair: Pair, known: readonly string[]): void {
    const key = this.keyOf(pair) ?? '';
    let suggestion: string | undefined;
    let best = 3;
    for (const candidate of known) {
      const distance = typoDistance(key.toLowerCase(), candidate.toLowerCase(), 2);
      if (distance < best) {
        best = distance;
        suggestion = candidate;
      }
    }
    this.reportAt('delegations.unknownKey', pair.key, messages.unknownKey(key, suggestion));
  }

  /** Reports at the value, or at the key when the value is missing (`name:` with nothing after it). */
  private reportValue(pair: Pair, message: string): void {
    const value = pair.value as Node | null;
    const range = value?.range;
    const hasText = range !== undefined && range !== null && range[1] > range[0];
    this.reportAt('delegations.wrongType', hasText ? value : pair.key, message);
  }

  private reportAt(id: DelegationsFileProblemId, node: unknown, message: string): void {
    const range = (node as Node | null)?.range;
    this.report(id, range?.[0] ?? 0, range?.[1] ?? 0, message);
  }

  /** A value with the offsets of the node as written (the alias `*a`, not its anchor, when it is one). */
  private located(value: string, written: Node): Located {
    const [start, end] = written.range ?? [0, 0];
    return { value, start, end };
  }

  private keyOf(pair: Pair): string | undefined {
    const key = this.deref(pair.key);
    return isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : undefined;
  }

  /** Follows an alias to its anchored node; safe because `aliasesAreSafe` bounded the expansion. */
  private deref(node: unknown): unknown {
    return isAlias(node) && this.doc !== undefined ? node.resolve(this.doc) : node;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(max, Number.isFinite(value) ? value : min));
}
