// Go to definition, find references and document highlights: footnotes, delegations across the workspace, bracket pairs, lexicon terms.

import { DocumentHighlightKind, type CancellationToken, type DefinitionParams, type DocumentHighlight, type DocumentHighlightParams, type Location, type ReferenceParams } from 'vscode-languageserver';
import { termAt } from '../core/analysis/queries';
import { delegationAt } from '../core/features/delegationReferences';
import { footnoteAt, footnoteDefinitionOf, footnoteOccurrences } from '../core/features/footnotes';
import { highlightsAt } from '../core/features/highlights';
import { pathToUri } from '../node/uris';
import type { Analysis } from './analyses';
import { cancelled } from './cancelled';
import { fromLspPosition, TextLines, toLspRange } from './positions';
import type { Session } from './session';

const HIGHLIGHT_KINDS = { read: DocumentHighlightKind.Read, write: DocumentHighlightKind.Write, text: DocumentHighlightKind.Text } as const;

/** `textDocument/definition`: a footnote reference goes to its definition, a lexicon term to its lexicon entry. */
export function definition(session: Session, params: DefinitionParams): Location | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const offset = fromLspPosition(analysis.lines, params.position);
  const footnote = footnoteAt(analysis.model, offset);
  if (footnote) {
    const target = footnoteDefinitionOf(analysis.model, footnote.label);
    return target ? { uri: analysis.uri, range: toLspRange(analysis.lines, target.labelRange) } : null;
  }
  return termDefinition(session, analysis, offset);
}

/** The lexicon entry a term occurrence matched, in the lexicon file it came from. */
function termDefinition(session: Session, analysis: Analysis, offset: number): Location | null {
  const occurrence = termAt(analysis.model, offset, true);
  if (!occurrence) return null;
  const lexicon = analysis.context.lexicons.find((l) => (l.entries as ReadonlyArray<unknown>).includes(occurrence.entry));
  const text = lexicon ? session.files.read(lexicon.path) : undefined;
  if (!lexicon || text === undefined) return null;
  const entry = occurrence.entry as unknown as { termStart: number; termEnd: number };
  return { uri: pathToUri(lexicon.path), range: toLspRange(new TextLines(text), { start: entry.termStart, end: entry.termEnd }) };
}

/**
 * `textDocument/references`: a footnote's references in its document (and its definition when asked), or every
 * attribution naming a delegation in all open and workspace documents.
 */
export async function references(session: Session, params: ReferenceParams, token?: CancellationToken): Promise<Location[] | null> {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const offset = fromLspPosition(analysis.lines, params.position);
  const footnote = footnoteAt(analysis.model, offset);
  if (footnote) {
    const { references: uses, definitions } = footnoteOccurrences(analysis.model, footnote.label);
    const ranges = params.context.includeDeclaration ? [...uses, ...definitions].sort((a, b) => a.start - b.start) : uses;
    return ranges.map((range) => ({ uri: analysis.uri, range: toLspRange(analysis.lines, range) }));
  }
  const delegation = delegationAt(analysis.model, offset);
  if (!delegation) return null;
  const locations: Location[] = [];
  const digests = await session.index.documents(token);
  if (!digests) throw cancelled();
  for (const digest of digests) {
    for (const range of digest.mentionsOf(delegation.key)) locations.push({ uri: digest.uri, range });
  }
  return locations;
}

/** `textDocument/documentHighlight`. */
export function documentHighlights(session: Session, params: DocumentHighlightParams): DocumentHighlight[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  return highlightsAt(analysis.model, fromLspPosition(analysis.lines, params.position)).map((h) => ({ range: toLspRange(analysis.lines, h), kind: HIGHLIGHT_KINDS[h.kind] }));
}
