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
    const label = paragraphs.label(index);
    if (!label) continue;
    const scope = scopes.scopeOf(index);
    if (label.sequence === 'option' && label.ordinal === 1 && !label.suffix) restart(scope);
    if (label.sequence !== 'option') {
      const first = scopes.firstWithKey(scope, label.key, index);
      if (first) {
        drafts.push({ id: 'label.duplicate', start: label.start, end: label.end, message: MESSAGES['label.duplicate'](label.text), related: [{ start: first.start, end: first.end, message: MESSAGES['label.duplicate.related']() }] });
      }
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
