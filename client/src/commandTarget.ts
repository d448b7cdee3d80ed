// What the report, export and comparison commands share: the document they act on, the running client, names and errors.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/**
 * The Negotext document a command acts on: the URI passed as its argument (the editor title menu, tests and other
 * extensions pass one), else the active editor's. Says why when there is none.
 */
export async function negotextDocument(argument: unknown, purpose: string): Promise<vscode.TextDocument | undefined> {
  let document: vscode.TextDocument | undefined;
  if (argument instanceof vscode.Uri) {
    try {
      document = await vscode.workspace.openTextDocument(argument);
    } catch (error) {
      void vscode.window.showErrorMessage(`Negotext: cannot open ${displayName(argument)}: ${messageOf(error)}`);
      return undefined;
    }
  } else document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'negotext') {
    void vscode.window.showInformationMessage(`Negotext: open a Negotext document (.ntx) to ${purpose}.`);
    return undefined;
  }
  return document;
}

/** The client when its server runs; otherwise says so and returns undefined. */
export function runningClient(client: LanguageClient | undefined): LanguageClient | undefined {
  if (client?.isRunning()) return client;
  void vscode.window.showWarningMessage('Negotext: the language server is not running; try "Negotext: Restart Language Server".');
  return undefined;
}

/** How a document is named in reports and messages: its path in the workspace, or the untitled name. */
export function displayName(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') return uri.path;
  return vscode.workspace.asRelativePath(uri, false);
}

/** The last segment of a URI's path (`draft.ntx`). */
export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

/**
 * Sends a request about a document. A document opened a moment ago (by a command argument) may not have reached the
 * server yet, which then answers null: the request is asked again a few times before null is returned.
 */
export async function requestAbout<R>(client: LanguageClient, method: string, params: unknown): Promise<R | null> {
  for (let attempt = 0; ; attempt++) {
    const result = await client.sendRequest<R | null>(method, params);
    if (result !== null || attempt >= 10) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The message of an error, server errors (`ResponseError`) included. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows a failure as an error notification. */
export function showFailure(what: string, error: unknown): void {
  void vscode.window.showErrorMessage(`Negotext: ${what} failed: ${messageOf(error)}`);
}

/** The message when the server does not hold a document it should (it was closed meanwhile, or is not a draft). */
export function showNotHeld(document: vscode.TextDocument): void {
  void vscode.window.showWarningMessage(`Negotext: the language server does not have ${displayName(document.uri)} open; try again in a moment.`);
}
