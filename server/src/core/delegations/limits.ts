// The explicit limits that keep reading a delegations file safe on hostile or accidental input.

/**
 * Each limit is far above what a real `delegations.yaml` needs (a forum's file lists a few dozen delegations);
 * exceeding one is a `delegations.limit` problem, never a crash or a hang. docs/delegations.md lists them.
 */
export const DELEGATIONS_LIMITS = {
  /** Largest file read, in UTF-16 code units; the built-in registry itself would fit in 100,000. */
  maxChars: 1_000_000,
  /**
   * Deepest YAML nesting accepted; a delegations file needs 4. The YAML library composes recursively and
   * overflows the stack around a thousand levels, so deeper files are refused by a linear pre-scan.
   */
  maxNesting: 64,
  /** Most entries read from one file. */
  maxEntries: 10_000,
  /** Most problems reported for one file, then one more saying how many were left out. */
  maxProblems: 500,
  /**
   * Unknown members that get a "did you mean": each suggestion scans every spelling of the registry, so a file of
   * thousands of unknown members would otherwise cost millions of comparisons. Later ones are reported without one.
   */
  maxMemberSuggestions: 20,
} as const;
