// The comparison of two revisions: paragraphs matched by label or text, how each open point was settled, and the net change.

import * as assert from 'assert';
import * as fs from 'fs';
import { compareRevisions, renderDiff, DIFF_FORMATS, type BracketChange, type Revision } from '../../server/src/core/diff';
import { wordDiff } from '../../server/src/core/diff/wordDiff';
import { fixturePath } from '../support/paths';
import { analyseText } from '../reports/analyseFixture';
import { expectFile } from '../reports/expectFile';
import { assertLinearGrowth } from '../support/growth';

function revision(name: string) {
  return { file: name, model: analyseText(fs.readFileSync(fixturePath('diff', name), 'utf8')) };
}

describe('revision comparison', () => {
  const diff = compareRevisions(revision('before.ntx'), revision('after.ntx'));
  const bracket = (paragraph: string, text: string): BracketChange => {
    const found = diff.brackets.find((b) => b.paragraph === paragraph && b.text.startsWith(text));
    assert.ok(found, `no change for ${paragraph} ${text} in ${JSON.stringify(diff.brackets, null, 1)}`);
    return found;
  };

  it('says how each bracket was settled', () => {
    assert.strictEqual(bracket('PP2', '[the purposes').how, 'accepted');
    assert.deepStrictEqual([bracket('PP3', '[Deeply').change, bracket('PP3', '[Deeply').how], ['resolved', 'deleted'], 'a paragraph bracketed whole and gone');
    const op1 = bracket('OP1', '[a working group]');
    assert.deepStrictEqual([op1.how, op1.chosen], ['chosen', { index: 2, of: 2, text: 'an expert group' }]);
    const years = bracket('OP1', '[2025 / 2026]');
    assert.deepStrictEqual(years.chosen, { index: 2, of: 2, text: '2026' });
  });

  it('flags a bracket whose words were replaced without brackets', () => {
    const op2 = bracket('OP2', '[on the implementation');
    assert.strictEqual(op2.change, 'removed');
    assert.strictEqual(op2.reason, 'replaced by "on progress"');
  });

  it('reads an option set turned into plain text as that option chosen', () => {
    const options = diff.brackets.find((b) => b.kind === 'options')!;
    assert.deepStrictEqual([options.change, options.how, options.chosen?.index], ['resolved', 'chosen', 1]);
  });

  it('keeps unchanged open points out, and reports new ones', () => {
    assert.ok(!diff.brackets.some((b) => b.text.startsWith('[best]') || b.text.startsWith('[regional]') && b.change !== 'resolved'));
    assert.deepStrictEqual(diff.brackets.filter((b) => b.change === 'added').map((b) => b.text), []);
  });

  it('lists paragraphs added, removed, changed and with a new status', () => {
    const by = (name: string) => diff.paragraphs.find((p) => p.name === name);
    assert.strictEqual(by('PP5')?.change, 'added');
    assert.strictEqual(by('PP3')?.change, 'removed');
    assert.deepStrictEqual(by('PP2')?.status, { before: undefined, after: 'ad ref' });
    assert.strictEqual(by('OP2')?.change, 'changed');
    assert.strictEqual(by('OP4'), undefined, 'unchanged paragraphs are not listed');
  });

  it('counts the net change in open points', () => {
    assert.deepStrictEqual(diff.openPoints.change, { total: -7, brackets: -7, alternativeSets: -2, optionSets: -1, placeholders: 0 });
  });

  for (const format of DIFF_FORMATS) {
    it(`renders as ${format} (fixture before-after.${format === 'text' ? 'txt' : format})`, () => {
      expectFile(fixturePath('diff', `before-after.${format === 'text' ? 'txt' : format}`), renderDiff(diff, format));
    });
  }
});

describe('revision comparison: matching', () => {
  it('matches a relabelled paragraph by its words and a moved paragraph by its label', () => {
    const before = { file: 'a', model: analyseText('OP1. Decides to act now on the matter.\n\nOP2. Requests a report on progress made.\n\nOP3. Decides to remain seized.\n') };
    const after = { file: 'b', model: analyseText('OP1. Decides to remain seized.\n\nOP2. Requests a report on progress made.\n\nOP3. Decides to act now on the matter.\n') };
    const diff = compareRevisions(before, after);
    // By label, OP1 and OP3 swapped their texts: both changed; nothing is added or removed.
    assert.deepStrictEqual(diff.paragraphs.map((p) => [p.change, p.name]), [['changed', 'OP1'], ['changed', 'OP3']]);
    const unlabelled = compareRevisions(
      { file: 'a', model: analyseText('First paragraph about the budget of the mission.\n\nSecond paragraph about the mandate.\n') },
      { file: 'b', model: analyseText('Second paragraph about the mandate.\n\nFirst paragraph about the budget of the mission.\n') },
    );
    assert.deepStrictEqual(unlabelled.paragraphs.map((p) => [p.change, p.moved, p.matchedBy]), [['moved', true, 'text']]);
  });

  it('diffs words, removals before additions', () => {
    assert.deepStrictEqual(wordDiff('a b c d', 'a x c d e'), [
      { op: '=', text: 'a' },
      { op: '-', text: 'b' },
      { op: '+', text: 'x' },
      { op: '=', text: 'c d' },
      { op: '+', text: 'e' },
    ]);
  });

  it('compares a paragraph of many alternatives in time that grows with them (each looked up by binary search)', function () {
    this.timeout(120_000);
    // Twice the alternatives took three to seven times as long when each one's words were found by reading all the
    // paragraph's.
    const alternatives = (count: number) => `OP1. [${Array.from({ length: count }, (_, i) => `[option ${i} text]`).join('')}] end.\n`;
    // Each revision analysed once, so that what is timed is the comparison alone.
    const revisions = new Map<string, [Revision, Revision]>();
    const revisionsOf = (text: string): [Revision, Revision] => {
      let pair = revisions.get(text);
      if (!pair) revisions.set(text, (pair = [{ file: 'a', model: analyseText(text) }, { file: 'b', model: analyseText(text.replace('option 0', 'choice 0')) }]));
      return pair;
    };
    assertLinearGrowth(alternatives, 1000, (text) => compareRevisions(...revisionsOf(text)));
  });
});
