// Workspace Trust for the server: it is told at start-up whether the workspace is trusted, and told again when trust is granted.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORKSPACE_TRUST_NOTIFICATION, type WorkspaceTrustParams } from '../../server/src/lsp/protocol';

/** `isTrusted` for the initialization options: read each time the server (re)starts, so a restart after a grant says so. */
export function isTrusted(): boolean {
  return vscode.workspace.isTrusted;
}

/** Tells the server when the user trusts the workspace; it then reads data files outside it and re-checks open drafts. */
export function forwardTrustGrants(client: () => LanguageClient | undefined): vscode.Disposable {
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    const params: WorkspaceTrustParams = { trusted: true };
    void client()?.sendNotification(WORKSPACE_TRUST_NOTIFICATION, params);
  });
}
