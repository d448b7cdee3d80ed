// Gathers who stands where from an annotation's clauses, and words it for messages and hovers.

import type { Annotation, Positions, Role } from './model';

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
