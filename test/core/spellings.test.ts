// Role and status spellings: the quick rule-outs never hide a spelling, and names of Object's members are no role.

import * as assert from 'assert';
import fc from 'fast-check';
import { parseClauses } from '../../server/src/core/analysis/clauses';
import { normaliseSpelling, Spellings } from '../../server/src/core/analysis/spellings';

const WORDS = { proposed: 1, 'proposed by': 2, 'ad ref': 3, 'agreed ad referendum': 4, delete: 5 };
const spellings = new Spellings<number>(WORDS);
const plain = new Map(Object.entries(WORDS));

const piece = fc.constantFrom('proposed', 'PROPOSED', 'Proposed', ' by', '  by', 'ad', ' ', '\t', '\n', '\u00a0', '\u2003', 'ref', 'agreed', 'referendum', 'delete', 'x', 'É', 'US', ':');
const candidate = fc.oneof(fc.string({ maxLength: 25 }), fc.array(piece, { maxLength: 6 }).map((parts) => parts.join('')));

describe('spellings', () => {
  it('finds exactly what a plain map of normalised spellings finds', () => {
    fc.assert(
      fc.property(candidate, (text) => {
        assert.strictEqual(spellings.of(text), plain.get(normaliseSpelling(text)), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads spellings whatever their case and spacing', () => {
    assert.strictEqual(spellings.of('  Proposed\t by '), 2);
    assert.strictEqual(spellings.of('\u2003delete'), 5);
    assert.strictEqual(spellings.of('US'), undefined);
  });

  it('does not take a member of Object for a role', () => {
    for (const word of ['constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      const written = `${word}: US`;
      const [clause] = parseClauses(written, 0, written.length);
      assert.strictEqual(clause.role, 'unknown', word);
    }
  });
});
