// The catalogue of findings: every stable dotted id with its default severity and what it means.

/** Severity of a finding, as editors know it. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** What a user may set per id: a severity, or `off`. */
export type SeveritySetting = Severity | 'off';

/** One catalogue entry. */
export interface CatalogueEntry {
  readonly severity: Severity;
  /** One line for settings and docs: what the finding means to a drafter. */
  readonly description: string;
}

/**
 * The ids are a public interface: settings (`negotext.diagnostics.<id>`), CLI output and JSON name them,
 * so an id is never renamed, only added.
 */
export const CATALOGUE = {
  'bracket.unclosed': { severity: 'error', description: 'A `[` has no matching `]`; reported at the opener that most likely lacks it.' },
  'bracket.stray': { severity: 'error', description: 'A `]` closes no bracket.' },
  'bracket.empty': { severity: 'warning', description: 'An empty bracket `[]`.' },
  'bracket.open': { severity: 'information', description: 'An unresolved top-level bracket, with who proposed, supported and opposed it.' },
  'alternatives.open': { severity: 'information', description: 'An unresolved top-level set of alternatives (`[shall][should]`).' },
  'alternatives.single': { severity: 'warning', description: 'A `/` after a bracket that no alternative follows.' },
  'options.open': { severity: 'information', description: 'An unresolved option set (`Option 1:` / `Option 2:`).' },
  'options.single': { severity: 'warning', description: 'An option set with a single option.' },
  'annotation.unclosed': { severity: 'error', description: 'A `{` has no matching `}` in its paragraph.' },
  'annotation.misplaced': { severity: 'warning', description: 'An attribution that follows no `]` and no label, so it credits nothing.' },
  'attribution.unknownRole': { severity: 'error', description: 'An attribution clause names a role that does not exist.' },
  'attribution.orphan': { severity: 'warning', description: 'An attribution follows a `]` that closes no bracket.' },
  'delegation.unknown': { severity: 'warning', description: 'An attribution names a delegation the registry does not know.' },
  'comment.unclosed': { severity: 'error', description: 'A `<!--` has no matching `-->`.' },
  'frontmatter.unclosed': { severity: 'error', description: 'The front matter opened by `---` is never closed.' },
  'frontmatter.invalid': { severity: 'error', description: 'The front matter is not valid YAML.' },
  'footnote.undefined': { severity: 'warning', description: 'A footnote reference has no definition.' },
  'footnote.duplicate': { severity: 'error', description: 'A footnote label is defined twice.' },
  'footnote.unused': { severity: 'information', description: 'A footnote definition is never referenced.' },
  'paragraph.agreedWithBrackets': { severity: 'warning', description: 'A paragraph marked agreed or ad ref still contains brackets.' },
  'label.duplicate': { severity: 'warning', description: 'The same paragraph label appears twice in one section.' },
  'label.gap': { severity: 'information', description: 'Paragraph numbering skips a number or letter.' },
  'placeholder.open': { severity: 'information', description: 'A placeholder (`{...}`) still has to be filled.' },
  'term.deprecated': { severity: 'warning', description: 'A deprecated form of a lexicon term; the agreed term is offered.' },
  'term.contested': { severity: 'information', description: 'A lexicon term whose status is contested.' },
  'term.rejected': { severity: 'warning', description: 'A lexicon term whose status is rejected.' },
  'workspace.fileNotFound': { severity: 'warning', description: 'A `lexicon:` or `delegations:` file named in the front matter cannot be read; the document is checked without it.' },
  'workspace.untrustedPath': {
    severity: 'warning',
    description: 'A `lexicon:` or `delegations:` path in the front matter leads outside the workspace or through a symbolic link, and the workspace is not trusted; the file is not read.',
  },
} as const satisfies Record<string, CatalogueEntry>;

/** A finding id. */
export type FindingId = keyof typeof CATALOGUE;

/** All ids, in catalogue order. */
export const FINDING_IDS = Object.keys(CATALOGUE) as FindingId[];
