// The numbering scopes of a document's labels, and the first label of each key in a scope, without a map per scope.

import type { DocumentModel, Label } from '../analysis/model';
import type { ReadonlyParagraphTable } from '../analysis/paragraphTable';

/**
 * One numbering scope: a section (or the parent paragraph for sub-paragraphs), a sequence and a level. A large text
 * has thousands, most with a handful of labels, so a scope keeps its labels as a chain through `previousFirst` and
 * makes a map only once it holds more than `CHAIN_LIMIT` keys.
 */
export interface Scope {
  readonly section: number;
  readonly sequence: Label['sequence'];
  readonly level: number;
  lastOrdinal: number;
  lastLabel: string;
  /** The paragraph of the newest label that used its key first in the scope, or -1. */
  newestFirst: number;
  /** How many keys the scope has seen. */
  keyCount: number;
  /** Key to the paragraph of its first label, made when the chain grows long. */
  keys?: Map<string, number>;
  /** The next scope under the same owner. */
  next?: Scope;
}

const CHAIN_LIMIT = 16;

/** The scopes of one document, found by the paragraph or section that owns them. */
export class LabelScopes {
  // Scopes under a parent paragraph, and under a section for top-level paragraphs (index + 1, so that -1 fits).
  private readonly underParagraph: Array<Scope | undefined>;
  private readonly underSection: Array<Scope | undefined>;
  /** For a label that used its key first in its scope: the paragraph of the one before it in the chain. */
  private readonly previousFirst: Int32Array;

  private readonly paragraphs: ReadonlyParagraphTable;

  constructor(model: DocumentModel) {
    this.paragraphs = model.paragraphTable;
    this.underParagraph = new Array(this.paragraphs.length);
    this.underSection = new Array(model.headings.length + 1);
    this.previousFirst = new Int32Array(this.paragraphs.length);
  }

  /** The scope of the labelled paragraph `index`, made when it is the first of its scope. */
  scopeOf(index: number): Scope {
    const paragraphs = this.paragraphs;
    const sequence = paragraphs.labelSequence(index)!;
    const level = paragraphs.labelLevel(index);
    const parent = paragraphs.parent(index);
    const section = paragraphs.section(index);
    const owners = parent >= 0 ? this.underParagraph : this.underSection;
    const owner = parent >= 0 ? parent : section + 1;
    let scope = owners[owner];
    while (scope && !(scope.sequence === sequence && scope.level === level && scope.section === section)) scope = scope.next;
    if (!scope) {
      scope = { section, sequence, level, lastOrdinal: 0, lastLabel: '', newestFirst: -1, keyCount: 0, keys: undefined, next: owners[owner] };
      owners[owner] = scope;
    }
    return scope;
  }

  /** The paragraph of the first label in `scope` with `key`, or -1; when there is none, paragraph `index`'s label becomes it. */
  firstWithKey(scope: Scope, key: string, index: number): number {
    const paragraphs = this.paragraphs;
    if (scope.keys) {
      const first = scope.keys.get(key);
      if (first === undefined) scope.keys.set(key, index);
      return first ?? -1;
    }
    for (let p = scope.newestFirst; p >= 0; p = this.previousFirst[p]) if (paragraphs.labelKey(p) === key) return p;
    this.previousFirst[index] = scope.newestFirst;
    scope.newestFirst = index;
    if (++scope.keyCount > CHAIN_LIMIT) {
      scope.keys = new Map();
      for (let p = scope.newestFirst; p >= 0; p = this.previousFirst[p]) scope.keys.set(paragraphs.labelKey(p), p);
    }
    return -1;
  }
}

/** Starts `scope` over, as a new option set does. */
export function restart(scope: Scope): void {
  scope.lastOrdinal = 0;
  scope.lastLabel = '';
  scope.newestFirst = -1;
  scope.keyCount = 0;
  scope.keys = undefined;
}
