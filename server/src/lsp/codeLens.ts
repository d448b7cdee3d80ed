// Code lenses: a line above each heading with the section's open points (brackets, option sets, placeholders).

import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { sectionOpenPoints } from '../core/features/openPoints';
import { toLspRange } from './positions';
import type { Session } from './session';

/**
 * `textDocument/codeLens`. The lens is information, not an action: its command has an empty id, which VS Code shows
 * as plain text (clicking does nothing); the outline and the status bar are where one navigates.
 */
export function codeLenses(session: Session, params: CodeLensParams): CodeLens[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return null;
  return sectionOpenPoints(analysis.model).map((section) => ({
    range: toLspRange(analysis.lines, section.heading),
    command: { title: section.summary, command: '' },
  }));
}
