// Positions worded straight from an annotation's clauses say exactly what the lists of positions say.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import type { Annotation, Clause } from '../../server/src/core/analysis/model';
import { describePositions, describePositionsOf, positionsOf } from '../../server/src/core/analysis/positions';

const ROLES: ReadonlyArray<Clause['role']> = ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation', 'status', 'unknown'];
const NAMES = ['US', 'EU', 'G77', 'G77/China', 'African Group', 'Côte d’Ivoire', 'us', ''];

const item = fc.constantFrom(...NAMES).map((text) => ({ text, start: 0, end: 0 }));
const clause = fc.record({ role: fc.constantFrom(...ROLES), items: fc.array(item, { maxLength: 5 }) }).map((c): Clause => ({ ...c, start: 0, end: 0, roleStart: -1 }));
const annotation = fc.array(clause, { maxLength: 6 }).map((clauses): Annotation => ({ kind: 'attribution', start: 0, end: 0, closed: true, clauses, target: 0 }));

describe('describePositionsOf', () => {
  it('equals describePositions(positionsOf(annotation)) on random clauses, repeats and all roles included', () => {
    fc.assert(
      fc.property(annotation, (a) => assert.strictEqual(describePositionsOf(a), describePositions(positionsOf(a)))),
      { numRuns: 2000 },
    );
  });

  it('is undefined without an annotation, and equal on the annotations of a parsed text', () => {
    assert.strictEqual(describePositionsOf(undefined), undefined);
    const model = analyze('OP1. {proposed: US, EU; supported: EU; opposed: G77} Decides [to act]{US; opposed: US, US} [now]{ad ref}.\n');
    assert.ok(model.annotations.length >= 2);
    for (const a of model.annotations) assert.strictEqual(describePositionsOf(a), describePositions(positionsOf(a)));
  });
});
