// The clauses of a document's annotations and the items of those clauses, as columns: no object per clause or item.

import type { AttributionItem, Clause, ParagraphStatus } from './model';
import { enlarged } from '../text/typedArrays';

/** Roles by code, the status keyword and an unknown role word included. */
const ROLES: ReadonlyArray<Clause['role']> = ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation', 'status', 'unknown'];
/** Statuses by code; 0 is none. */
const STATUSES: ReadonlyArray<ParagraphStatus | undefined> = [undefined, 'agreed', 'ad ref', 'pending'];

/**
 * Every clause in document order, each with its items, which follow one another in the item columns: the items of
 * clause `c` are `firstItem(c)` to `itemsEnd(c)`. An annotation holds the clauses `firstClause` to `clauseEnd`. A
 * 10 MB draft has some 40,000 clauses and 60,000 items; kept as objects, each clause with a list of items and each
 * annotation with a list of clauses, they were a third of what an analysis kept, and every object an analysis keeps
 * is copied by the collector. `clause(c)` makes a clause object for the features that want one.
 */
export class ClauseTable {
  private starts: Int32Array;
  private ends: Int32Array;
  private roles: Uint8Array;
  private roleStarts: Int32Array;
  private roleTexts: Array<string | undefined>;
  private statuses: Uint8Array;
  /** Per clause, the item just past its last. */
  private itemLimits: Int32Array;
  private itemStarts: Int32Array;
  private itemEnds: Int32Array;
  private itemTexts: string[];
  private itemCodes: Array<string | undefined>;
  private clauses = 0;
  private items = 0;

  /**
   * `annotations`: how many annotations there may be (the `{` of the text). Room is made for one and a half clauses
   * and two and a half items each, a little more than drafts hold, so that the columns are seldom grown: grown from a
   * few entries, their copies took 3% of the analysis of a 100 KB draft.
   */
  constructor(annotations = 8) {
    const clauses = Math.ceil(1.5 * annotations) + 8;
    const items = Math.ceil(2.5 * annotations) + 8;
    this.starts = new Int32Array(clauses);
    this.ends = new Int32Array(clauses);
    this.roles = new Uint8Array(clauses);
    this.roleStarts = new Int32Array(clauses);
    this.statuses = new Uint8Array(clauses);
    this.itemLimits = new Int32Array(clauses);
    this.itemStarts = new Int32Array(items);
    this.itemEnds = new Int32Array(items);
    // The lists too: grown an entry at a time, each was copied a dozen times over on a long draft.
    this.roleTexts = new Array<string | undefined>(clauses);
    this.itemTexts = new Array<string>(items);
    this.itemCodes = new Array<string | undefined>(items);
  }

  /** Clauses held. */
  get length(): number {
    return this.clauses;
  }

  /** Items held. */
  get itemCount(): number {
    return this.items;
  }

  /** Appends an item to the clause being read (the next `addClause`), and returns its index. */
  addItem(start: number, end: number, text: string, code: string | undefined): number {
    if (this.items === this.itemStarts.length) {
      const capacity = this.items * 2;
      this.itemStarts = enlarged(this.itemStarts, capacity);
      this.itemEnds = enlarged(this.itemEnds, capacity);
    }
    const index = this.items++;
    this.itemStarts[index] = start;
    this.itemEnds[index] = end;
    this.itemTexts[index] = text;
    this.itemCodes[index] = code;
    return index;
  }

  /** Appends a clause holding the items added since the last clause; `roleStart` is -1 when no role word is written. */
  addClause(start: number, end: number, role: Clause['role'], roleStart: number, roleText: string | undefined, status: ParagraphStatus | undefined): number {
    if (this.clauses === this.starts.length) {
      const capacity = this.clauses * 2;
      this.starts = enlarged(this.starts, capacity);
      this.ends = enlarged(this.ends, capacity);
      this.roles = enlarged(this.roles, capacity);
      this.roleStarts = enlarged(this.roleStarts, capacity);
      this.statuses = enlarged(this.statuses, capacity);
      this.itemLimits = enlarged(this.itemLimits, capacity);
    }
    const index = this.clauses++;
    this.starts[index] = start;
    this.ends[index] = end;
    this.roles[index] = ROLES.indexOf(role);
    this.roleStarts[index] = roleStart;
    this.roleTexts[index] = roleText;
    this.statuses[index] = status === undefined ? 0 : STATUSES.indexOf(status);
    this.itemLimits[index] = this.items;
    return index;
  }

  /** Keeps the first `clauses` clauses and `items` items only (the clauses of an annotation found to be a placeholder). */
  truncate(clauses: number, items: number): void {
    for (let i = items; i < this.items; i++) {
      this.itemTexts[i] = '';
      this.itemCodes[i] = undefined;
    }
    for (let c = clauses; c < this.clauses; c++) this.roleTexts[c] = undefined;
    this.clauses = clauses;
    this.items = items;
  }

  start(clause: number): number {
    return this.starts[clause];
  }

  end(clause: number): number {
    return this.ends[clause];
  }

  role(clause: number): Clause['role'] {
    return ROLES[this.roles[clause]];
  }

  /** Where the role word is written, or -1 (see `Clause.roleStart`). */
  roleStart(clause: number): number {
    return this.roleStarts[clause];
  }

  roleText(clause: number): string | undefined {
    return this.roleTexts[clause];
  }

  status(clause: number): ParagraphStatus | undefined {
    return STATUSES[this.statuses[clause]];
  }

  /** The clause's first item. */
  firstItem(clause: number): number {
    return clause === 0 ? 0 : this.itemLimits[clause - 1];
  }

  /** Just past the clause's last item. */
  itemsEnd(clause: number): number {
    return this.itemLimits[clause];
  }

  itemStart(item: number): number {
    return this.itemStarts[item];
  }

  itemEnd(item: number): number {
    return this.itemEnds[item];
  }

  /** The item as written, its white space runs made one space. */
  itemText(item: number): string {
    return this.itemTexts[item];
  }

  /** The registry's canonical code when the item names a known delegation. */
  itemCode(item: number): string | undefined {
    return this.itemCodes[item];
  }

  /** Clause `clause` as an object, with its items (new objects at each call). */
  clause(clause: number): Clause {
    const items: AttributionItem[] = [];
    for (let i = this.firstItem(clause); i < this.itemsEnd(clause); i++) items.push(this.item(i));
    return {
      start: this.starts[clause],
      end: this.ends[clause],
      role: this.role(clause),
      roleStart: this.roleStarts[clause],
      roleText: this.roleTexts[clause],
      status: this.status(clause),
      items,
    };
  }

  /** Item `item` as an object (a new one at each call). */
  item(item: number): AttributionItem {
    return { start: this.itemStarts[item], end: this.itemEnds[item], text: this.itemTexts[item], code: this.itemCodes[item] };
  }

  /** Clauses `from` to `to` as objects. */
  slice(from: number, to: number): Clause[] {
    const clauses: Clause[] = [];
    for (let c = from; c < to; c++) clauses.push(this.clause(c));
    return clauses;
  }

  /** Drops the spare room when it is more than a quarter of the columns (analysis only, once the walk is done). */
  trim(): void {
    const clauses = Math.max(1, this.clauses);
    const items = Math.max(1, this.items);
    if (4 * clauses >= 3 * this.starts.length && 4 * items >= 3 * this.itemStarts.length) return;
    this.starts = this.starts.slice(0, clauses);
    this.ends = this.ends.slice(0, clauses);
    this.roles = this.roles.slice(0, clauses);
    this.roleStarts = this.roleStarts.slice(0, clauses);
    this.statuses = this.statuses.slice(0, clauses);
    this.itemLimits = this.itemLimits.slice(0, clauses);
    this.roleTexts.length = this.clauses;
    this.itemStarts = this.itemStarts.slice(0, items);
    this.itemEnds = this.itemEnds.slice(0, items);
    this.itemTexts.length = this.items;
    this.itemCodes.length = this.items;
  }
}

/** What features see of the table: everything but the building. */
export type ReadonlyClauseTable = Omit<ClauseTable, 'addItem' | 'addClause' | 'truncate' | 'trim'>;
