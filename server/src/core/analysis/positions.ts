// Gathers who stands where from an annotation's clauses, and words it for messages and hovers.

import type { Annotation, Clause, Positions, Role } from './model';

const EMPTY: Positions = { proposed: [], supported: [], opposed: [], delete: [], retain: [], reservation: [] };

/** The delegations per role in an annotation (items as written, in order, without repeats). */
export function positionsOf(annotation: Annotation | undefined): Positions {
  if (!annotation) return EMPTY;
  const lists: Record<Role, string[]> = { proposed: [], supported: [], opposed: [], delete: [], retain: [], reservation: [] };
  for (const clause of annotation.clauses) {
    if (clause.role === 'status' || clause.role === 'unknown') continue;
    for (const item of clause.items) if (!lists[clause.role].includes(item.text)) lists[clause.role].push(item.text);
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
export function describePositionsOf(annotation: Annotation | undefined): string | undefined {
  if (!annotation) return undefined;
  const clauses = annotation.clauses;
  // Which roles the clauses give, so that only those are gathered: most annotations give one or two of the six.
  let roles = 0;
  for (let c = 0; c < clauses.length; c++) roles |= ROLE_BITS[clauses[c].role];
  if (roles === 0) return undefined;
  let description: string | undefined;
  for (let r = 0; r < ROLE_PHRASES.length; r++) {
    if ((roles & (1 << r)) === 0) continue;
    const role = ROLE_PHRASES[r][0];
    let names: string | undefined;
    for (let c = 0; c < clauses.length; c++) {
      if (clauses[c].role !== role) continue;
      const items = clauses[c].items;
      for (let i = 0; i < items.length; i++) {
        const name = items[i].text;
        if (isNamedBefore(clauses, role, name, c, i)) continue;
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

/** True when `name` is an item of a clause of `role` before item `item` of clause `clause` (a delegation is named once). */
function isNamedBefore(clauses: Annotation['clauses'], role: Role, name: string, clause: number, item: number): boolean {
  for (let c = 0; c <= clause; c++) {
    if (clauses[c].role !== role) continue;
    const items = clauses[c].items;
    const end = c === clause ? item : items.length;
    for (let i = 0; i < end; i++) if (items[i].text === name) return true;
  }
  return false;
}
