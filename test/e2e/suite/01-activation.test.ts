// Opening a .ntx file gives it the negotext language and activates the extension (onLanguage:negotext).

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, openFixture, waitFor } from './helpers';

suite('activation', () => {
  test('a .ntx file opens as negotext and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    const document = await openFixture('clean.ntx');
    assert.strictEqual(document.languageId, 'negotext');
    await waitFor('the extension to activate', () => (extension.isActive ? true : undefined), 30_000);
  });

  test('an untitled negotext document gets diagnostics too', async () => {
    // Drafters paste text into a new tab before saving it; the client must serve untitled documents as well.
    const document = await vscode.workspace.openTextDocument({ language: 'negotext', content: 'OP1. The Parties [shall ensure cooperation.\n' });
    await vscode.window.showTextDocument(document);
    // The first answer from the language server: allow for its start-up.
    await waitFor('a bracket.unclosed diagnostic on the untitled document', () =>
      vscode.languages.getDiagnostics(document.uri).some((d) => codeOf(d) === 'bracket.unclosed') ? true : undefined, 30_000);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
