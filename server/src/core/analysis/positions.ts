// Gathers who stands where from an annotation's clauses, and words it for messages and hovers.

import type { ReadonlyClauseTable } from './clauseTable';
import type { Annotation, Clause, Positions, Role } from './model';

const EMPTY: Positions = { proposed: [], supported: [], opposed: [], delete: [], retain: [], reservation: [] };

/** The delegations per role in an annotation, its clauses read from `clauses` (items as written, in order, without repeats). */
export function positionsOf(clauses: ReadonlyClauseTable, annotation: Annotation | undefined): Positions {
  if (!annotation) return EMPTY;
  const lists: Record<Role, string[]> = { proposed: [], supported: [], opposed: [], delete: [], retain: [], reservation: [] };
  for (let c = annotation.firstClause; c < annotation.clauseEnd; c++) {
    const role = clauses.role(c);
    if (role === 'status' || role === 'unknown') continue;
    for (let i = clauses.firstItem(c); i < clauses.itemsEnd(c); i++) {
      const text = clauses.itemText(i);
      if (!lists[role].includes(text)) lists[role].push(text);
    }
  }
  return lists;
}

const ROLE_PHRASES: ReadonlyArray<[Role, string]> = [
  ['proposed', 'proposed by'],
  ['supported', 'supported by'],
  ['opposed', 'opposed by'],
  ['delete', 'deletion requested by'],
  ['retain', 'retention requested by'],
  ['reservation', 'reservation by'],
];

/** "proposed by US, EU; opposed by G77", or undefined when nobody is credited. */
export function describePositions(positions: Positions): string | undefined {
  const parts = ROLE_PHRASES.filter(([role]) => positions[role].length > 0).map(([role, phrase]) => `${phrase} ${positions[role].join(', ')}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/**
 * `describePositions(positionsOf(annotation))`, worded straight from the clauses: findings word the positions on
 * every open bracket, and the six lists per bracket cost more than the words.
 */
export function describePositionsOf(clauses: ReadonlyClauseTable, annotation: Annotation | undefined): string | undefined {
  if (!annotation) return undefined;
  const from = annotation.firstClause;
  const to = annotation.clauseEnd;
  // Which roles the clauses give, so that only those are gathered: most annotations give one or two of the six.
  let roles = 0;
  for (let c = from; c < to; c++) roles |= ROLE_BITS[clauses.role(c)];
  if (roles === 0) return undefined;
  let description: string | undefined;
  for (let r = 0; r < ROLE_PHRASES.length; r++) {
    if ((roles & (1 << r)) === 0) continue;
    const role = ROLE_PHRASES[r][0];
    let names: string | undefined;
    for (let c = from; c < to; c++) {
      if (clauses.role(c) !== role) continue;
      for (let i = clauses.firstItem(c); i < clauses.itemsEnd(c); i++) {
        const name = clauses.itemText(i);
        if (isNamedBefore(clauses, from, role, name, i)) continue;
        names = names === undefined ? name : `${names}, ${name}`;
      }
    }
    if (names !== undefined) description = description === undefined ? `${ROLE_PHRASES[r][1]} ${names}` : `${description}; ${ROLE_PHRASES[r][1]} ${names}`;
  }
  return description;
}

/** The bit of each role in `ROLE_PHRASES` order; statuses and unknown roles have none. */
const ROLE_BITS: Readonly<Record<Clause['role'], number>> = {
  proposed: 1,
  supported: 2,
  opposed: 4,
  delete: 8,
  retain: 16,
  reservation: 32,
  status: 0,
  unknown: 0,
};

/**
 * True when `name` is an item of a clause of `role`, from clause `from` on, before item `item` (a delegation is named
 * once). Items follow one another in clause order, so those before `item` are all before it in the table.
 */
function isNamedBefore(clauses: ReadonlyClauseTable, from: number, role: Role, name: string, item: number): boolean {
  for (let c = from; clauses.firstItem(c) < item; c++) {
    if (clauses.role(c) !== role) continue;
    const end = Math.min(clauses.itemsEnd(c), item);
    for (let i = clauses.firstItem(c); i < end; i++) if (clauses.itemText(i) === name) return true;
  }
  return false;
}
