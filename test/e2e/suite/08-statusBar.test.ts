// The status bar count of unresolved brackets, read through the extension's API, and the command its click runs.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

/**
 * What the extension's `activate()` returns for tests and other extensions: the bracket item as shown.
 * VS Code has no API to read another item's status bar text, so the extension exposes its own.
 */
interface NegotextApi {
  bracketStatus(): { text: string; tooltip?: string; visible: boolean } | undefined;
}

async function api(): Promise<NegotextApi> {
  const extension = vscode.extensions.getExtension<NegotextApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const exports = await extension.activate();
  assert.strictEqual(typeof exports?.bracketStatus, 'function', 'activate() returns an API with bracketStatus()');
  return exports;
}

/** Waits until the status bar item shows text matching `pattern` and returns it. */
async function expectStatus(pattern: RegExp): Promise<{ text: string; tooltip?: string }> {
  const negotext = await api();
  let last: unknown;
  return waitFor(`status bar text matching ${pattern}`, () => {
    const status = negotext.bracketStatus();
    last = status;
    return status?.visible && pattern.test(status.text) ? status : undefined;
  }).catch((error: Error) => {
    throw new Error(`${error.message}; last: ${JSON.stringify(last)}`);
  });
}

suite('status bar', () => {
  test('shows the active draft\'s unresolved brackets and follows the active editor', async () => {
    await openFixture('clean.ntx');
    await expectStatus(/\b4 brackets\b/);
    await openFixture('faults.ntx');
    const status = await expectStatus(/\b2 brackets\b/);
    assert.match(status.tooltip ?? '', /1 unclosed/);
  });

  test('its command moves the cursor to the next unresolved bracket', async () => {
    await openFixture('clean.ntx');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('negotext.nextBracket');
    await waitFor('the cursor on [strengthen]', () => (editor.selection.active.isEqual(new vscode.Position(15, 26)) ? true : undefined), 5_000)
      .catch(() => assert.deepStrictEqual(editor.selection.active, new vscode.Position(15, 26)));
  });
});
