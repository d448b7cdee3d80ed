// Folding ranges as (text, expected folds) data: each fold written as its kind and the first and last line it spans.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { computeFolds } from '../../server/src/core/features/folding';

/** Folds that span more than one line, as `kind first-line..last-line` (0-based lines). */
function checkFolds(text: string, expected: string[]): void {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1;
  const folds = computeFolds(analyze(text))
    .map((f) => ({ kind: f.kind, first: lineOf(f.start), last: lineOf(f.end) }))
    .filter((f) => f.last > f.first)
    .map((f) => `${f.kind} ${f.first}..${f.last}`);
  assert.deepStrictEqual(folds, expected);
}

describe('folding ranges', () => {
  it('front matter, sections, labelled paragraphs with sub-paragraphs', () => {
    checkFolds(
      ['---', 'title: T', '---', '# Part I', '## Article 1', 'OP1. Decides:', '(a) to act;', '(b) to report.', '## Article 2', 'Text.'].join('\n'),
      ['frontMatter 0..2', 'section 3..9', 'section 4..7', 'paragraph 5..7', 'section 8..9'],
    );
  });
  it('multi-line brackets, option sets, comments and footnotes', () => {
    checkFolds(
      ['Parties [shall', 'take] action.', '', 'Option 1: A.', 'Option 2: B.', '', '<!-- a', 'b -->', '', '[^1]: Note', '  more.'].join('\n'),
      ['paragraph 0..1', 'bracket 0..1', 'optionSet 3..4', 'comment 6..7', 'footnote 9..10'],
    );
  });
  it('one-line constructs give no fold', () => checkFolds('OP1. [a] <!-- c --> {US}', []));
});
