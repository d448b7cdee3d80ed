// Delegation mentions as (text with `$0`, expected mentions) data: codes, names and aliases of one delegation count together.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { delegationAt, delegationMentions } from '../../server/src/core/features/delegationReferences';
import { readCursor } from '../support/carets';

/** The mentions of the delegation at the cursor, as written. */
function checkMentions(marked: string, expected: string[] | undefined): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text, { delegations: builtinRegistry() });
  const delegation = delegationAt(model, offset);
  assert.deepStrictEqual(delegation && delegationMentions(model, delegation.key).map((item) => item.text), expected);
}

describe('delegation references', () => {
  it('code, alpha-3 and name of one State', () => checkMentions('OP1. {proposed: U$0S} [a]{USA; opposed: CN} [b]{United States}', ['US', 'USA', 'United States']));
  it('a group under its aliases', () => checkMentions('[a]{G7$07} [b]{G77/China} [c]{EU}', ['G77', 'G77/China']));
  it('an unknown name matches its own spelling only', () => checkMentions('[a]{Atla$0ntis} [b]{atlantis} [c]{US}', ['Atlantis', 'atlantis']));
  it('nothing outside annotations', () => checkMentions('Te$0xt [a]{US}', undefined));
});
