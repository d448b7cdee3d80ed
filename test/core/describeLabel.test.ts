// The quick reading of common labels agrees with the full one, for every form it accepts and in any list context.

import * as assert from 'assert';
import fc from 'fast-check';
import { describeCommonLabel, describeLabelInFull, matchLabel, matchLabelTryingEveryForm, type LabelKind } from '../../server/src/core/syntax/labels';

const LABELS: ReadonlyArray<readonly [string, LabelKind]> = [
  ['OP1.', 'operative'],
  ['OP12', 'operative'],
  ['op 7.', 'operative'],
  ['Op007.', 'operative'],
  ['OP3bis.', 'operative'],
  ['OP 3 ter', 'operative'],
  ['OP\u00a04.', 'operative'],
  ['PP1.', 'preambular'],
  ['pp 23', 'preambular'],
  ['PP2.bis', 'preambular'],
  ['1.', 'number'],
  ['12.', 'number'],
  ['007.', 'number'],
  ['3.1.', 'number'],
  ['5 bis.', 'number'],
  ['5bis.1.', 'number'],
  ['(a)', 'parenthesised'],
  ['(b)', 'parenthesised'],
  ['(z)', 'parenthesised'],
  ['(i)', 'parenthesised'],
  ['(v)', 'parenthesised'],
  ['(x)', 'parenthesised'],
  ['(c)', 'parenthesised'],
  ['(l)', 'parenthesised'],
  ['(aa)', 'parenthesised'],
  ['(iv)', 'parenthesised'],
  ['(3)', 'parenthesised'],
  ['(a bis)', 'parenthesised'],
  ['(hh)', 'parenthesised'],
  ['(ii)', 'parenthesised'],
  ['(xiv)', 'parenthesised'],
  ['(iiii)', 'parenthesised'],
  ['(lc)', 'parenthesised'],
  ['(ab bis)', 'parenthesised'],
  ['Option 1:', 'option'],
  ['option 12.', 'option'],
  ['OPTION 3:', 'option'],
  ['Option 007:', 'option'],
  ['Option A:', 'option'],
  ['Option 2 bis:', 'option'],
  ['Option  2:', 'option'],
  ['Alt. 2', 'option'],
  ['Alternative 1:', 'option'],
];

const CONTEXTS = [{}, { previousLetterOrdinal: 8 }, { previousLetterOrdinal: 1, previousWasRoman: true }, { previousWasRoman: true, shallowerThanRomans: true }, { previousLetterOrdinal: 8, deeperThanPrevious: true }];

describe('describeLabel', () => {
  it('reads plain labels quickly exactly as the full reading does', () => {
    let quick = 0;
    for (const [text, kind] of LABELS) {
      if (describeCommonLabel(text, kind) === undefined) continue;
      quick++;
      for (const context of CONTEXTS) {
        const common = describeCommonLabel(text, kind, context, 5, 5 + text.length);
        assert.deepStrictEqual(common, describeLabelInFull(text, kind, context, 5, 5 + text.length), `${text} in ${JSON.stringify(context)}`);
      }
    }
    // The quick path must really be taken for the plain forms, or this test would prove nothing.
    assert.strictEqual(quick, 28);
  });

  it('leaves insertions, decimals, numbered sub-paragraphs and other option forms to the full reading', () => {
    for (const text of ['OP3bis.', 'OP 3 ter', 'OP\u00a04.', 'PP2.bis', '3.1.', '5 bis.', '(3)', '(a bis)', '(ab bis)', 'Option A:', 'Option 2 bis:', 'Option  2:', 'Alt. 2', 'Alternative 1:']) {
      const kind = LABELS.find(([t]) => t === text)![1];
      assert.strictEqual(describeCommonLabel(text, kind), undefined, text);
    }
  });
});

describe('matchLabel', () => {
  it('finds the label trying every form would find, though it tries only the forms its first character allows', () => {
    const piece = fc.constantFrom('Option', 'option', 'OPTION', 'Alt', 'Alt.', 'Alternative', 'alt', 'OP', 'op', 'PP', 'pp', 'Op', 'P', 'O', 'A', 'a', 'b', 'i', 'iv', 'x', 'c', 'l', 'o', 'p', 'z', 'Z', 'The', '1', '12', '123', '1234', '3.1', '.', ':', ')', '(', ' ', '\t', '\u00a0', 'bis', 'ter', '\n', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')), fc.boolean(), (text, atBlockStart) => {
        assert.deepStrictEqual(matchLabel(text, 0, atBlockStart), matchLabelTryingEveryForm(text, 0, atBlockStart), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });
});
