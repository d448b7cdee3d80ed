// Property tests for code actions: no edit reaches outside its action's target, and accepting every bracket leaves none.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { acceptBracketEdits } from '../../server/src/core/features/bracketActions';
import { codeActionsAt } from '../../server/src/core/features/codeActions';
import { applyEdits, type TextEdit } from '../../server/src/core/features/edits';

/** Pieces that drafts are made of, broken ones included, so that random joins hit the awkward cases. */
const PIECES = [
  '[', ']', '[shall]', '[should]', '{US, EU}', '{G77}', '{', '}', ' ', ' / ', '/', 'a', 'Parties', '.', ',',
  '\n', '\n\n', '\r\n', 'OP1. ', 'OP2. {agreed} ', '(a) ', 'Option 1: ', 'Option 2: No text', '# Article 1\n',
  '[^1]', '[^1]: note', '[^x]', '\\[', '\\]', '<!--', '-->', '{ad ref}', '{Placeholder}', '---\n', '😀', 'مرحبا', '中文',
];

const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('code action properties', () => {
  it('every action edits only inside its target, and the text around the target survives', () => {
    fc.assert(
      fc.property(draft, fc.nat(), (text, seed) => {
        const model = analyze(text);
        const offset = text.length === 0 ? 0 : seed % (text.length + 1);
        for (const action of codeActionsAt(model, { start: offset, end: offset })) {
          for (const edit of action.edits) {
            assert.ok(edit.start >= action.target.start && edit.end <= action.target.end, `${action.title}: edit ${edit.start}..${edit.end} outside ${action.target.start}..${action.target.end}`);
          }
          const result = applyEdits(text, action.edits);
          const tail = text.length - action.target.end;
          assert.strictEqual(result.slice(0, action.target.start), text.slice(0, action.target.start), action.title);
          assert.strictEqual(result.slice(result.length - tail), text.slice(action.target.end), action.title);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('accepting every bracket at once, then parsing again, leaves no bracket', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const model = analyze(text);
        const edits: TextEdit[] = model.brackets.flatMap((_, index) => acceptBracketEdits(model, index));
        const result = analyze(applyEdits(text, edits));
        assert.deepStrictEqual(result.brackets.map((b) => result.text.slice(b.start, b.end)), [], `from ${JSON.stringify(text)}`);
        // Closers go with their openers: accepting must not leave `]`s behind as new stray closers.
        assert.ok(result.strayClosers.length <= model.strayClosers.length, `new stray closers from ${JSON.stringify(text)}`);
      }),
      { numRuns: 500 },
    );
  });

  it('accepting the first bracket over and over, re-analysing each time, ends with no bracket', () => {
    fc.assert(
      fc.property(draft, (text) => {
        let current = text;
        const limit = analyze(text).brackets.length;
        for (let step = 0; step <= limit; step++) {
          const model = analyze(current);
          if (model.brackets.length === 0) return;
          current = applyEdits(current, acceptBracketEdits(model, 0));
        }
        assert.fail(`brackets remain after ${limit} accepts: ${JSON.stringify(current)} (from ${JSON.stringify(text)})`);
      }),
      { numRuns: 300 },
    );
  });
});
