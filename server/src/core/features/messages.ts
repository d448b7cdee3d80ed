// The wording of every finding message, keyed by finding id, so that the editor and the CLI say the same thing.

// Excerpts are quoted in many messages; they live beside the messages so that builders of messages find them here.
export { excerpt, excerptAt, excerptBetween } from './excerpts';

/** Message builders; each takes only what it needs to be specific. */
export const MESSAGES = {
  'bracket.unclosed': (excerpt: string) => `Unclosed bracket: "[${excerpt}" has no matching "]".`,
  'bracket.unclosed.related': () => 'The "]" is most likely missing here.',
  'bracket.stray': () => 'Stray "]": it closes no bracket.',
  'bracket.empty': () => 'Empty bracket "[]".',
  'bracket.open': (excerpt: string, positions?: string) => `Unresolved bracket "[${excerpt}]"${positions ? `: ${positions}` : ' (no attribution)'}.`,
  'alternatives.open': (count: number, summary: string) => `Unresolved choice between ${count} alternatives: ${summary}.`,
  'alternatives.single': () => 'Alternative set with a single member: no bracketed alternative follows this "/".',
  'options.open': (count: number, summary: string) => `Unresolved option set with ${count} options: ${summary}.`,
  'options.single': (label: string) => `Option set with a single option ("${label}"): add the other option or drop the label.`,
  'annotation.unclosed': () => 'Unclosed "{": no "}" before the end of the paragraph.',
  'annotation.misplaced': () => 'This reads like an attribution but credits nothing: put it right after the "]" it belongs to, or right after the paragraph label.',
  'attribution.unknownRole': (role: string, suggestion?: string) =>
    `Unknown role "${role}"${suggestion ? `; did you mean "${suggestion}"?` : '.'} Roles are proposed, supported, opposed, delete, retain and reservation.`,
  'attribution.orphan': () => 'This attribution follows a "]" that closes no bracket.',
  'delegation.unknown': (name: string, suggestion?: string) => `Unknown delegation "${name}"${suggestion ? `; did you mean "${suggestion}"?` : '.'}`,
  'comment.unclosed': () => 'Unclosed comment: "<!--" has no matching "-->"; it is taken to end with its paragraph.',
  'frontmatter.unclosed': () => 'The front matter opened here is never closed by a "---" line, so it is read as text.',
  'frontmatter.invalid': (detail: string) => `Front matter: ${detail}`,
  'footnote.undefined': (label: string) => `Footnote "[^${label}]" has no definition.`,
  'footnote.duplicate': (label: string) => `Footnote "[^${label}]" is defined more than once.`,
  'footnote.duplicate.related': () => 'First definition.',
  'footnote.unused': (label: string) => `Footnote "[^${label}]" is defined but never referenced.`,
  'paragraph.agreedWithBrackets': (status: string, count: number) => `Paragraph marked "${status}" still contains ${count} bracket${count === 1 ? '' : 's'}.`,
  'label.duplicate': (label: string) => `Paragraph label "${label}" is used twice in this section.`,
  'label.duplicate.related': () => 'First use of the label.',
  'label.gap': (missing: string, after: string) => `Numbering gap: ${missing} missing after "${after}".`,
  'term.deprecated': (matched: string, agreed: string) => `Deprecated term "${matched}": the agreed term is "${agreed}".`,
  'term.contested': (matched: string, note?: string) => `Contested term "${matched}"${note ? `: ${note}` : '.'}`,
  'term.rejected': (matched: string) => `Rejected term "${matched}": it was not accepted in the negotiation.`,
  'findings.truncated': (more: number, id: string) => `…and ${more} more "${id}" finding${more === 1 ? '' : 's'} in this document, not listed one by one.`,
  'placeholder.open': (content: string) => `Placeholder to fill: {${content}}.`,
  'workspace.fileNotFound': (written: string, path: string) => `Cannot read "${written}" (${path}); the document is checked without it.`,
  'workspace.untrustedPath': (written: string, reason: 'outside' | 'symlink') =>
    `Not read: "${written}" ${reason === 'outside' ? 'is outside the workspace folders' : 'is reached through a symbolic link'}, and this workspace is not trusted. The document is checked without it; trust the workspace to use it.`,
} as const;
