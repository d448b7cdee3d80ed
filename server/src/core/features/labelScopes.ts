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
  /** Key to first label, made when the chain grows long. */
  keys?: Map<string, Label>;
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
    const label = this.paragraphs.label(index)!;
    const parent = this.paragraphs.parent(index);
    const section = this.paragraphs.section(index);
    const owners = parent >= 0 ? this.underParagraph : this.underSection;
    const owner = parent >= 0 ? parent : section + 1;
    let scope = owners[owner];
    while (scope && !(scope.sequence === label.sequence && scope.level === label.level && scope.section === section)) scope = scope.next;
    if (!scope) {
      scope = { section, sequence: label.sequence, level: label.level, lastOrdinal: 0, lastLabel: '', newestFirst: -1, keyCount: 0, keys: undefined, next: owners[owner] };
      owners[owner] = scope;
    }
    return scope;
  }

  /** The first label in `scope` with `key`; when there is none, the label of paragraph `index` becomes it. */
  firstWithKey(scope: Scope, key: string, index: number): Label | undefined {
    const paragraphs = this.paragraphs;
    if (scope.keys) {
      const first = scope.keys.get(key);
      if (!first) scope.keys.set(key, paragraphs.label(index)!);
      return first;
    }
    for (let p = scope.newestFirst; p >= 0; p = this.previousFirst[p]) {
      const label = paragraphs.label(p)!;
      if (label.key === key) return label;
    }
    this.previousFirst[index] = scope.newestFirst;
    scope.newestFirst = index;
    if (++scope.keyCount > CHAIN_LIMIT) {
      scope.keys = new Map();
      for (let p = scope.newestFirst; p >= 0; p = this.previousFirst[p]) scope.keys.set(paragraphs.label(p)!.key, paragraphs.label(p)!);
    }
    return undefined;
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
