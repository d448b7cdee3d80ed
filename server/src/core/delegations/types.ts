// The plain data shapes of the delegations registry: a delegation, a workspace entry and a data-file problem.

/** What a delegation is; decides how hover presents it and whether it has members. */
export type DelegationKind = 'member-state' | 'observer-state' | 'organization' | 'group' | 'other';

/** Every kind, in the order hover and the JSON Schema list them. */
export const DELEGATION_KINDS: readonly DelegationKind[] = ['member-state', 'observer-state', 'organization', 'group', 'other'];

/**
 * One delegation that can be named in an attribution (`[shall]{US, EU}`).
 *
 * Canonical codes: ISO 3166 alpha-2 for states (`US`, `CN`), `EU` for the European Union, and an upper-case
 * short code for groups (`G77`, `AOSIS`, `EU27`) that is never an ISO 3166 code, so it cannot shadow a state.
 */
export interface Delegation {
  /** The canonical code: `US`, `EU`, `G77`; workspace entries keep the spelling of their file (`CfRN`). */
  readonly code: string;
  /** The UN short name for states (`Iran (Islamic Republic of)`), the full name of an organization or group. */
  readonly name: string;
  readonly kind: DelegationKind;
  /** The codes it answers to, canonical first: `['US', 'USA']` for states, `['G77']` for a group. */
  readonly codes: readonly string[];
  /** Other spellings it answers to (`United States`, `USA`, `G-77 and China`), without the name and the codes. */
  readonly aliases: readonly string[];
  /** Canonical codes of the members, for groups and organizations such as the EU. */
  readonly members?: readonly string[];
  /** `informal` when the group publishes no membership list and `members` is the commonly cited one. */
  readonly membershipNote?: 'informal';
  /** Canonical codes of the groups whose `members` include this delegation (computed, direct membership only). */
  readonly groups: readonly string[];
  /** One sentence shown on hover: status or caveat (`Non-member State ...`, `Counted in WEOG for elections`). */
  readonly note?: string;
  /** Where the membership comes from, for groups (`UN-OHRLLS list of LDCs, December 2024`). */
  readonly source?: string;
}

/**
 * One entry of a workspace `delegations.yaml`: a new delegation, or changes to a built-in one when `code`
 * is a canonical or ISO code the registry already knows (`EU`, `GBR`).
 */
export interface DelegationEntry {
  readonly code: string;
  /** Name of a new delegation; ignored for a known one, so that a mistaken entry cannot silently rename a State. */
  readonly name?: string;
  /** New name for a known delegation; the old name stays an alias so that existing texts still resolve. */
  readonly rename?: string;
  readonly kind?: DelegationKind;
  /** Added to the delegation's aliases; in this workspace they win over built-in spellings. */
  readonly aliases?: readonly string[];
  /** Replaces the members (codes, names or aliases; resolved when the registry is built). */
  readonly members?: readonly string[];
  readonly membershipNote?: 'informal';
  readonly note?: string;
  /** Offsets of the `code` value in the file it came from, for go-to-definition and problems. */
  readonly codeStart?: number;
  readonly codeEnd?: number;
}

export type { DataFileProblem } from '../dataFileProblem';
