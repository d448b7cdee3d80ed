// Who stands where on one annotation, by canonical delegation code, for the reports, the scenario export and the diff.

import type { Annotation, DocumentModel, Role } from '../analysis/model';
import { clausesOf } from '../analysis/queries';

/** One delegation's role in an annotation: `RU` proposed. `known` is false when the registry did not know the name. */
export interface DelegationRole {
  readonly code: string;
  readonly written: string;
  readonly known: boolean;
  readonly role: Role;
}

/** The roles of an annotation, one per delegation and role, resolved to canonical codes where the registry knows them. */
export function delegationRoles(model: Pick<DocumentModel, 'clauseTable'>, annotation: Annotation | undefined): DelegationRole[] {
  if (!annotation) return [];
  const result: DelegationRole[] = [];
  const seen = new Set<string>();
  for (const clause of clausesOf(model, annotation)) {
    if (clause.role === 'status' || clause.role === 'unknown') continue;
    for (const item of clause.items) {
      const code = item.code ?? item.text;
      const key = `${clause.role}\u0000${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push({ code, written: item.text, known: item.code !== undefined, role: clause.role });
    }
  }
  return result;
}

/** Looks up the groups a delegation belongs to (`RU` → `LMDC` ...), so that a group's position can speak for it. */
export type GroupsOf = (code: string) => ReadonlyArray<string>;

/**
 * Where one delegation stands on an annotation: `for` when it proposed, supported or wants it retained,
 * `against` when it opposed it or wants it deleted, else undefined. A delegation without a position of its own
 * takes the position of the first of its groups that has one, as the EU or the G77 speaks for its members.
 */
export function stanceOf(model: Pick<DocumentModel, 'clauseTable'>, annotation: Annotation | undefined, code: string, groupsOf?: GroupsOf): 'for' | 'against' | undefined {
  const roles = delegationRoles(model, annotation);
  if (roles.length === 0) return undefined;
  const own = stanceAmong(roles, code);
  if (own || !groupsOf) return own;
  for (const group of groupsOf(code)) {
    const stance = stanceAmong(roles, group);
    if (stance) return stance;
  }
  return undefined;
}

function stanceAmong(roles: ReadonlyArray<DelegationRole>, code: string): 'for' | 'against' | undefined {
  const wanted = code.toUpperCase();
  let stance: 'for' | 'against' | undefined;
  for (const r of roles) {
    if (r.code.toUpperCase() !== wanted) continue;
    // Support beats a stray opposition in the same annotation: proposing a wording is the stronger statement.
    if (r.role === 'proposed' || r.role === 'supported' || r.role === 'retain') return 'for';
    if (r.role === 'opposed' || r.role === 'delete') stance = 'against';
  }
  return stance;
}
