// Code lenses: a line above each heading with the section's open points (brackets, option sets, placeholders).

import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { sectionOpenPoints } from '../core/features/openPoints';
import { toLspRange } from './positions';
import type { Analysis } from './analyses';
import type { Session } from './session';

/**
 * `textDocument/codeLens`. The lens is information, not an action: its command has an empty id, which VS Code shows
 * as plain text (clicking does nothing); the outline and the status bar are where one navigates.
 */
export function codeLenses(session: Session, params: CodeLensParams): CodeLens[] | null {
  const analysis = session.analysisOf(params.textDocument.uri);
  return analysis ? codeLensesOf(analysis) : null;
}

/** The code lenses of an analysed version. */
export function codeLensesOf(analysis: Analysis): CodeLens[] {
  return sectionOpenPoints(analysis.model).map((section) => ({
    range: toLspRange(analysis.lines, section.heading),
    command: { title: section.summary, command: '' },
  }));
}
