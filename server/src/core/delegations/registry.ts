// The delegation registry: constant-time lookup by code, name or alias, groups and members, did-you-mean, and workspace additions.

import { isoCodesOf } from './isoCountries';
import { normalizeKey } from './normalizeKey';
import { SLIP_COST, typoDistance } from './typoDistance';
import type { Delegation, DelegationEntry, DelegationKind } from './types';
import { detached } from '../text/detached';

/** What a registry is built from: a delegation before its groups are computed, with every spelling it answers to. */
export interface DelegationSpec {
  readonly code: string;
  readonly name: string;
  readonly kind: DelegationKind;
  /** Canonical code first, then the other codes (`['US', 'USA']`). */
  readonly codes: readonly string[];
  readonly aliases: readonly string[];
  /** Spellings that resolve at the lowest priority and are not listed on hover (ISO's other English names). */
  readonly hiddenAliases?: readonly string[];
  /** Spellings given by a workspace file; they win over every built-in spelling. */
  readonly workspaceSpellings?: readonly string[];
  /** Members as codes, names or aliases; resolved to canonical codes when the registry is built. */
  readonly members?: readonly string[];
  readonly membershipNote?: 'informal';
  readonly note?: string;
  readonly source?: string;
}

/*
 * Which spelling wins when two delegations claim the same key. A workspace speaks for its forum, so its
 * spellings come first (a WTO workspace may make `EC` the European Union although it is Ecuador's code);
 * then codes, because drafters mostly write codes; then names, aliases, and last ISO's alternative names,
 * which are dropped when ambiguous (ISO calls both Congos "Congo").
 */
const WORKSPACE = 0;
const CODE = 1;
const NAME = 2;
const ALIAS = 3;
const HIDDEN = 4;

interface Claim {
  rank: number;
  index: number;
  /** The spelling as first written, shown by `suggest`. */
  surface: string;
  ambiguous: boolean;
}

interface Candidate {
  readonly key: string;
  readonly surface: string;
  readonly index: number;
}

type MutableSpec = { -readonly [K in keyof DelegationSpec]: DelegationSpec[K] } & {
  aliases: string[];
  workspaceSpellings: string[];
};

const SUGGESTION_CACHE_LIMIT = 2000;
/** How many unlisted spellings a registry remembers; past that it starts again, so memory stays bounded. */
const MAX_LOOKED_UP = 10_000;
const NO_DELEGATIONS: readonly Delegation[] = Object.freeze([]);

/**
 * All the delegations a document may name, with lookups cheap enough to run on every attribution item.
 * Immutable: `withAdditions` returns a new registry, so a registry can be shared between documents.
 */
export class DelegationRegistry {
  private readonly specs: readonly DelegationSpec[];
  private readonly delegations: readonly Delegation[];
  /** Normalized spelling to delegation, for `resolve`. */
  private readonly byKey = new Map<string, Delegation>();
  /** Exact spelling to delegation: most attribution items are written exactly as listed, so this skips normalizing. */
  private readonly bySurface = new Map<string, Delegation>();
  /** Spellings looked up before that are not listed as written (`the EU`, `Placeholder for dates`), and what they gave. */
  private readonly looked = new Map<string, Delegation | null>();
  /** Normalized code (canonical, alpha-2, alpha-3) to spec index, for `get` and `withAdditions`. */
  private readonly codeIndex = new Map<string, number>();
  private readonly candidates: readonly Candidate[];
  private readonly suggestions = new Map<string, string | undefined>();

  /** Builds the indexes in one pass over the specs; prefer `builtinRegistry()` and `withAdditions`. */
  constructor(specs: readonly DelegationSpec[]) {
    this.specs = specs;
    // Canonical codes first, so that another delegation's alpha-3 can never take a canonical code's place.
    specs.forEach((spec, index) => this.indexCode(spec.code, index));
    specs.forEach((spec, index) => spec.codes.forEach((code) => this.indexCode(code, index)));

    const claims = new Map<string, Claim>();
    const surfaces: string[] = [];
    const claim = (surface: string, rank: number, index: number): void => {
      const key = normalizeKey(surface);
      if (key === '') return;
      surfaces.push(surface);
      const existing = claims.get(key);
      if (existing === undefined || rank < existing.rank) {
        claims.set(key, { rank, index, surface, ambiguous: false });
      } else if (rank === existing.rank && index !== existing.index && rank === HIDDEN) {
        existing.ambiguous = true;
      }
    };
    specs.forEach((spec, index) => {
      for (const spelling of spec.workspaceSpellings ?? []) claim(spelling, WORKSPACE, index);
      claim(spec.code, CODE, index);
      for (const code of spec.codes) claim(code, CODE, index);
      claim(spec.name, NAME, index);
      for (const alias of spec.aliases) claim(alias, ALIAS, index);
      for (const alias of spec.hiddenAliases ?? []) claim(alias, HIDDEN, index);
    });

    this.delegations = this.buildDelegations(claims);
    const candidates: Candidate[] = [];
    for (const [key, found] of claims) {
      if (found.ambiguous) continue;
      this.byKey.set(key, this.delegations[found.index]);
      candidates.push({ key, surface: found.surface, index: found.index });
    }
    for (const surface of surfaces) {
      const delegation = this.byKey.get(normalizeKey(surface));
      if (delegation !== undefined && !this.bySurface.has(surface)) this.bySurface.set(surface, delegation);
    }
    this.candidates = candidates;
  }

  /**
   * The delegation a spelling names: a code (`US`, `USA`, `G77`), the name (`Türkiye`) or an alias
   * (`G-77 and China`, `the EU`), ignoring case, accents, dots and spacing. Undefined when unknown.
   */
  resolve(text: string): Delegation | undefined {
    const listed = this.bySurface.get(text);
    if (listed !== undefined) return listed;
    // Every item of every annotation is resolved: a draft repeats its spellings, and the folding is the costly part.
    const seen = this.looked.get(text);
    if (seen !== undefined) return seen ?? undefined;
    const found = this.byKey.get(normalizeKey(text));
    if (this.looked.size >= MAX_LOOKED_UP) this.looked.clear();
    // The registry outlives every draft: its keys must not be views into one (see `detached`).
    this.looked.set(detached(text), found ?? null);
    return found;
  }

  /** The delegation one of whose codes (canonical, alpha-2 or alpha-3) is `code`, in any case; never by name. */
  get(code: string): Delegation | undefined {
    const index = this.codeIndex.get(normalizeKey(code));
    return index === undefined ? undefined : this.delegations[index];
  }

  /**
   * A spelling close to an unknown one, for a "did you mean" (`Cnina` gives `China`, `UDA` gives `USA`), or
   * undefined when nothing is close enough or two delegations are equally close. The returned spelling is
   * the listed one nearest to what was typed, so a code stays a code and a name a name.
   *
   * How close is close enough grows with length: for three characters or fewer only a slip (a neighbouring
   * key, two swapped letters) counts, because nearly every such string is one plain edit from some code;
   * up to 5 characters one edit, up to 8 two, beyond that three.
   */
  suggest(text: string): string | undefined {
    const key = normalizeKey(text);
    if (key.length < 2 || this.byKey.has(key)) return undefined;
    if (this.suggestions.has(key)) return this.suggestions.get(key);
    const suggestion = this.closest(key);
    if (this.suggestions.size >= SUGGESTION_CACHE_LIMIT) this.suggestions.clear();
    this.suggestions.set(detached(key), suggestion);
    return suggestion;
  }

  /** The groups a delegation belongs to directly (`US` gives WEOG, Umbrella Group, JUSSCANNZ), empty when unknown. */
  groupsOf(text: string): readonly Delegation[] {
    return this.lookupAll(this.resolve(text)?.groups);
  }

  /** The members of a group or organization (`EU` gives its 27 member States), empty when it has none or is unknown. */
  membersOf(text: string): readonly Delegation[] {
    return this.lookupAll(this.resolve(text)?.members);
  }

  /** Every delegation: member States in UN order, observer States, other States, then organizations and groups. */
  all(): readonly Delegation[] {
    return this.delegations;
  }

  /**
   * A new registry with a workspace's entries applied in order. An entry whose `code` is one of a known
   * delegation's codes changes it: `rename` renames it (the old name still resolves), `aliases` are added,
   * `members`, `kind`, `membershipNote` and `note` replace; its `name` is ignored so that a mistaken entry
   * cannot silently rename a State. Any other entry adds a delegation (kind `other` unless given, named by
   * `name`, else `rename`, else its code; an ISO code brings its alpha-2/alpha-3 twin).
   */
  withAdditions(entries: readonly DelegationEntry[]): DelegationRegistry {
    const specs: MutableSpec[] = this.specs.map((spec) => ({
      ...spec,
      aliases: [...spec.aliases],
      workspaceSpellings: [...(spec.workspaceSpellings ?? [])],
    }));
    const codeIndex = new Map(this.codeIndex);
    for (const entry of entries) {
      const code = entry.code.trim();
      if (code === '') continue;
      const existing = codeIndex.get(normalizeKey(code));
      if (existing !== undefined) {
        applyChanges(specs[existing], entry);
        continue;
      }
      const spec = newSpec(code, entry);
      for (const c of spec.codes) if (!codeIndex.has(normalizeKey(c))) codeIndex.set(normalizeKey(c), specs.length);
      specs.push(spec);
    }
    return new DelegationRegistry(specs);
  }

  private indexCode(code: string, index: number): void {
    const key = normalizeKey(code);
    if (key !== '' && !this.codeIndex.has(key)) this.codeIndex.set(key, index);
  }

  private buildDelegations(claims: ReadonlyMap<string, Claim>): Delegation[] {
    const resolveMember = (text: string): number | undefined => {
      const key = normalizeKey(text);
      const viaCode = this.codeIndex.get(key);
      if (viaCode !== undefined) return viaCode;
      const found = claims.get(key);
      return found === undefined || found.ambiguous ? undefined : found.index;
    };
    // Unknown members are dropped rather than kept as dangling codes: every code in `members` resolves.
    const members: (number[] | undefined)[] = this.specs.map((spec, self) => {
      if (spec.members === undefined) return undefined;
      const indexes = new Set<number>();
      for (const member of spec.members) {
        const index = resolveMember(member);
        if (index !== undefined && index !== self) indexes.add(index);
      }
      return [...indexes];
    });
    const groups: string[][] = this.specs.map(() => []);
    members.forEach((indexes, groupIndex) => {
      for (const index of indexes ?? []) groups[index].push(this.specs[groupIndex].code);
    });
    const codesOf = (indexes: number[] | undefined): string[] | undefined => indexes?.map((index) => this.specs[index].code);
    return this.specs.map((spec, index) => toDelegation(spec, codesOf(members[index]), groups[index]));
  }

  private lookupAll(codes: readonly string[] | undefined): readonly Delegation[] {
    if (codes === undefined || codes.length === 0) return NO_DELEGATIONS;
    return codes.map((code) => this.get(code)).filter((d): d is Delegation => d !== undefined);
  }

  private closest(key: string): string | undefined {
    const max = key.length <= 3 ? SLIP_COST : key.length <= 5 ? 1 : key.length <= 8 ? 2 : 3;
    let best: Candidate | undefined;
    let bestDistance = Infinity;
    // The nearest distance of any *other* delegation: a tie between two delegations is no suggestion.
    let runnerUp = Infinity;
    for (const candidate of this.candidates) {
      const distance = typoDistance(key, candidate.key, max);
      if (distance === Infinity) continue;
      if (best === undefined || distance < bestDistance) {
        if (best !== undefined && best.index !== candidate.index) runnerUp = bestDistance;
        best = candidate;
        bestDistance = distance;
      } else if (candidate.index !== best.index && distance < runnerUp) {
        runnerUp = distance;
      }
    }
    return best !== undefined && bestDistance < runnerUp ? best.surface : undefined;
  }
}

function applyChanges(spec: MutableSpec, entry: DelegationEntry): void {
  if (entry.rename !== undefined && normalizeKey(entry.rename) !== normalizeKey(spec.name)) {
    spec.aliases.push(spec.name);
    spec.name = entry.rename;
    spec.workspaceSpellings.push(entry.rename);
  }
  if (entry.kind !== undefined) spec.kind = entry.kind;
  for (const alias of entry.aliases ?? []) {
    spec.aliases.push(alias);
    spec.workspaceSpellings.push(alias);
  }
  if (entry.members !== undefined) spec.members = [...entry.members];
  if (entry.membershipNote !== undefined) spec.membershipNote = entry.membershipNote;
  if (entry.note !== undefined) spec.note = entry.note;
}

function newSpec(code: string, entry: DelegationEntry): MutableSpec {
  const iso = isoCodesOf(code);
  const codes = iso === undefined ? [code] : iso[0] === code.toUpperCase() ? [code, iso[1]] : [code, iso[0]];
  const name = entry.name ?? entry.rename ?? code;
  const aliases = [...(entry.aliases ?? [])];
  return {
    code,
    name,
    kind: entry.kind ?? 'other',
    codes,
    aliases,
    workspaceSpellings: [...codes, name, ...aliases],
    members: entry.members === undefined ? undefined : [...entry.members],
    membershipNote: entry.membershipNote,
    note: entry.note,
  };
}

function toDelegation(spec: DelegationSpec, members: string[] | undefined, groups: string[]): Delegation {
  // Aliases shown on hover leave out what is already shown as the name or a code, and repeats.
  const shown = new Set([spec.name, spec.code, ...spec.codes].map(normalizeKey));
  const aliases: string[] = [];
  for (const alias of spec.aliases) {
    const key = normalizeKey(alias);
    if (key !== '' && !shown.has(key)) {
      shown.add(key);
      aliases.push(alias);
    }
  }
  const delegation: Delegation = {
    code: spec.code,
    name: spec.name,
    kind: spec.kind,
    codes: Object.freeze([...spec.codes]),
    aliases: Object.freeze(aliases),
    ...(members === undefined ? {} : { members: Object.freeze(members) }),
    ...(spec.membershipNote === undefined ? {} : { membershipNote: spec.membershipNote }),
    groups: Object.freeze(groups),
    ...(spec.note === undefined ? {} : { note: spec.note }),
    ...(spec.source === undefined ? {} : { source: spec.source }),
  };
  return Object.freeze(delegation);
}
