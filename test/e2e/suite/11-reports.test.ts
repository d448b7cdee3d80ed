// Reports, exports and comparisons run as commands: the report panels, the untitled exports, the Word file, the Markdown comparisons.

import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as vscode from 'vscode';
import { openFixture, waitFor, workspaceUri } from './helpers';

/** The tabs of report panels with this label (`Status: clean.ntx`). */
function reportTabs(label: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.label === label && tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('negotext.report'));
}

async function expectReportTab(label: string): Promise<vscode.Tab> {
  return waitFor(`a report tab "${label}"`, () => reportTabs(label)[0]).catch(() => {
    const labels = vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label));
    throw new Error(`no report tab "${label}"; tabs: ${labels.join(', ')}`);
  });
}

/** The text without footnote references and definitions (`[^1]`, `[^1]:`), which are not brackets. */
function withoutFootnoteMarks(text: string): string {
  return text.replace(/\[\^[^\]\s]+\]:?/g, '');
}

const uriIn = (...parts: string[]) => vscode.Uri.joinPath(workspaceUri(), ...parts);

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
}

suite('reports, exports and comparisons', () => {
  suiteTeardown(async () => {
    // The untitled exports and comparisons are closed without saving, so that no later close asks to save them.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isUntitled)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  test('the status report of the active draft opens in a panel beside it, once however often it is asked for', async () => {
    await openFixture('clean.ntx');
    await vscode.commands.executeCommand('negotext.showStatusReport');
    const tab = await expectReportTab('Status: clean.ntx');
    const source = vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.path.endsWith('/clean.ntx')));
    assert.notStrictEqual(tab.group.viewColumn, source?.viewColumn, 'the report is beside the text, not over it');
    await vscode.commands.executeCommand('negotext.showStatusReport', uriIn('clean.ntx'));
    assert.strictEqual(reportTabs('Status: clean.ntx').length, 1, 'asking again shows the same panel');
  });

  test('the positions report of a draft passed as argument, and both reports for the workspace', async () => {
    await vscode.commands.executeCommand('negotext.showPositionsReport', uriIn('faults.ntx'));
    await expectReportTab('Positions: faults.ntx');
    await vscode.commands.executeCommand('negotext.showStatusReportWorkspace');
    await expectReportTab('Status: Workspace');
    await vscode.commands.executeCommand('negotext.showPositionsReportWorkspace');
    await expectReportTab('Positions: Workspace');
  });

  test('the agreed text opens in a new untitled Negotext editor, without brackets', async () => {
    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('negotext.exportAgreedText', uriIn('clean.ntx'));
    assert.ok(exported, 'the command returns the exported document');
    assert.strictEqual(exported.isUntitled, true);
    assert.strictEqual(exported.languageId, 'negotext');
    assert.ok(vscode.window.visibleTextEditors.some((e) => e.document === exported), 'the export is shown');
    const text = exported.getText();
    assert.doesNotMatch(withoutFootnoteMarks(text), /[[\]]/, text);
    assert.match(text, /^OP1\. Calls upon States to their cooperation;$/m);
    assert.match(text, /^\[\^1\]: The European Union reads this paragraph together with OP2\.$/m);
  });

  test('a scenario text: the first alternative everywhere, or the wording a delegation prefers', async () => {
    const first = await vscode.commands.executeCommand<vscode.TextDocument>('negotext.exportScenarioText', uriIn('clean.ntx'), '');
    assert.ok(first);
    assert.match(first.getText(), /^OP1\. Calls upon States to strengthen their cooperation;$/m);
    const g77 = await vscode.commands.executeCommand<vscode.TextDocument>('negotext.exportScenarioText', uriIn('clean.ntx'), 'G77');
    assert.ok(g77);
    assert.match(g77.getText(), /^OP1\. Calls upon States to enhance their cooperation;$/m);
    assert.doesNotMatch(withoutFootnoteMarks(g77.getText()), /[[\]]/);
    assert.strictEqual(g77.languageId, 'negotext');
  });

  test('Export to Word writes the .docx where it is told', async () => {
    const target = uriIn('scratch', 'clean-export.docx');
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    const written = await vscode.commands.executeCommand<vscode.Uri>('negotext.exportToWord', uriIn('clean.ntx'), target);
    assert.strictEqual(written?.toString(), target.toString());
    const bytes = Buffer.from(await vscode.workspace.fs.readFile(target));
    assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK', 'a zip file');
    assert.ok(bytes.includes(Buffer.from('word/document.xml')), 'with a Word document part');
  });

  test('Compare with Another File... opens the comparison as Markdown beside the draft', async () => {
    const older = uriIn('scratch', 'clean-rev0.ntx');
    const text = Buffer.from(await vscode.workspace.fs.readFile(uriIn('clean.ntx'))).toString('utf8');
    await writeText(older, text.replace('[convene a [further] session]{RU, CN}', 'convene a session'));
    const comparison = await vscode.commands.executeCommand<vscode.TextDocument>('negotext.compareWithFile', uriIn('clean.ntx'), older);
    assert.ok(comparison, 'the command returns the comparison');
    assert.strictEqual(comparison.languageId, 'markdown');
    assert.strictEqual(comparison.isUntitled, true);
    assert.match(comparison.getText(), /^# Changes from scratch\/clean-rev0\.ntx to clean\.ntx$/m);
    assert.match(comparison.getText(), /\*\*changed\*\* Operative part · OP2/);
  });

  test('Compare with Git HEAD compares the edited draft with its last commit, and declines a file never committed', async () => {
    const folder = uriIn('scratch', 'git-repo');
    await vscode.workspace.fs.createDirectory(folder);
    const draft = vscode.Uri.joinPath(folder, 'draft.ntx');
    await writeText(draft, 'OP1. Decides to [act]{US}.\n');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Negotext Tests', '-c', 'user.email=tests@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: folder.fsPath, stdio: 'pipe' });
    git('init', '-q');
    git('add', 'draft.ntx');
    git('commit', '-q', '-m', 'first draft');
    const document = await vscode.workspace.openTextDocument(draft);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(draft, new vscode.Range(0, 0, 0, document.lineAt(0).text.length), 'OP1. Decides to act.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const comparison = await vscode.commands.executeCommand<vscode.TextDocument>('negotext.compareWithGitHead');
    assert.ok(comparison, 'the command returns the comparison');
    assert.match(comparison.getText(), /^# Changes from scratch\/git-repo\/draft\.ntx@HEAD to scratch\/git-repo\/draft\.ntx$/m);
    assert.match(comparison.getText(), /accepted/);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');

    const fresh = vscode.Uri.joinPath(folder, 'new.ntx');
    await writeText(fresh, 'OP1. Notes.\n');
    assert.strictEqual(await vscode.commands.executeCommand('negotext.compareWithGitHead', fresh), undefined, 'nothing to compare with');
  });
});
