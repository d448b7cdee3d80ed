// Every model has one fast shape, whatever the text and the options: V8 then reads its fields without a hash look-up.

import * as assert from 'assert';
import { setFlagsFromString } from 'v8';
import { analyze } from '../../server/src/core';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';

// V8's own checks, reachable once natives syntax is allowed; functions compiled after this line may use them.
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('value', 'return %HasFastProperties(value)') as (value: object) => boolean;
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const LEXICON = parseLexicon('terms:\n  - term: critical infrastructure\n', 'test.lexicon.yaml').lexicon;

describe('model shape', () => {
  it('is fast (not a dictionary) and the same for every text and options', () => {
    const models = [
      analyze('OP1. Decides [to act].\n'),
      analyze('---\ntitle: A draft\nlanguage: fr\n---\n\n## Part\n\nOP1. [x]{US} / [y]{EU}\n'),
      analyze('Option 1: a\n\nOption 2: No text\n', { terms: createTermMatcher([LEXICON], 'en') }),
      analyze('', { delegations: undefined }),
    ];
    for (const model of models) assert.ok(hasFastProperties(model), 'a model in dictionary mode makes every field read a hash look-up');
    for (const model of models.slice(1)) assert.ok(haveSameMap(models[0], model), 'models of different shapes make the features that read them polymorphic');
    // The prose is still made on demand and still reads as a list of ranges.
    assert.deepStrictEqual(models[0].prose, [{ start: 4, end: 13 }, { start: 14, end: 20 }, { start: 21, end: 23 }]);
    // Paragraph objects made on first read leave the model in its shape, and are made once.
    assert.strictEqual(models[1].paragraphs.length, 1);
    assert.strictEqual(models[1].paragraphs, models[1].paragraphs);
    assert.ok(haveSameMap(models[0], models[1]), 'reading the paragraphs changed the shape of the model');
  });
});
