// Findings about the data files a document's front matter names: not found, or not read in an untrusted workspace.

import type { DocumentModel } from '../analysis/model';
import type { MissingFile } from '../workspace/documentContext';
import { CATALOGUE, type SeveritySetting } from './catalogue';
import type { Finding } from './findings';
import { MESSAGES } from './messages';

/**
 * One finding per `lexicon:` or `delegations:` file of the front matter that was not read, placed on the path as
 * written there: without it, a typo in `lexicon:` would silently switch term checking off. Files named in the
 * settings concern every document and are reported elsewhere (once, by the editor). `off` in `severities` removes the id.
 */
export function workspaceFindings(model: DocumentModel, missing: ReadonlyArray<MissingFile>, severities: Readonly<Record<string, SeveritySetting | undefined>> = {}): Finding[] {
  const frontMatter = model.frontMatter;
  if (!frontMatter) return [];
  const body = model.text.slice(frontMatter.body.start, frontMatter.body.end);
  const findings: Finding[] = [];
  for (const file of missing) {
    if (file.from !== 'frontMatter') continue;
    const id = file.refused !== undefined ? 'workspace.untrustedPath' : 'workspace.fileNotFound';
    const setting = severities[id];
    if (setting === 'off') continue;
    const at = body.indexOf(file.written);
    const start = frontMatter.body.start + Math.max(0, at);
    const end = at >= 0 ? start + file.written.length : frontMatter.body.end;
    const message = file.refused !== undefined ? MESSAGES['workspace.untrustedPath'](file.written, file.refused) : MESSAGES['workspace.fileNotFound'](file.written, file.path);
    findings.push({ id, severity: setting ?? CATALOGUE[id].severity, message, start, end });
  }
  return findings;
}
