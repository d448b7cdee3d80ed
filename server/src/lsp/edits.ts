// Converts the core's offset edits into LSP text edits and workspace edits.

import type { TextEdit as LspTextEdit, WorkspaceEdit } from 'vscode-languageserver';
import type { TextEdit } from '../core/features/edits';
import type { Analysis } from './analyses';
import { toLspRange, type TextLines } from './positions';

/** One edit as an LSP text edit. */
export function toLspTextEdit(edit: TextEdit, lines: TextLines): LspTextEdit {
  return { range: toLspRange(lines, edit), newText: edit.newText };
}

/**
 * Edits to one document as a workspace edit. With `documentChanges` the edit names the version it was computed for,
 * so an editor refuses it rather than applying it to text that has changed since.
 */
export function toLspWorkspaceEdit(analysis: Analysis, edits: ReadonlyArray<TextEdit>, documentChanges: boolean): WorkspaceEdit {
  const lspEdits = edits.map((edit) => toLspTextEdit(edit, analysis.lines));
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: analysis.uri, version: analysis.version }, edits: lspEdits }] }
    : { changes: { [analysis.uri]: lspEdits } };
}
