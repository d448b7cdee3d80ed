// The delimiters the model does not keep as ranges (a bracket's `[` and `]`, an annotation's content, a clause's role
// word) are made from the record's own offsets, for closed and unclosed ones alike.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { clausesOf, closerOf, contentOf, innerOf, openerOf, roleRangeOf } from '../../server/src/core/analysis/queries';
import type { Range } from '../../server/src/core/analysis/model';

const slice = (text: string, range: Range | undefined) => (range ? text.slice(range.start, range.end) : undefined);

describe('delimiters made from offsets', () => {
  it('gives each bracket its opener and, when it has one, its closer', () => {
    const text = 'OP1. [shall][should] act [and [not] stop.\n';
    const model = analyze(text);
    assert.deepStrictEqual(
      model.brackets.map((bracket) => [text.slice(bracket.start, bracket.end).trimEnd(), slice(text, openerOf(bracket)), slice(text, closerOf(bracket))]),
      [
        ['[shall]', '[', ']'],
        ['[should]', '[', ']'],
        ['[and [not] stop.', '[', undefined],
        ['[not]', '[', ']'],
      ],
    );
    assert.deepStrictEqual(
      model.brackets.map((bracket) => closerOf(bracket)?.start),
      [11, 19, undefined, 34],
    );
    // The bracketed text: up to the `]`, or to the end of an unclosed bracket.
    assert.deepStrictEqual(
      model.brackets.map((bracket) => slice(text, innerOf(bracket))?.trimEnd()),
      ['shall', 'should', 'and [not] stop.', 'not'],
    );
  });

  it('gives an annotation the text between its braces, and an unclosed one (only its `{`) nothing after it', () => {
    const text = 'OP1. [a]{proposed: US} and {} and {Placeholder\n';
    const model = analyze(text);
    assert.deepStrictEqual(
      model.annotations.map((annotation) => [annotation.closed, contentOf(annotation), slice(text, contentOf(annotation))]),
      [
        [true, { start: 9, end: 21 }, 'proposed: US'],
        [true, { start: 28, end: 28 }, ''],
        [false, { start: 35, end: 35 }, ''],
      ],
    );
  });

  it('gives a clause its role word where one is written, before or after the delegations, and none otherwise', () => {
    const text = 'OP1. [a]{ supported : US; EU, CN: retain; RU; US, EU: }\n';
    const model = analyze(text);
    assert.deepStrictEqual(
      clausesOf(model, model.annotations[0]).map((clause) => [clause.role, slice(text, roleRangeOf(clause))]),
      [
        ['supported', 'supported'],
        ['retain', 'retain'],
        ['proposed', undefined],
        ['proposed', undefined],
      ],
    );
  });
});
