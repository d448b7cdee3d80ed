// Turns findings and data-file problems into LSP diagnostics (code = finding id, source = negotext).

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../core';
import type { MissingFile } from '../core/workspace';
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

/** The id of the diagnostic for a data file the front matter names but the server cannot read. */
export const FILE_NOT_FOUND_ID = 'workspace.fileNotFound';

/**
 * Diagnostics for data files named in the front matter that could not be read, at the path as written there:
 * without one, a typo in `lexicon:` would silently switch term checking off.
 */
export function missingFileDiagnostics(analysis: Analysis): Diagnostic[] {
  const frontMatter = analysis.model.frontMatter;
  if (!frontMatter) return [];
  const body = analysis.model.text.slice(frontMatter.body.start, frontMatter.body.end);
  return analysis.context.missing
    .filter((missing: MissingFile) => missing.from === 'frontMatter')
    .map((missing) => {
      const at = body.indexOf(missing.written);
      const start = frontMatter.body.start + Math.max(0, at);
      const end = at >= 0 ? start + missing.written.length : frontMatter.body.end;
      return {
        range: toLspRange(analysis.lines, { start, end }),
        severity: DiagnosticSeverity.Warning,
        code: FILE_NOT_FOUND_ID,
        source: 'negotext',
        message: `Cannot read "${missing.written}" (${missing.path}); the document is checked without it.`,
      };
    });
}

/** All diagnostics of an analysed document. */
export function documentDiagnostics(analysis: Analysis): Diagnostic[] {
  return [...analysis.findings().map((finding) => toLspDiagnostic(finding, analysis.lines, analysis.uri)), ...missingFileDiagnostics(analysis)];
}
