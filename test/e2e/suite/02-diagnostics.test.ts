// Diagnostics as the editor receives them: ids in `code`, severities and ranges, for a correct and a faulty document.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { codeOf, expectDiagnostics, openFixture } from './helpers';

suite('diagnostics', () => {
  test('a correct document has only information: the open points a reviewer should see', async () => {
    const document = await openFixture('clean.ntx');
    await expectDiagnostics(document, [
      'alternatives.open information 16:27-16:82',
      'bracket.open information 18:17-18:46',
      'placeholder.open information 18:58-18:64',
    ]);
  });

  test('a document with faults gets each fault at the place to act on', async () => {
    const document = await openFixture('faults.ntx');
    const diagnostics = await expectDiagnostics(document, [
      'bracket.stray error 3:31-3:32',
      'term.deprecated warning 3:44-3:62',
      'footnote.undefined warning 5:26-5:36',
      'placeholder.open information 5:38-5:46',
      'bracket.open information 7:13-7:27',
      'delegation.unknown warning 7:43-7:51',
      'attribution.unknownRole error 7:53-7:59',
      'bracket.unclosed error 9:16-9:17',
    ]);
    const unclosed = diagnostics.find((d) => codeOf(d) === 'bracket.unclosed');
    assert.ok(unclosed?.relatedInformation?.length, 'bracket.unclosed says where the "]" is most likely missing');
    assert.strictEqual(unclosed.relatedInformation[0].location.uri.toString(), document.uri.toString());
    assert.strictEqual(unclosed.relatedInformation[0].location.range.start.line, 8);
    const deprecated = diagnostics.find((d) => codeOf(d) === 'term.deprecated');
    assert.match(deprecated?.message ?? '', /information and communications technologies/);
  });

  test('a typing mistake is reported as soon as it is made, and cleared when mended', async () => {
    const document = await openFixture('clean.ntx');
    const line = document.lineAt(19); // `[^1]: {EU} The European Union reads ...`
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, line.range.end, ' [see OP2');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await expectDiagnostics(document, [
      'alternatives.open information 16:27-16:82',
      'bracket.open information 18:17-18:46',
      'placeholder.open information 18:58-18:64',
      `bracket.unclosed error 20:${line.range.end.character + 2}-20:${line.range.end.character + 3}`,
    ]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await expectDiagnostics(document, [
      'alternatives.open information 16:27-16:82',
      'bracket.open information 18:17-18:46',
      'placeholder.open information 18:58-18:64',
    ]);
  });
});
