// Across the folder's drafts: symbol search (Go to Symbol in Workspace) and a delegation's references.

import * as assert from 'assert';
import * as path from 'path';
import * as vscode from 'vscode';
import { openFixture, positionOf, waitFor } from './helpers';

/** `file name < container`, as the symbol search lists them. */
const listed = (symbols: vscode.SymbolInformation[]) => symbols.map((s) => `${path.basename(s.location.uri.fsPath)} ${s.name}${s.containerName ? ` < ${s.containerName}` : ''}`).sort();

suite('workspace', () => {
  test('symbol search finds the headings and labelled paragraphs of every draft, open or not', async () => {
    await openFixture('clean.ntx');
    const symbols = await waitFor('workspace symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'faults');
      return result && result.length > 0 ? result : undefined;
    });
    // Other suites add drafts to the folder and edit these; the fixtures' own symbols must be among those found.
    assert.ok(listed(symbols).includes('faults.ntx Faults'), listed(symbols).join('\n'));
    const operative = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'op2');
    assert.ok(listed(operative).some((s) => /^clean\.ntx OP2 Decides .* < Operative part$/.test(s)), listed(operative).join('\n'));
  });

  test("a delegation's references include its other spellings in the folder's other drafts", async () => {
    const document = await openFixture('clean.ntx');
    const locations = await waitFor('references', async () => {
      const result = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, positionOf(document, 'US;', 1));
      return result && result.length > 1 ? result : undefined;
    });
    const found = await Promise.all(
      locations.map(async (l) => `${path.basename(l.uri.fsPath)}:${(await vscode.workspace.openTextDocument(l.uri)).getText(l.range)}`),
    );
    for (const expected of ['clean.ntx:US', 'faults.ntx:USA']) assert.ok(found.includes(expected), `${expected} not in ${found.join(', ')}`);
  });
});
