// Positions worded straight from an annotation's clauses say exactly what the lists of positions say.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { ClauseTable } from '../../server/src/core/analysis/clauseTable';
import type { Annotation, Clause } from '../../server/src/core/analysis/model';
import { describePositions, describePositionsOf, positionsOf } from '../../server/src/core/analysis/positions';

const ROLES: ReadonlyArray<Clause['role']> = ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation', 'status', 'unknown'];
const NAMES = ['US', 'EU', 'G77', 'G77/China', 'African Group', 'Côte d’Ivoire', 'us', ''];

const clause = fc.record({ role: fc.constantFrom(...ROLES), items: fc.array(fc.constantFrom(...NAMES), { maxLength: 5 }) });
type RandomClause = { role: Clause['role']; items: string[] };

/** The clauses of other annotations before and after, so that only the annotation's own are read. */
const document = fc.record({ before: fc.array(clause, { maxLength: 3 }), own: fc.array(clause, { maxLength: 6 }), after: fc.array(clause, { maxLength: 3 }) });

/** A table holding `before`, `own` and `after`, and the annotation that holds `own`. */
function tableOf(before: RandomClause[], own: RandomClause[], after: RandomClause[]): { table: ClauseTable; annotation: Annotation } {
  const table = new ClauseTable();
  const add = (clauses: RandomClause[]) => {
    for (const c of clauses) {
      for (const text of c.items) table.addItem(0, 0, text, undefined);
      table.addClause(0, 0, c.role, -1, undefined, undefined);
    }
  };
  add(before);
  const firstClause = table.length;
  add(own);
  const clauseEnd = table.length;
  add(after);
  return { table, annotation: { kind: 'attribution', start: 0, end: 0, closed: true, firstClause, clauseEnd, target: 0 } };
}

describe('describePositionsOf', () => {
  it('equals describePositions(positionsOf(annotation)) on random clauses, repeats and all roles included', () => {
    fc.assert(
      fc.property(document, ({ before, own, after }) => {
        const { table, annotation } = tableOf(before, own, after);
        assert.strictEqual(describePositionsOf(table, annotation), describePositions(positionsOf(table, annotation)));
      }),
      { numRuns: 2000 },
    );
  });

  it('is undefined without an annotation, and equal on the annotations of a parsed text', () => {
    assert.strictEqual(describePositionsOf(new ClauseTable(), undefined), undefined);
    const model = analyze('OP1. {proposed: US, EU; supported: EU; opposed: G77} Decides [to act]{US; opposed: US, US} [now]{ad ref}.\n');
    assert.ok(model.annotations.length >= 2);
    for (const a of model.annotations) assert.strictEqual(describePositionsOf(model.clauseTable, a), describePositions(positionsOf(model.clauseTable, a)));
    assert.deepStrictEqual(
      model.annotations.map((a) => describePositionsOf(model.clauseTable, a)),
      ['proposed by US, EU; supported by EU; opposed by G77', 'proposed by US; opposed by US', undefined],
    );
  });
});
