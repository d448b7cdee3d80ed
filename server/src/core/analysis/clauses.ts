// Reads the clauses of an annotation (`{proposed: RU; supported: CN, IR; ad ref}`) and decides whether it is one at all.

import type { AttributionItem, Clause, ParagraphStatus, Role } from './model';
import { hasIrregularSpace, isWords } from './clauseText';
import { normaliseSpelling, Spellings } from './spellings';
import { NO_ITEMS } from './noItems';
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

/**
 * A list filled for one parse and taken at its exact length. An array grown by `push` from empty keeps room for 17
 * entries, and a model holds thousands of clauses of one or two items; one collector per list kind is reused, since
 * clauses are taken before the next annotation is read and items before the next clause.
 */
class Collector<T> {
  private readonly entries: Array<T | undefined> = [];
  private count = 0;

  add(entry: T): void {
    this.entries[this.count++] = entry;
  }

  /** What was added since the last take, and a fresh start (no entry is kept alive). */
  take(): ReadonlyArray<T> {
    if (this.count === 0) return NO_ITEMS;
    const taken = this.entries.slice(0, this.count) as T[];
    for (let i = 0; i < this.count; i++) this.entries[i] = undefined;
    this.count = 0;
    return taken;
  }
}

const clauseCollector = new Collector<Clause>();
const WHITE_SPACE_RUNS = /\s+/g;
const itemCollector = new Collector<AttributionItem>();

/**
 * The commas of the clause being read, in order. Filled by the one scan of `parseClauses` and read by `parseItems`;
 * one array for every parse, as clauses are read one at a time.
 */
let commas = new Int32Array(16);
let commaCount = 0;

/**
 * Parses the clauses of the annotation text `text[from, to)` (the text between the braces), in place: offsets are the
 * document's, and nothing is sliced but the short strings a clause keeps (shared through `strings`). The text is
 * read once for its separators (`;`, `:` and `,`); each clause is then read from what that scan found.
 */
export function parseClauses(text: string, from: number, to: number, delegations?: DelegationResolver, strings = new SharedStrings()): ReadonlyArray<Clause> {
  let clauseStart = from;
  let firstColon = -1;
  let lastColon = -1;
  commaCount = 0;
  for (let i = from; i <= to; i++) {
    const c = i === to ? 59 /* ; */ : text.charCodeAt(i);
    if (c === 59 /* ; */) {
      const clause = parseClause(text, clauseStart, i, firstColon, lastColon, strings, delegations);
      if (clause) clauseCollector.add(clause);
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
  return clauseCollector.take();
}

/** The most commas whose room is kept between parses. */
const MAX_KEPT_COMMAS = 4096;

/**
 * One clause, `text[from, to)`, with its first and last colon (-1 when none) and its commas (`commas`). A clause with
 * no colon may be a status keyword, one with a colon never is (no status spelling has one). Every clause is made with
 * the same fields, so that the features reading them see one shape.
 */
function parseClause(text: string, from: number, to: number, firstColon: number, lastColon: number, strings: SharedStrings, delegations?: DelegationResolver): Clause | undefined {
  const start = trimmedStart(text, from, to);
  const end = trimmedEnd(text, start, to);
  if (start === end) return undefined;
  if (firstColon < 0) {
    const status = STATUS_SPELLINGS.ofRange(text, start, end, strings);
    if (status) return { start, end, role: 'status', roleStart: -1, roleText: undefined, status, items: NO_ITEMS };
  }
  // Rio+20 style, the delegations first: `G77: retain`, `EU, US: delete`.
  if (lastColon > start) {
    const reversedRole = ROLE_SPELLINGS.ofRange(text, lastColon + 1, end, strings);
    if (reversedRole) {
      const roleStart = trimmedRoleStart(text, lastColon + 1, end);
      const roleEnd = trimmedRoleEnd(text, roleStart, end);
      const role = roleStart < roleEnd ? roleStart : lastColon + 1;
      const roleText = roleStart < roleEnd ? strings.slice(text, roleStart, roleEnd) : '';
      const items = parseItems(text, start, lastColon, strings, delegations);
      return { start, end, role: reversedRole, roleStart: role, roleText, status: undefined, items };
    }
  }
  // `role: D, D` — the part before the colon must be a word or two, not a list (`US, EU: ...` is not a role).
  if (firstColon > start && isWords(text, start, firstColon)) {
    const roleStart = trimmedRoleStart(text, start, firstColon);
    const roleEnd = trimmedRoleEnd(text, roleStart, firstColon);
    const role = roleStart < roleEnd ? roleStart : start;
    const roleText = roleStart < roleEnd ? strings.slice(text, roleStart, roleEnd) : '';
    const items = parseItems(text, firstColon + 1, end, strings, delegations);
    return { start, end, role: ROLE_SPELLINGS.of(roleText) ?? 'unknown', roleStart: role, roleText, status: undefined, items };
  }
  return { start, end, role: 'proposed', roleStart: -1, roleText: undefined, status: undefined, items: parseItems(text, start, end, strings, delegations) };
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

/** The items of `text[from, to)`, separated by the clause's commas that fall inside it. */
function parseItems(text: string, from: number, to: number, strings: SharedStrings, delegations?: DelegationResolver): ReadonlyArray<AttributionItem> {
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
      const code = delegations?.resolve(written)?.code;
      itemCollector.add({ start, end, text: written, code });
    }
    if (itemEnd === to) break;
    itemStart = itemEnd + 1;
  }
  return itemCollector.take();
}

/**
 * Whether clauses read at a paragraph start are an annotation rather than a placeholder:
 * a role, a status keyword, a near-miss of a role, or a list in which every item is a delegation or looks like a code.
 * `{Placeholder for preamble}` and `{number}` fail all of these.
 */
export function looksLikeAnnotation(clauses: ReadonlyArray<Clause>): boolean {
  if (clauses.length === 0) return false;
  for (const clause of clauses) {
    if (clause.role === 'status') continue;
    if (clause.role === 'unknown') {
      if (closestRole(clause.roleText ?? '') === undefined) return false;
      continue;
    }
    if (clause.roleText) continue;
    if (clause.items.length === 0) return false;
    for (const item of clause.items) if (item.code === undefined && !looksLikeCode(item.text)) return false;
  }
  return true;
}

/**
 * Whether a placeholder is really an attribution in the wrong place (`text {proposed: NL};`): it names a role or a
 * status, or it lists at least two items that are all known delegations. `{number}`, `{X}` and `{NO}` stay placeholders.
 */
export function looksLikeMisplacedAttribution(clauses: ReadonlyArray<Clause>): boolean {
  if (clauses.length === 0) return false;
  if (clauses.some((c) => c.role === 'status' || (c.roleText !== undefined && c.role !== 'unknown'))) return true;
  // A single known name (`{Panama}`, `{NO}`) may well be a placeholder; two or more known delegations are an attribution.
  let items = 0;
  for (const clause of clauses) {
    if (clause.role === 'unknown') return false;
    for (const item of clause.items) if (item.code === undefined) return false;
    items += clause.items.length;
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
