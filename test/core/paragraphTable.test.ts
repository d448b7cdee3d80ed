// The paragraph columns give back what was put in, as numbers and as objects, whatever their room.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import type { Label } from '../../server/src/core/analysis/model';
import { ParagraphTable } from '../../server/src/core/analysis/paragraphTable';

const LABEL: Label = { sequence: 'operative', level: 1, ordinal: 1, suffix: undefined, key: 'op1', text: 'OP1.', start: 0, end: 4 };
const INSERTED: Label = { sequence: 'letter', level: 2, ordinal: 3, suffix: 'bis', key: '()lc bis', text: '(c bis)', start: 20, end: 27 };

describe('paragraph table', () => {
  it('keeps every field of every paragraph, past its first room and after trimming', () => {
    const table = new ParagraphTable(1);
    for (let i = 0; i < 5; i++) table.add(10 * i, 10 * i + 8, i, i % 2 === 0 ? LABEL : undefined, i - 1, i - 2);
    table.setAnnotation(1, 7, 'ad ref');
    table.setAnnotation(2, 8, undefined);
    table.setAnnotation(3, 9, 'pending');
    table.setOptionSet(4, 3);
    table.trim();
    assert.strictEqual(table.length, 5);
    assert.deepStrictEqual(table.at(0), { start: 0, end: 8, block: 0, label: LABEL, annotation: undefined, status: undefined, section: -1, parent: -2, optionSet: -1 });
    assert.deepStrictEqual(table.at(1), { start: 10, end: 18, block: 1, label: undefined, annotation: 7, status: 'ad ref', section: 0, parent: -1, optionSet: -1 });
    assert.deepStrictEqual([table.annotation(2), table.status(2)], [8, undefined]);
    assert.deepStrictEqual([table.annotation(3), table.status(3)], [9, 'pending']);
    assert.strictEqual(table.optionSet(4), 3);
    assert.deepStrictEqual(table.toArray(), [0, 1, 2, 3, 4].map((i) => table.at(i)));
  });

  it('keeps each label as columns and gives it back whole, its insertion suffix included', () => {
    const table = new ParagraphTable(1);
    table.add(0, 10, 0, LABEL, -1, -1);
    table.add(11, 19, 1, undefined, -1, -1);
    table.add(20, 40, 2, INSERTED, -1, 0);
    table.trim();
    assert.deepStrictEqual([0, 1, 2].map((i) => table.label(i)), [LABEL, undefined, INSERTED]);
    assert.deepStrictEqual([0, 1, 2].map((i) => table.hasLabel(i)), [true, false, true]);
    assert.deepStrictEqual([0, 1, 2].map((i) => table.labelSequence(i)), ['operative', undefined, 'letter']);
    assert.deepStrictEqual([0, 1, 2].map((i) => table.labelLevel(i)), [1, 0, 2]);
    assert.deepStrictEqual([0, 2].map((i) => [table.labelOrdinal(i), table.labelKey(i), table.labelText(i), table.labelStart(i), table.labelEnd(i)]), [
      [1, 'op1', 'OP1.', 0, 4],
      [3, '()lc bis', '(c bis)', 20, 27],
    ]);
    assert.deepStrictEqual([0, 1, 2].map((i) => [table.isInsertion(i), table.labelSuffix(i)]), [
      [false, undefined],
      [false, undefined],
      [true, 'bis'],
    ]);
  });

  it('finds the paragraph at an offset, its end included, and -1 between paragraphs', () => {
    const table = new ParagraphTable(4);
    table.add(0, 8, 0, undefined, -1, -1);
    table.add(10, 18, 1, undefined, -1, -1);
    assert.deepStrictEqual([0, 8, 9, 10, 18, 19].map((offset) => table.indexAt(offset)), [0, 0, -1, 1, 1, -1]);
  });

  it('gives the model its paragraphs as objects that agree with the columns', () => {
    const model = analyze('## Part\n\nOP1. {ad ref} Decides [to act].\n\n(a) first;\n\nText without a label.\n\nOption 1: a\n\nOption 2: No text\n');
    const table = model.paragraphTable;
    assert.strictEqual(model.paragraphs.length, table.length);
    model.paragraphs.forEach((paragraph, index) => assert.deepStrictEqual(paragraph, table.at(index)));
    assert.deepStrictEqual(
      model.paragraphs.map((p) => [p.label?.text, p.status, p.annotation !== undefined, p.section, p.parent, p.optionSet]),
      [
        ['OP1.', 'ad ref', true, 0, -1, -1],
        ['(a)', undefined, false, 0, 0, -1],
        [undefined, undefined, false, 0, -1, -1],
        ['Option 1:', undefined, false, 0, -1, 0],
        ['Option 2:', undefined, false, 0, -1, 0],
      ],
    );
  });
});
