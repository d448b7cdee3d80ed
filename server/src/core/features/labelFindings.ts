// Findings about paragraph labels: the same label twice in one section, and gaps in numbering.

import type { DocumentModel, Label } from '../analysis/model';
import type { DraftFinding } from './findings';
import { MESSAGES } from './messages';

/** One numbering scope: the labels seen so far and the highest ordinal. */
interface Scope {
  readonly section: number;
  readonly sequence: LabelSequence;
  readonly level: number;
  lastOrdinal: number;
  lastLabel: string;
  /** Label keys already used, made on the first one (options never need it). */
  seen?: Map<string, Label>;
}

type LabelSequence = Label['sequence'];

/**
 * Labels are numbered per scope: a section (the text under one heading), the parent paragraph for
 * sub-paragraphs, and the sequence (PP, OP, plain numbers, letters, romans). Insertions (`3 bis`) never open a gap.
 * Options restart at 1 in every option set, so they are checked for gaps only.
 */
export function labelFindings(model: DocumentModel, drafts: DraftFinding[]): void {
  // Scopes are filed under their parent paragraph, or under their section for top-level paragraphs (index + 1, so
  // that -1, no heading, fits); each holds the few scopes of its sequences and levels, found by a short search.
  const underParagraph: Array<Scope[] | undefined> = [];
  const underSection: Array<Scope[] | undefined> = [];
  for (const paragraph of model.paragraphs) {
    const label = paragraph.label;
    if (!label) continue;
    const owners = paragraph.parent >= 0 ? underParagraph : underSection;
    const ownerIndex = paragraph.parent >= 0 ? paragraph.parent : paragraph.section + 1;
    const scopes = (owners[ownerIndex] ??= []);
    let at = 0;
    while (at < scopes.length && !isScopeOf(scopes[at], paragraph.section, label)) at++;
    let scope = scopes[at];
    if (!scope || (label.sequence === 'option' && label.ordinal === 1 && !label.suffix)) {
      scope = { section: paragraph.section, sequence: label.sequence, level: label.level, lastOrdinal: 0, lastLabel: '', seen: undefined };
      scopes[at] = scope;
    }
    if (label.sequence !== 'option') {
      const first = scope.seen?.get(label.key);
      if (first) {
        drafts.push({ id: 'label.duplicate', start: label.start, end: label.end, message: MESSAGES['label.duplicate'](label.text), related: [{ start: first.start, end: first.end, message: MESSAGES['label.duplicate.related']() }] });
      } else (scope.seen ??= new Map()).set(label.key, label);
    }
    if (!label.suffix) {
      if (scope.lastOrdinal > 0 && label.ordinal > scope.lastOrdinal + 1) {
        drafts.push({ id: 'label.gap', start: label.start, end: label.end, message: MESSAGES['label.gap'](missingLabels(label, scope.lastOrdinal + 1, label.ordinal - 1), scope.lastLabel) });
      }
      if (label.ordinal > scope.lastOrdinal) {
        scope.lastOrdinal = label.ordinal;
        scope.lastLabel = label.text;
      }
    }
  }
}

function isScopeOf(scope: Scope, section: number, label: Label): boolean {
  return scope.sequence === label.sequence && scope.level === label.level && scope.section === section;
}

/** "OP4", "OP4 to OP6", "(c)", "(iii) to (iv)": the missing labels in the label's own style. */
function missingLabels(label: Label, from: number, to: number): string {
  const name = (ordinal: number) => {
    switch (label.sequence) {
      case 'preambular':
        return `PP${ordinal}`;
      case 'operative':
        return `OP${ordinal}`;
      case 'number':
        return `${ordinal}`;
      case 'letter':
        return `(${String.fromCharCode(96 + Math.min(ordinal, 26))})`;
      case 'roman':
        return `(${toRoman(ordinal)})`;
      case 'option':
        return `option ${ordinal}`;
    }
  };
  return from === to ? name(from) : `${name(from)} to ${name(to)}`;
}

function toRoman(value: number): string {
  const numerals: Array<[number, string]> = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let rest = value;
  let out = '';
  for (const [n, s] of numerals) while (rest >= n) { out += s; rest -= n; }
  return out;
}
