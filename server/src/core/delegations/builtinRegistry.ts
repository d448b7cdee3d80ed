// Builds the built-in registry once, from ISO codes and names plus the reviewed UN and group data.

import { GROUPS } from './data/groups';
import { COMMON_ALIASES, OTHER_STATES, UN_MEMBER_ALPHA3, UN_OBSERVER_STATE_ALPHA3, UN_SHORT_NAMES } from './data/unMembers';
import { isoCodesOf, isoEnglishNames } from './isoCountries';
import { DelegationRegistry, type DelegationSpec } from './registry';
import type { DelegationKind } from './types';

let builtin: DelegationRegistry | undefined;

/**
 * The registry every document starts from: the 193 UN Member States, the 2 observer States, the Cook Islands
 * and Niue, the European Union and the negotiating groups. Built on first use and shared afterwards.
 */
export function builtinRegistry(): DelegationRegistry {
  builtin ??= new DelegationRegistry(builtinSpecs());
  return builtin;
}

/** The specs of the built-in registry, in the order `all()` lists them; exported for tests and tools. */
export function builtinSpecs(): DelegationSpec[] {
  const specs: DelegationSpec[] = [];
  const alpha2Of = new Map<string, string>();
  const addState = (alpha3: string, kind: DelegationKind, note?: string): void => {
    const codes = isoCodesOf(alpha3);
    // Only a typo in the data files can get here; skipping keeps the server up, and a test names the code.
    if (codes === undefined) return;
    const isoNames = isoEnglishNames(codes[0]);
    const name = UN_SHORT_NAMES[alpha3] ?? isoNames[0] ?? alpha3;
    alpha2Of.set(alpha3, codes[0]);
    specs.push({
      code: codes[0],
      name,
      kind,
      codes,
      aliases: [...(COMMON_ALIASES[alpha3] ?? [])],
      hiddenAliases: isoNames,
      ...(note === undefined ? {} : { note }),
    });
  };
  for (const alpha3 of UN_MEMBER_ALPHA3) addState(alpha3, 'member-state');
  for (const alpha3 of UN_OBSERVER_STATE_ALPHA3) addState(alpha3, 'observer-state', 'Non-member observer State of the United Nations.');
  for (const state of OTHER_STATES) addState(state.alpha3, 'other', state.note);
  for (const group of GROUPS) {
    specs.push({
      code: group.code,
      name: group.name,
      kind: group.kind,
      codes: [group.code],
      aliases: [...group.aliases],
      // Written as alpha-3 for review; stored as canonical codes so that no workspace alias can redirect them.
      members: group.members.map((member) => alpha2Of.get(member) ?? member),
      ...(group.membershipNote === undefined ? {} : { membershipNote: group.membershipNote }),
      ...(group.note === undefined ? {} : { note: group.note }),
      source: group.source,
    });
  }
  return specs;
}
