// The language server dies: the client restarts it (vscode-languageclient restarts a crashed server up to 4 times in
// 3 minutes), the new server is sent the open documents again, and their diagnostics come back.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { describeDiagnostics, EXTENSION_ID, expectDiagnostics, openFixture, waitFor } from './helpers';

/** The part of the extension's API this test uses: the running server's pid (`negotext/serverInfo`). */
interface NegotextApi {
  serverInfo(): Promise<{ pid: number; heapUsed: number } | undefined>;
}

async function api(): Promise<NegotextApi> {
  const extension = vscode.extensions.getExtension<NegotextApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const exports = await extension.activate();
  assert.strictEqual(typeof exports?.serverInfo, 'function', 'activate() returns an API with serverInfo()');
  return exports;
}

suite('restart', () => {
  test('a killed server is restarted and the open drafts get their diagnostics again', async () => {
    const document = await openFixture('faults.ntx');
    const before = await waitFor('diagnostics of faults.ntx', () => {
      const diagnostics = vscode.languages.getDiagnostics(document.uri);
      return diagnostics.length > 0 ? describeDiagnostics(diagnostics) : undefined;
    });
    const negotext = await api();
    const first = await waitFor('the server pid', () => negotext.serverInfo().catch(() => undefined));
    assert.notStrictEqual(first.pid, process.pid, 'the server runs in its own process');

    process.kill(first.pid, 'SIGKILL');
    const second = await waitFor(
      'a new server',
      async () => {
        const info = await negotext.serverInfo().catch(() => undefined);
        return info !== undefined && info.pid !== first.pid ? info : undefined;
      },
      30_000,
    );
    assert.notStrictEqual(second.pid, first.pid);
    // The client dropped the dead server's diagnostics when it restarted; these come from the new server.
    await expectDiagnostics(document, before, 20_000);

    // And the new server follows edits.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'OP9. Restarted]\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('a stray bracket on the new line', () => (describeDiagnostics(vscode.languages.getDiagnostics(document.uri)).some((d) => /^bracket\.stray error 1:/.test(d)) ? true : undefined));
    await vscode.commands.executeCommand('undo');
    await expectDiagnostics(document, before);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
