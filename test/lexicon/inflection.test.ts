// The English plural rule read on units gives the same keys as the rule written with regular expressions.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { inflectionKey } from '../../server/src/core/lexicon/inflection';
import { inflectionKey as referenceKey } from './reference/referenceInflection';

/** Words built from the letters and endings the rule looks at, so that every branch is taken. */
const englishWord = fc
  .tuple(fc.array(fc.constantFrom('a', 'b', 'c', 'h', 'i', 'e', 's', 'u', 'x', 'y', 'z', 'é', 'A', '1'), { maxLength: 5 }), fc.constantFrom('', 's', 'es', 'ies', 'sses', 'shes', 'ches', 'xes', 'zzes', 'ss', 'us', 'is'))
  .map(([letters, ending]) => letters.join('') + ending);

describe('inflectionKey', () => {
  it('folds English words exactly as the regular-expression rule did', () => {
    fc.assert(
      fc.property(englishWord, (word) => assert.strictEqual(inflectionKey(word, 'en'), referenceKey(word, 'en'), word)),
      { numRuns: 3000 },
    );
  });

  it('folds the usual English plurals', () => {
    const keys = ['technologies', 'states', 'measures', 'approaches', 'boxes', 'icts', 'process', 'status', 'analysis', 'its', 'ties', 'buzzes'].map((w) => inflectionKey(w, 'en'));
    assert.deepStrictEqual(keys, ['technology', 'state', 'measure', 'approach', 'box', 'ict', 'process', 'status', 'analysis', 'its', 'tie', 'buzz']);
  });
});
