// Did-you-mean for unknown delegations: helpful for slips, silent when the guess would be arbitrary.

import * as assert from 'assert';
import { builtinRegistry, typoDistance } from '../../server/src/core/delegations';

const registry = builtinRegistry();

describe('delegation suggestions', () => {
  const helpful: [string, string][] = [
    ['Cnina', 'China'], // n is next to h
    ['Chnia', 'China'], // swapped letters
    ['UDA', 'USA'], // one plain edit from USA and UGA, but only D-S is a slip
    ['DUE', 'DEU'],
    ['G78', 'G77'],
    ['AOSS', 'AOSIS'],
    ['Germny', 'Germany'],
    ['Frnace', 'France'],
    ['Columbia', 'Colombia'],
    ['Phillipines', 'Philippines'],
    ['Kazakstan', 'Kazakhstan'],
    ['Untied States', 'United States'],
    ['Venezuala', 'Venezuela'],
    ['Group of 77 and Chna', 'Group of 77 and China'],
    ['EU28', 'EU27'],
  ];
  for (const [typed, expected] of helpful) {
    it(`suggests ${expected} for ${typed}`, () => assert.strictEqual(registry.suggest(typed), expected));
  }

  const silent: [string, string][] = [
    ['UD', 'as close to US (D-S) as to ID (U-I)'],
    ['SU', 'US, SY and SI are all one slip away'],
    ['GRB', 'GBR (swap) and BRB (G-B slip) are equally close'],
    ['G7', 'the Group of Seven is no slip for Guyana (GY)'],
    ['XYZ', 'nothing is close'],
    ['Q', 'too short to guess'],
    ['Atlantis', 'nothing is close'],
    ['US', 'it resolves, so there is nothing to suggest'],
  ];
  for (const [typed, why] of silent) {
    it(`suggests nothing for ${typed}: ${why}`, () => assert.strictEqual(registry.suggest(typed), undefined));
  }

  it('gives the same answer from its cache', () => {
    assert.strictEqual(registry.suggest('Cnina'), registry.suggest('cnina'));
  });

  describe('typoDistance', () => {
    it('charges 1 for plain edits and 0.5 for slips', () => {
      assert.strictEqual(typoDistance('kitten', 'sitting'), 3);
      assert.strictEqual(typoDistance('abc', 'abc'), 0);
      assert.strictEqual(typoDistance('abc', 'bac'), 0.5);
      assert.strictEqual(typoDistance('uda', 'usa'), 0.5);
      assert.strictEqual(typoDistance('uda', 'uga'), 1);
      assert.strictEqual(typoDistance('', 'abc'), 3);
    });

    it('gives up past the limit', () => {
      assert.strictEqual(typoDistance('afghanistan', 'zimbabwe', 2), Infinity);
      assert.strictEqual(typoDistance('a', 'abcdef', 2), Infinity);
    });
  });
});
