// Turns findings and data-file problems into LSP diagnostics (code = finding id, source = negotext).

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import { workspaceFindings } from '../core/features/workspaceFindings';
import type { Analysis } from './analyses';
import { toLspRange, type TextLines } from './positions';

const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The diagnostic of one finding; related places become `relatedInformation` in the same document. */
export function toLspDiagnostic(finding: Finding, lines: TextLines, uri: string): Diagnostic {
  const related: DiagnosticRelatedInformation[] | undefined = finding.related?.map((r) => ({ location: { uri, range: toLspRange(lines, r) }, message: r.message }));
  return {
    range: toLspRange(lines, finding),
    severity: SEVERITIES[finding.severity],
    code: finding.id,
    source: 'negotext',
    message: finding.message,
    ...(related && related.length > 0 ? { relatedInformation: related } : {}),
  };
}

/** A problem in a lexicon or delegations file (its id and severity come from the lexicon and delegations modules). */
export function toLspDataFileDiagnostic(problem: { readonly id: string; readonly severity: 'error' | 'warning'; readonly message: string; readonly start: number; readonly end: number }, lines: TextLines): Diagnostic {
  return { range: toLspRange(lines, problem), severity: SEVERITIES[problem.severity], code: problem.id, source: 'negotext', message: problem.message };
}

/**
 * All findings of an analysed document, in document order, then those of the data files named in its front matter
 * that were not read (`workspace.fileNotFound`, or `workspace.untrustedPath` when an untrusted workspace refused the
 * path), at the path as written there.
 */
export function documentFindings(analysis: Analysis): Finding[] {
  return [...analysis.findings(), ...workspaceFindings(analysis.model, analysis.context.missing, analysis.settings.severities)];
}
