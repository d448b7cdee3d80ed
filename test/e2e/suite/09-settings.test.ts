// The `negotext.diagnostics.<id>` settings: a finding can be switched off or given another severity, and comes back.

import * as vscode from 'vscode';
import { expectDiagnostics, openFixture } from './helpers';

const SETTING = 'diagnostics.placeholder.open';

suite('settings', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('negotext').update(SETTING, undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('negotext.diagnostics.placeholder.open: off removes the finding, a severity changes it, unset restores it', async () => {
    const document = await openFixture('clean.ntx');
    const others = ['alternatives.open information 16:27-16:82', 'bracket.open information 18:17-18:46'];
    await expectDiagnostics(document, [...others, 'placeholder.open information 18:58-18:64']);

    await vscode.workspace.getConfiguration('negotext').update(SETTING, 'off', vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(document, others);

    await vscode.workspace.getConfiguration('negotext').update(SETTING, 'warning', vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(document, [...others, 'placeholder.open warning 18:58-18:64']);

    await vscode.workspace.getConfiguration('negotext').update(SETTING, undefined, vscode.ConfigurationTarget.Workspace);
    await expectDiagnostics(document, [...others, 'placeholder.open information 18:58-18:64']);
  });
});
