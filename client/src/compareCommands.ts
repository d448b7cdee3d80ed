// Compare with Another File... and Compare with Git HEAD: the server compares the revisions, the result opens as Markdown beside the text.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { COMPARE_REVISIONS_REQUEST, type CompareRevisionsParams, type CompareRevisionsResult } from '../../server/src/lsp/reportProtocol';
import { baseName, displayName, messageOf, negotextDocument, requestAbout, runningClient, showFailure, showNotHeld } from './commandTarget';
import { readAtHead } from './gitHead';

/**
 * `negotext.compareWithFile [uri] [other]`: the chosen file is the older revision, the draft (as edited, unsaved text
 * included) the newer. Returns the Markdown document with the comparison.
 */
export async function compareWithFile(client: LanguageClient | undefined, argument: unknown, other: unknown): Promise<vscode.TextDocument | undefined> {
  const document = await negotextDocument(argument, 'compare it with another revision');
  const running = document && runningClient(client);
  if (!document || !running) return undefined;
  let older = other instanceof vscode.Uri ? other : undefined;
  if (!older) {
    const picked = await vscode.window.showOpenDialog({
      canSelectFiles: true,
      canSelectFolders: false,
      canSelectMany: false,
      defaultUri: document.uri.scheme === 'untitled' ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..'),
      filters: { 'Negotext documents': ['ntx'], 'All files': ['*'] },
      openLabel: 'Compare',
      title: `Compare ${baseName(document.uri)} with an older revision`,
    });
    older = picked?.[0];
    if (!older) return undefined;
  }
  if (older.toString() === document.uri.toString()) {
    void vscode.window.showInformationMessage('Negotext: choose another file than the document itself to compare it with.');
    return undefined;
  }
  let text: string;
  try {
    text = await readText(older);
  } catch (error) {
    void vscode.window.showErrorMessage(`Negotext: cannot read ${displayName(older)}: ${messageOf(error)}`);
    return undefined;
  }
  return compare(running, document, { text, name: displayName(older) });
}

/** `negotext.compareWithGitHead [uri]`: the text as last committed is the older revision. */
export async function compareWithGitHead(client: LanguageClient | undefined, argument: unknown): Promise<vscode.TextDocument | undefined> {
  const document = await negotextDocument(argument, 'compare it with Git HEAD');
  const running = document && runningClient(client);
  if (!document || !running) return undefined;
  if (document.uri.scheme !== 'file') {
    const why = document.uri.scheme === 'untitled' ? 'it has never been saved' : 'it is not a file on this machine\'s disk';
    void vscode.window.showInformationMessage(`Negotext: ${displayName(document.uri)} cannot be compared with Git HEAD: ${why}.`);
    return undefined;
  }
  const head = await readAtHead(document.uri);
  if ('error' in head) {
    void vscode.window.showWarningMessage(`Negotext: cannot compare with Git HEAD: ${head.error}.`);
    return undefined;
  }
  return compare(running, document, { text: head.text, name: `${displayName(document.uri)}@HEAD` });
}

/** An editor's text when the file is open (unsaved edits included), else the file's, as UTF-8. */
async function readText(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
}

async function compare(client: LanguageClient, document: vscode.TextDocument, before: CompareRevisionsParams['before']): Promise<vscode.TextDocument | undefined> {
  const params: CompareRevisionsParams = { uri: client.code2ProtocolConverter.asUri(document.uri), before, afterName: displayName(document.uri), format: 'md' };
  let result: CompareRevisionsResult | null;
  try {
    result = await requestAbout<CompareRevisionsResult>(client, COMPARE_REVISIONS_REQUEST, params);
  } catch (error) {
    showFailure('the comparison', error);
    return undefined;
  }
  if (!result) {
    showNotHeld(document);
    return undefined;
  }
  // The Markdown source in an untitled editor beside the draft, and its preview on top of it (strikethrough and bold read as deletions and additions).
  const markdown = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.text });
  await vscode.window.showTextDocument(markdown, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', markdown.uri);
  } catch {
    // Without the built-in Markdown extension the source stays, which reads well enough.
  }
  return markdown;
}
