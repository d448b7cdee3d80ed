// Document highlights as (text with `$0`, expected highlighted texts with kinds) data.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { highlightsAt } from '../../server/src/core/features/highlights';
import { readCursor } from '../support/carets';

/** Highlights as `kind:text@offset`. */
function checkHighlights(marked: string, expected: string[]): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text, { delegations: builtinRegistry() });
  assert.deepStrictEqual(highlightsAt(model, offset).map((h) => `${h.kind}:${text.slice(h.start, h.end)}@${h.start}`), expected);
}

describe('document highlights', () => {
  it('a footnote reference and its definition', () => checkHighlights('A[^1$0] B.\n\n[^1]: One.', ['read:[^1]@1', 'write:[^1]:@10']));
  it('the opener and closer of the bracket under the cursor', () => checkHighlights('a [b [c] d$0] e', ['text:[@2', 'text:]@10']));
  it('the pair whose closer touches the cursor wins over the enclosing one', () => checkHighlights('a [b [c]$0 d] e', ['text:[@5', 'text:]@7']));
  it('an unclosed bracket highlights its opener', () => checkHighlights('a [b$0 c', ['text:[@2']));
  it('every mention of a delegation, whatever the spelling', () => checkHighlights('[a]{U$0S} [b]{USA} [c]{EU}', ['read:US@4', 'read:USA@12']));
  it('nothing outside brackets', () => checkHighlights('pla$0in', []));
});
