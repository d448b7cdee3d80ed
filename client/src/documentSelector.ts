// Which documents the client hands to the server: Negotext drafts (saved, untitled, virtual) and the data files they read.

import * as vscode from 'vscode';
import type { DocumentFilter, DocumentSelector } from 'vscode-languageclient/node';

/**
 * Drafts on disk and untitled ones; in a virtual workspace (a remote repository opened without a clone) drafts of
 * the workspace's own schemes too. Other schemes (`git:` for diffs, `output:`) stay out, so a diff view does not
 * show the problems of an old version. Lexicon and delegations files on disk are sent so that the server can report
 * their problems and check drafts against their unsaved text.
 */
export function documentSelector(): DocumentSelector {
  const selector: DocumentFilter[] = [
    { scheme: 'file', language: 'negotext' },
    { scheme: 'untitled', language: 'negotext' },
  ];
  const virtualSchemes = new Set((vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme).filter((scheme) => scheme !== 'file'));
  for (const scheme of virtualSchemes) selector.push({ scheme, language: 'negotext' });
  for (const pattern of ['**/*.lexicon.{yaml,yml}', '**/{delegations,*.delegations}.yaml']) selector.push({ scheme: 'file', pattern });
  return selector;
}
