// The explicit limits that keep lexicon reading and matching safe on hostile or accidental input.

/**
 * Limits, each far above what a real lexicon needs and each reported as a `lexicon.limit` problem
 * when exceeded (never a throw). docs/lexicon.md lists them for users.
 */
export const LEXICON_LIMITS = {
  /**
   * Largest `*.lexicon.yaml` read, in UTF-16 code units. A 2,000-term lexicon with six languages and
   * definitions is about 2 MB; past 5 MB the file is refused rather than parsed slowly on every keystroke.
   */
  maxYamlChars: 5_000_000,
  /** Largest TBX or CSV/TSV file imported, in UTF-16 code units; term-base exports are verbose XML. */
  maxImportChars: 20_000_000,
  /**
   * Deepest YAML nesting accepted. A lexicon needs 5 levels (root, `terms`, entry, `translations`, a list);
   * the YAML library composes recursively and overflows the stack around a thousand levels, so depth is
   * measured in a linear pre-scan and anything deeper than this is refused before parsing.
   */
  maxYamlNesting: 64,
  /**
   * Most YAML alias (`*name`) resolutions followed while reading one file. Anchors are legitimate
   * (shared translations) but alias chains can expand exponentially (the "billion laughs" attack).
   */
  maxAliases: 100,
  /** Deepest XML element nesting in a TBX file; TBX needs about 8 (martif/text/body/termEntry/langSet/ntig/termGrp/term). */
  maxXmlDepth: 100,
  /** Most entries read from one file. */
  maxEntries: 100_000,
  /** Most problems reported for one file; a broken file otherwise floods the Problems panel. */
  maxProblems: 500,
  /** Longest form (term, variant, translation) matched in documents; longer ones are not terms and are skipped. */
  maxFormChars: 300,
} as const;
