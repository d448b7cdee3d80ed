// The clause columns give back every clause and item put in, past their first room, after a placeholder's clauses
// are dropped and after trimming.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { ClauseTable } from '../../server/src/core/analysis/clauseTable';
import { clausesOf } from '../../server/src/core/analysis/queries';

describe('clause table', () => {
  it('keeps every clause with its items, past its first room, and drops what is truncated', () => {
    const table = new ClauseTable(1);
    const expected: Array<{ role: string; items: string[] }> = [];
    for (let c = 0; c < 40; c++) {
      const items = Array.from({ length: c % 4 }, (_, i) => `D${c}.${i}`);
      for (const [i, text] of items.entries()) table.addItem(100 * c + i, 100 * c + i + 1, text, i === 0 ? 'US' : undefined);
      const role = c % 5 === 0 ? 'status' : 'supported';
      table.addClause(100 * c, 100 * c + 50, role, role === 'status' ? -1 : 100 * c, role === 'status' ? undefined : 'supported', role === 'status' ? 'agreed' : undefined);
      expected.push({ role, items });
    }
    // A placeholder's clauses are read, then dropped.
    const clauses = table.length;
    const items = table.itemCount;
    table.addItem(9000, 9001, 'X', undefined);
    table.addClause(9000, 9010, 'unknown', 9000, 'placeholder', undefined);
    table.truncate(clauses, items);
    table.trim();
    assert.strictEqual(table.length, 40);
    assert.deepStrictEqual(
      table.slice(0, table.length).map((clause) => ({ role: clause.role, items: clause.items.map((item) => item.text) })),
      expected,
    );
    assert.deepStrictEqual(table.clause(0), { start: 0, end: 50, role: 'status', roleStart: -1, roleText: undefined, status: 'agreed', items: [] });
    assert.deepStrictEqual(table.clause(7), {
      start: 700,
      end: 750,
      role: 'supported',
      roleStart: 700,
      roleText: 'supported',
      status: undefined,
      items: [
        { start: 700, end: 701, text: 'D7.0', code: 'US' },
        { start: 701, end: 702, text: 'D7.1', code: undefined },
        { start: 702, end: 703, text: 'D7.2', code: undefined },
      ],
    });
  });

  it('gives each annotation of a text its own clauses, and a placeholder none', () => {
    const text = 'OP1. {ad ref} Decides [to act]{proposed: US; supported: EU, G77} and {Placeholder; for, later} [now]{US}.\n';
    const model = analyze(text);
    assert.deepStrictEqual(
      model.annotations.map((annotation) => [annotation.kind, clausesOf(model, annotation).map((clause) => `${clause.role}: ${clause.items.map((item) => item.text).join(', ')}`)]),
      [
        ['paragraph', ['status: ']],
        ['attribution', ['proposed: US', 'supported: EU, G77']],
        ['placeholder', []],
        ['attribution', ['proposed: US']],
      ],
    );
    assert.strictEqual(model.clauseTable.length, 4);
  });
});
