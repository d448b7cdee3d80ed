// Reads the clauses of an annotation (`{proposed: RU; supported: CN, IR; ad ref}`) and decides whether it is one at all.

import type { Clause, ParagraphStatus, Role } from './model';
import { hasIrregularSpace, isWords } from './clauseText';
import { ClauseTable, type ReadonlyClauseTable } from './clauseTable';
import { normaliseSpelling, Spellings } from './spellings';
import { SharedStrings } from '../text/sharedStrings';
import { enlarged } from '../text/typedArrays';
import { isWhiteSpace } from '../text/whiteSpace';
import type { DelegationResolver } from './options';

/** The roles of the language, and the few spellings drafters use for them. */
const ROLE_SPELLINGS = new Spellings<Role>({
  proposed: 'proposed',
  'proposed by': 'proposed',
  supported: 'supported',
  'supported by': 'supported',
  opposed: 'opposed',
  'opposed by': 'opposed',
  delete: 'delete',
  retain: 'retain',
  reservation: 'reservation',
  reservations: 'reservation',
});

/** The roles, for completion and messages. */
export const ROLES: ReadonlyArray<Role> = ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation'];

/** Status keywords and their spellings. */
const STATUS_SPELLINGS = new Spellings<ParagraphStatus>({
  agreed: 'agreed',
  'ad ref': 'ad ref',
  'ad ref.': 'ad ref',
  'ad referendum': 'ad ref',
  'agreed ad ref': 'ad ref',
  'agreed ad referendum': 'ad ref',
  pending: 'pending',
});

/** The status keywords, for completion. */
export const STATUS_KEYWORDS: ReadonlyArray<ParagraphStatus> = ['agreed', 'ad ref', 'pending'];

const WHITE_SPACE_RUNS = /\s+/g;

/**
 * The commas of the clause being read, in order. Filled by the one scan of `parseClauses` and read by `parseItems`;
 * one array for every parse, as clauses are read one at a time.
 */
let commas = new Int32Array(16);
let commaCount = 0;

/** The clauses of the annotation text `text[from, to)` as objects (see `readClauses`), for tests and tools. */
export function parseClauses(text: string, from: number, to: number, delegations?: DelegationResolver): Clause[] {
  const table = new ClauseTable();
  readClauses(text, from, to, table, delegations, new SharedStrings());
  return table.slice(0, table.length);
}

/**
 * Reads the clauses of the annotation text `text[from, to)` (the text between the braces) into `table`, in place:
 * offsets are the document's, and nothing is sliced but the short strings a clause keeps (shared through `strings`).
 * The text is read once for its separators (`;`, `:` and `,`); each clause is then read from what that scan found.
 */
export function readClauses(text: string, from: number, to: number, table: ClauseTable, delegations: DelegationResolver | undefined, strings: SharedStrings): void {
  let clauseStart = from;
  let firstColon = -1;
  let lastColon = -1;
  commaCount = 0;
  for (let i = from; i <= to; i++) {
    const c = i === to ? 59 /* ; */ : text.charCodeAt(i);
    if (c === 59 /* ; */) {
      readClause(text, clauseStart, i, firstColon, lastColon, table, strings, delegations);
      clauseStart = i + 1;
      firstColon = -1;
      lastColon = -1;
      commaCount = 0;
    } else if (c === 58 /* : */) {
      if (firstColon < 0) firstColon = i;
      lastColon = i;
    } else if (c === 44 /* , */) {
      if (commaCount === commas.length) commas = enlarged(commas, commas.length * 2);
      commas[commaCount++] = i;
    }
  }
  // A hostile annotation (a million commas) must not leave its room behind for the rest of the session.
  if (commas.length > MAX_KEPT_COMMAS) commas = new Int32Array(16);
}

/** The most commas whose room is kept between parses. */
const MAX_KEPT_COMMAS = 4096;

/**
 * One clause, `text[from, to)`, with its first and last colon (-1 when none) and its commas (`commas`), added to
 * `table` with its items unless it is blank. A clause with no colon may be a status keyword, one with a colon never is
 * (no status spelling has one).
 */
function readClause(text: string, from: number, to: number, firstColon: number, lastColon: number, table: ClauseTable, strings: SharedStrings, delegations?: DelegationResolver): void {
  const start = trimmedStart(text, from, to);
  const end = trimmedEnd(text, start, to);
  if (start === end) return;
  if (firstColon < 0) {
    const status = STATUS_SPELLINGS.ofRange(text, start, end, strings);
    if (status) {
      table.addClause(start, end, 'status', -1, undefined, status);
      return;
    }
  }
  // Rio+20 style, the delegations first: `G77: retain`, `EU, US: delete`.
  if (lastColon > start) {
    const reversedRole = ROLE_SPELLINGS.ofRange(text, lastColon + 1, end, strings);
    if (reversedRole) {
      const roleStart = trimmedRoleStart(text, lastColon + 1, end);
      const roleEnd = trimmedRoleEnd(text, roleStart, end);
      const role = roleStart < roleEnd ? roleStart : lastColon + 1;
      const roleText = roleStart < roleEnd ? strings.slice(text, roleStart, roleEnd) : '';
      readItems(text, start, lastColon, table, strings, delegations);
      table.addClause(start, end, reversedRole, role, roleText, undefined);
      return;
    }
  }
  // `role: D, D` — the part before the colon must be a word or two, not a list (`US, EU: ...` is not a role).
  if (firstColon > start && isWords(text, start, firstColon)) {
    const roleStart = trimmedRoleStart(text, start, firstColon);
    const roleEnd = trimmedRoleEnd(text, roleStart, firstColon);
    const role = roleStart < roleEnd ? roleStart : start;
    const roleText = roleStart < roleEnd ? strings.slice(text, roleStart, roleEnd) : '';
    readItems(text, firstColon + 1, end, table, strings, delegations);
    table.addClause(start, end, ROLE_SPELLINGS.of(roleText) ?? 'unknown', role, roleText, undefined);
    return;
  }
  readItems(text, start, end, table, strings, delegations);
  table.addClause(start, end, 'proposed', -1, undefined, undefined);
}

/** Where the role word written in `text[from, to)` starts, trimmed as `trim` does (`to` when there is none). */
function trimmedRoleStart(text: string, from: number, to: number): number {
  let start = from;
  while (start < to && isWhiteSpace(text.charCodeAt(start))) start++;
  return start;
}

/** Where the role word that starts at `start` ends, before `to` and trimmed as `trim` does. */
function trimmedRoleEnd(text: string, start: number, to: number): number {
  let end = to;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Adds the items of `text[from, to)` to `table`, separated by the clause's commas that fall inside it. */
function readItems(text: string, from: number, to: number, table: ClauseTable, strings: SharedStrings, delegations?: DelegationResolver): void {
  let k = 0;
  while (k < commaCount && commas[k] < from) k++;
  let itemStart = from;
  for (;;) {
    const itemEnd = k < commaCount && commas[k] < to ? commas[k++] : to;
    const start = trimmedStart(text, itemStart, itemEnd);
    const end = trimmedEnd(text, start, itemEnd);
    if (end > start) {
      const raw = strings.slice(text, start, end);
      const written = hasIrregularSpace(raw) ? raw.replace(WHITE_SPACE_RUNS, ' ') : raw;
      table.addItem(start, end, written, delegations?.resolve(written)?.code);
    }
    if (itemEnd === to) break;
    itemStart = itemEnd + 1;
  }
}

/**
 * Whether clauses `from` to `to` of `table`, read at a paragraph start, are an annotation rather than a placeholder:
 * a role, a status keyword, a near-miss of a role, or a list in which every item is a delegation or looks like a code.
 * `{Placeholder for preamble}` and `{number}` fail all of these.
 */
export function looksLikeAnnotation(table: ReadonlyClauseTable, from: number, to: number): boolean {
  if (from === to) return false;
  for (let c = from; c < to; c++) {
    const role = table.role(c);
    if (role === 'status') continue;
    if (role === 'unknown') {
      if (closestRole(table.roleText(c) ?? '') === undefined) return false;
      continue;
    }
    if (table.roleText(c)) continue;
    const first = table.firstItem(c);
    const end = table.itemsEnd(c);
    if (first === end) return false;
    for (let i = first; i < end; i++) if (table.itemCode(i) === undefined && !looksLikeCode(table.itemText(i))) return false;
  }
  return true;
}

/**
 * Whether a placeholder is really an attribution in the wrong place (`text {proposed: NL};`): it names a role or a
 * status, or it lists at least two items that are all known delegations. `{number}`, `{X}` and `{NO}` stay placeholders.
 */
export function looksLikeMisplacedAttribution(table: ReadonlyClauseTable, from: number, to: number): boolean {
  if (from === to) return false;
  for (let c = from; c < to; c++) {
    const role = table.role(c);
    if (role === 'status' || (table.roleText(c) !== undefined && role !== 'unknown')) return true;
  }
  // A single known name (`{Panama}`, `{NO}`) may well be a placeholder; two or more known delegations are an attribution.
  let items = 0;
  for (let c = from; c < to; c++) {
    if (table.role(c) === 'unknown') return false;
    const first = table.firstItem(c);
    const end = table.itemsEnd(c);
    for (let i = first; i < end; i++) if (table.itemCode(i) === undefined) return false;
    items += end - first;
  }
  return items >= 2;
}

/** `US`, `G77/China`, `EU27`, `AOSIS`: an upper-case start and no spaces. */
function looksLikeCode(text: string): boolean {
  return CODE_LIKE.test(text);
}

/** Made once: a regular expression literal is a new object each time it is evaluated. */
const CODE_LIKE = /^\p{Lu}[\p{Lu}\p{N}/+&.-]{1,11}$/u;

/** The role closest to a misspelt one (`propsed` gives `proposed`), or undefined when none is close. */
export function closestRole(text: string): Role | undefined {
  const word = normaliseSpelling(text);
  let best: Role | undefined;
  let bestDistance = 3;
  for (const [spelling, role] of ROLE_SPELLINGS.entries()) {
    const distance = editDistance(word, spelling);
    if (distance < bestDistance) {
      best = role;
      bestDistance = distance;
    }
  }
  return best;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

/** The first offset in `[from, to)` that is not a space (or `to`); two functions rather than a pair, to allocate nothing. */
function trimmedStart(text: string, from: number, to: number): number {
  let start = from;
  while (start < to && isSpace(text.charCodeAt(start))) start++;
  return start;
}

/** The offset just past the last character in `[from, to)` that is not a space (or `from`). */
function trimmedEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Levenshtein distance, for short words only. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
