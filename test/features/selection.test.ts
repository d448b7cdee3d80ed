// Selection ranges as (text with `$0`, expected selections innermost first) data.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { selectionRangesAt } from '../../server/src/core/features/selection';
import { readCursor } from '../support/carets';

/** The selected texts from the cursor outwards. */
function checkSelection(marked: string, expected: string[]): void {
  const { text, offset } = readCursor(marked);
  assert.deepStrictEqual(selectionRangesAt(analyze(text), offset).map((r) => text.slice(r.start, r.end)), expected);
}

describe('selection ranges', () => {
  it('word > bracket content > bracket > bracket with attribution > paragraph > section > document', () => {
    const text = '# A\nOP1. States [sh$0all act]{US} now.\n\nOP2. Next.';
    checkSelection(text, ['shall', 'shall act', '[shall act]', '[shall act]{US}', 'OP1. States [shall act]{US} now.', text.replace('$0', '')]);
  });
  it('nested brackets grow one level at a time', () => {
    checkSelection('a [b [c$0] d] e', ['c', '[c]', 'b [c] d', '[b [c] d]', 'a [b [c] d] e']);
  });
  it('an attribution item, its clause and the annotation', () => {
    checkSelection('x [y]{proposed: U$0S, EU} z', ['US', 'proposed: US, EU', '{proposed: US, EU}', '[y]{proposed: US, EU}', 'x [y]{proposed: US, EU} z']);
  });
  it('words in Arabic and with emoji around', () => {
    checkSelection('😀 [مر$0حبا]', ['مرحبا', '[مرحبا]', '😀 [مرحبا]']);
  });
});
