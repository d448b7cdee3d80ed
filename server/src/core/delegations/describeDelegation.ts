// Turns a delegation into the plain facts a hover shows: name, kind, codes, groups or members, caveats.

import type { DelegationRegistry } from './registry';
import type { Delegation, DelegationKind } from './types';

/** A delegation named by code and name, as hover lists groups and members. */
export interface DelegationRef {
  readonly code: string;
  readonly name: string;
}

/** What hover says about a delegation, as data; `renderDelegationMarkdown` turns it into text. */
export interface DelegationDescription {
  readonly code: string;
  /** The UN short name of a State, the full name of a group (`Group of 77 and China`). */
  readonly name: string;
  readonly kind: DelegationKind;
  /** `UN Member State`, `Observer State`, `Organization`, `Group` or `Other participant`. */
  readonly kindLabel: string;
  readonly codes: readonly string[];
  readonly aliases: readonly string[];
  /** The groups it belongs to directly, in registry order (EU and regional groups before negotiating groups). */
  readonly groups: readonly DelegationRef[];
  /** Present for groups and organizations, in the order of the group's list. */
  readonly members?: readonly DelegationRef[];
  /** True when the membership is the commonly cited one of a group without a published list. */
  readonly informal: boolean;
  readonly note?: string;
  readonly source?: string;
}

const KIND_LABELS: Readonly<Record<DelegationKind, string>> = {
  'member-state': 'UN Member State',
  'observer-state': 'Observer State',
  organization: 'Organization',
  group: 'Group',
  other: 'Other participant',
};

/** The hover facts of `delegation`, with its groups and members looked up in `registry`. */
export function describeDelegation(delegation: Delegation, registry: DelegationRegistry): DelegationDescription {
  const refs = (codes: readonly string[]): DelegationRef[] =>
    codes.map((code) => ({ code, name: registry.get(code)?.name ?? code }));
  return {
    code: delegation.code,
    name: delegation.name,
    kind: delegation.kind,
    kindLabel: KIND_LABELS[delegation.kind],
    codes: delegation.codes,
    aliases: delegation.aliases,
    groups: refs(delegation.groups),
    ...(delegation.members === undefined ? {} : { members: refs(delegation.members) }),
    informal: delegation.membershipNote === 'informal',
    ...(delegation.note === undefined ? {} : { note: delegation.note }),
    ...(delegation.source === undefined ? {} : { source: delegation.source }),
  };
}
