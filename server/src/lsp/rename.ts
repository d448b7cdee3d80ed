// Footnote rename: prepare (the label under the cursor) and rename (every reference and definition of it).

import { ResponseError, ErrorCodes, type PrepareRenameParams, type Range, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { prepareFootnoteRename, renameFootnote } from '../core/features/footnotes';
import { toLspWorkspaceEdit } from './edits';
import { fromLspPosition, toLspRange } from './positions';
import type { Session } from './session';

/** `textDocument/prepareRename`: the footnote label under the cursor, or an error saying only footnotes rename. */
export function prepareRename(session: Session, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const range = prepareFootnoteRename(analysis.model, fromLspPosition(analysis.lines, params.position));
  if (!range) throw new ResponseError(ErrorCodes.InvalidRequest, 'Only footnote labels can be renamed: put the cursor on a [^label].');
  return { range: toLspRange(analysis.lines, range), placeholder: analysis.model.text.slice(range.start, range.end) };
}

/** `textDocument/rename`: the new label in every reference and definition, or an error the editor shows. */
export function rename(session: Session, params: RenameParams): WorkspaceEdit | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const result = renameFootnote(analysis.model, fromLspPosition(analysis.lines, params.position), params.newName);
  if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
  return toLspWorkspaceEdit(analysis, result.edits, session.abilities.documentChanges);
}
