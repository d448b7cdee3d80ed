// Code actions: the core's edits for the cursor, linked to the diagnostics they resolve.

import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import { codeActionsAt, type CodeActionData } from '../core/features/codeActions';
import { toLspWorkspaceEdit } from './edits';
import { fromLspRange, type TextLines } from './positions';
import type { Session } from './session';

/** `textDocument/codeAction`. */
export function codeActions(session: Session, params: CodeActionParams): CodeAction[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  const range = fromLspRange(analysis.lines, params.range);
  const only = params.context.only;
  return codeActionsAt(analysis.model, range)
    .filter((action) => !only || only.some((kind) => action.kind === kind || action.kind.startsWith(`${kind}.`)))
    .map((action) => ({
      title: action.title,
      kind: action.kind === 'quickfix' ? CodeActionKind.QuickFix : CodeActionKind.RefactorRewrite,
      edit: toLspWorkspaceEdit(analysis, action.edits, session.abilities.documentChanges),
      ...(action.preferred ? { isPreferred: true } : {}),
      ...linkedDiagnostics(action, params.context.diagnostics, analysis.lines),
    }));
}

/** The editor's diagnostics this action resolves: same id, and a range that meets the action's target. */
function linkedDiagnostics(action: CodeActionData, diagnostics: ReadonlyArray<Diagnostic>, lines: TextLines): { diagnostics?: Diagnostic[] } {
  const linked = diagnostics.filter((d) => {
    if (d.source !== 'negotext' || typeof d.code !== 'string' || !(action.fixes as ReadonlyArray<string>).includes(d.code)) return false;
    const range = fromLspRange(lines, d.range);
    return range.start <= action.target.end && action.target.start <= range.end;
  });
  return linked.length > 0 ? { diagnostics: linked } : {};
}
