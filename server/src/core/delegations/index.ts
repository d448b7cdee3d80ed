// The delegations registry's public surface: built-in registry, lookups, workspace file, hover data and rendering.

export { builtinRegistry, builtinSpecs } from './builtinRegistry';
export { describeDelegation, type DelegationDescription, type DelegationRef } from './describeDelegation';
export { DELEGATIONS_FILE_PROBLEMS, type DelegationsFileProblemId } from './fileProblems';
export { DELEGATIONS_LIMITS } from './limits';
export { normalizeKey } from './normalizeKey';
export { MAX_ALIAS_COUNT, parseDelegationsFile, type ParsedDelegationsFile } from './parseDelegationsFile';
export { DelegationRegistry, type DelegationSpec } from './registry';
export { renderDelegationMarkdown } from './renderDelegationMarkdown';
export { typoDistance } from './typoDistance';
export { DELEGATION_KINDS, type DataFileProblem, type Delegation, type DelegationEntry, type DelegationKind } from './types';
export { GROUPS, type GroupData } from './data/groups';
export { UN_MEMBER_ALPHA3, UN_OBSERVER_STATE_ALPHA3 } from './data/unMembers';
