// The Next/Previous Unresolved Bracket commands: ask the server where the bracket is, then move the cursor there.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { NEXT_BRACKET_REQUEST, type NextBracketParams, type NextBracketResult } from '../../server/src/lsp/protocol';

/** Moves the cursor to the next (or previous) bracket's `[` and reveals the whole bracket. */
export async function goToBracket(client: LanguageClient | undefined, direction: 'next' | 'previous'): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'negotext') {
    void vscode.window.showInformationMessage('Negotext: open a Negotext document (.ntx) to move between its brackets.');
    return;
  }
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('Negotext: the language server is not running; try "Negotext: Restart Language Server".');
    return;
  }
  const params: NextBracketParams = {
    uri: client.code2ProtocolConverter.asUri(editor.document.uri),
    position: client.code2ProtocolConverter.asPosition(editor.selection.active),
    direction,
  };
  const result = await client.sendRequest<NextBracketResult | null>(NEXT_BRACKET_REQUEST, params);
  if (!result) {
    vscode.window.setStatusBarMessage('$(pass) No unresolved brackets in this document', 3000);
    return;
  }
  const range = client.protocol2CodeConverter.asRange(result.range);
  // The cursor lands on the opener (a selection would be overwritten by the next keystroke); the bracket is revealed whole.
  editor.selection = new vscode.Selection(range.start, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const wrapped = result.wrapped ? (direction === 'next' ? ' (from the top)' : ' (from the bottom)') : '';
  vscode.window.setStatusBarMessage(`Bracket ${result.index} of ${result.count}${wrapped}`, 3000);
}
