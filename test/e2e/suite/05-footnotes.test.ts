// Footnotes are first-class: go to definition and rename work from a reference.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyEdit, openFixture, openScratch, positionOf, waitFor } from './helpers';

suite('footnotes', () => {
  test('go to definition from [^1] lands on its definition', async () => {
    const document = await openFixture('clean.ntx');
    const locations = await waitFor('a definition', async () => {
      const result = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
        'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'group,[^1]', 'group,[^'.length));
      return result && result.length > 0 ? result : undefined;
    });
    assert.strictEqual(locations.length, 1);
    const target = locations[0];
    const range = 'targetRange' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
    const uri = 'targetUri' in target ? target.targetUri : target.uri;
    assert.strictEqual(uri.toString(), document.uri.toString());
    assert.strictEqual(range.start.line, 19, 'the definition `[^1]: ...` is on line 20');
  });

  test('rename changes the label in every reference and the definition', async () => {
    const document = await openScratch('rename', 'OP1. See the note.[^1] And again.[^1]\n\n[^1]: {EU} A caveat.\n');
    const edit = await waitFor('a rename edit', () =>
      vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', document.uri, positionOf(document, '[^1]', 2), 'eu-caveat'));
    await applyEdit(edit);
    assert.strictEqual(document.getText(), 'OP1. See the note.[^eu-caveat] And again.[^eu-caveat]\n\n[^eu-caveat]: {EU} A caveat.\n');
  });
});
