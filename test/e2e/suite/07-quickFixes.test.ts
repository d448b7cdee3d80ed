// Every quick fix, applied as the light bulb would (executeCodeActionProvider + applyEdit), with the resulting text checked.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { applyEdit, codeOf, openScratch, positionOf, waitFor } from './helpers';

/** Polls for a code action whose title matches `title` at `range`, then applies its edit and runs its command. */
async function applyCodeAction(document: vscode.TextDocument, range: vscode.Range, title: RegExp): Promise<vscode.CodeAction> {
  let seen: string[] = [];
  const action = await waitFor(`a code action matching ${title}`, async () => {
    // 50: resolve lazily computed edits (codeAction/resolve) for up to 50 actions, as the light bulb would on choice.
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, range, undefined, 50);
    seen = (actions ?? []).map((a) => a.title);
    return (actions ?? []).find((a): a is vscode.CodeAction => title.test(a.title) && typeof a.command !== 'string');
  }).catch((error: Error) => {
    throw new Error(`${error.message}; actions offered: ${JSON.stringify(seen)}`);
  });
  if (action.edit) await applyEdit(action.edit);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  assert.ok(action.edit || action.command, `"${action.title}" carries an edit or a command`);
  return action;
}

/** The range of `needle` in the document. */
function rangeOf(document: vscode.TextDocument, needle: string): vscode.Range {
  const start = positionOf(document, needle);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** Waits for a diagnostic with `id` and returns its range, so that fixes tied to a diagnostic are asked for where it is. */
async function diagnosticRange(document: vscode.TextDocument, id: string): Promise<vscode.Range> {
  const diagnostic = await waitFor(`a ${id} diagnostic`, () => vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === id));
  return diagnostic.range;
}

/** Waits until the document text equals `expected`, and fails with the difference if it never does. */
async function expectText(document: vscode.TextDocument, expected: string): Promise<void> {
  await waitFor('the edited text', () => (document.getText() === expected ? true : undefined), 5_000).catch(() => assert.strictEqual(document.getText(), expected));
}

suite('quick fixes', () => {
  test('accept a bracket: keep its text, drop the brackets and the attribution', async () => {
    const document = await openScratch('fix-accept', 'OP1. Calls upon States to [strengthen]{US} their cooperation.\n');
    await applyCodeAction(document, rangeOf(document, 'strengthen'), /accept/i);
    await expectText(document, 'OP1. Calls upon States to strengthen their cooperation.\n');
  });

  test('delete a bracket with its text', async () => {
    const document = await openScratch('fix-delete', 'OP1. Calls upon States to [strengthen]{US} their cooperation.\n');
    await applyCodeAction(document, rangeOf(document, 'strengthen'), /delete/i);
    await expectText(document, 'OP1. Calls upon States to their cooperation.\n');
  });

  test('choose alternative 2 of a set', async () => {
    const document = await openScratch('fix-alternative', 'OP1. Calls upon States to [strengthen]{US}[enhance]{G77} their cooperation.\n');
    await applyCodeAction(document, rangeOf(document, 'enhance'), /enhance|alternative 2/i);
    await expectText(document, 'OP1. Calls upon States to enhance their cooperation.\n');
  });

  test('choose option 1 of an option set', async () => {
    const document = await openScratch('fix-option', 'OP3. Decides:\n\nOption 1: to convene a conference in 2026.\n\nOption 2: No text\n');
    await applyCodeAction(document, rangeOf(document, 'Option 1:'), /option 1/i);
    await expectText(document, 'OP3. Decides:\n\nto convene a conference in 2026.\n');
  });

  test('replace a deprecated term with the agreed one', async () => {
    const document = await openScratch('fix-term', 'PP1. Concerned about the misuse of cyber technologies,\n');
    await applyCodeAction(document, await diagnosticRange(document, 'term.deprecated'), /information and communications technologies/);
    await expectText(document, 'PP1. Concerned about the misuse of information and communications technologies,\n');
  });

  test('create a missing footnote definition', async () => {
    const original = 'OP1. As noted in the report.[^src]\n';
    const document = await openScratch('fix-footnote', original);
    await applyCodeAction(document, await diagnosticRange(document, 'footnote.undefined'), /footnote/i);
    await waitFor('the definition', () => (/\n\[\^src\]:/.test(document.getText()) ? true : undefined), 5_000);
    assert.ok(document.getText().startsWith(original), 'the text before the new definition is unchanged');
    assert.match(document.getText().slice(original.length), /^\n?\[\^src\]: ?.*\n?$/);
  });

  test('mark a paragraph ad ref', async () => {
    const document = await openScratch('fix-adref', 'OP1. Decides to act.\n');
    await applyCodeAction(document, rangeOf(document, 'OP1.'), /ad ref/i);
    await expectText(document, 'OP1. {ad ref} Decides to act.\n');
  });
});
