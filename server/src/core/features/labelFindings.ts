// Findings about paragraph labels: the same label twice in one section, and gaps in numbering.

import type { DocumentModel, Label } from '../analysis/model';
import type { DraftFindings } from './draftFindings';
import { LabelScopes, restart } from './labelScopes';
import { MESSAGES } from './messages';

/**
 * Labels are numbered per scope: a section (the text under one heading), the parent paragraph for
 * sub-paragraphs, and the sequence (PP, OP, plain numbers, letters, romans). Insertions (`3 bis`) never open a gap.
 * Options restart at 1 in every option set, so they are checked for gaps only.
 */
export function labelFindings(model: DocumentModel, drafts: DraftFindings): void {
  const scopes = new LabelScopes(model);
  const paragraphs = model.paragraphTable;
  for (let index = 0; index < paragraphs.length; index++) {
    const sequence = paragraphs.labelSequence(index);
    if (sequence === undefined) continue;
    // The label's fields are read from the table's columns, one at a time, as each check needs them.
    const scope = scopes.scopeOf(index);
    const ordinal = paragraphs.labelOrdinal(index);
    const inserted = paragraphs.isInsertion(index);
    if (sequence === 'option' && ordinal === 1 && !inserted) restart(scope);
    if (sequence !== 'option') {
      const first = scopes.firstWithKey(scope, paragraphs.labelKey(index), index);
      if (first >= 0) {
        drafts.push({
          id: 'label.duplicate',
          start: paragraphs.labelStart(index),
          end: paragraphs.labelEnd(index),
          message: MESSAGES['label.duplicate'](paragraphs.labelText(index)),
          related: [{ start: paragraphs.labelStart(first), end: paragraphs.labelEnd(first), message: MESSAGES['label.duplicate.related']() }],
        });
      }
    }
    if (!inserted) {
      if (scope.lastOrdinal > 0 && ordinal > scope.lastOrdinal + 1) {
        drafts.push({ id: 'label.gap', start: paragraphs.labelStart(index), end: paragraphs.labelEnd(index), message: MESSAGES['label.gap'](missingLabels(sequence, scope.lastOrdinal + 1, ordinal - 1), scope.lastLabel) });
      }
      if (ordinal > scope.lastOrdinal) {
        scope.lastOrdinal = ordinal;
        scope.lastLabel = paragraphs.labelText(index);
      }
    }
  }
}

/** "OP4", "OP4 to OP6", "(c)", "(iii) to (iv)": the missing labels in the label's own style. */
function missingLabels(sequence: Label['sequence'], from: number, to: number): string {
  const name = (ordinal: number) => {
    switch (sequence) {
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
