// Shared helpers for the extension-host tests: polling, opening fixtures, finding positions, summarising diagnostics.

import * as assert from 'assert';
import * as vscode from 'vscode';

/** The extension under test, as `publisher.name` in package.json. */
export const EXTENSION_ID = 'negotext.negotext';

/**
 * Calls `probe` until it returns something other than `undefined`, or fails after `timeoutMs`.
 * The language server answers asynchronously (start-up, debounced diagnostics), so tests poll instead of sleeping.
 */
export async function waitFor<T>(what: string, probe: () => T | undefined | PromiseLike<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The workspace folder the tests run in (a throwaway copy of test/e2e/workspace). */
export function workspaceUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'a workspace folder is open');
  return folder.uri;
}

/** Opens a workspace file in an editor and returns its document. */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceUri(), relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * Writes `text` to `scratch/<name>.ntx` and opens it: tests that edit (quick fixes, rename) each get
 * their own file, so that no test sees another's edits and the input sits next to the expected output.
 */
export async function openScratch(name: string, text: string): Promise<vscode.TextDocument> {
  const uri = vscode.Uri.joinPath(workspaceUri(), 'scratch', `${name}.ntx`);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * The position of `needle` in the document, moved `delta` characters into it; `occurrence` picks the n-th match.
 * Positions found from text keep the tests readable and stable when a fixture gains a line.
 */
export function positionOf(document: vscode.TextDocument, needle: string, delta = 0, occurrence = 1): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    assert.ok(index >= 0, `"${needle}" (occurrence ${occurrence}) is in ${document.uri.path}`);
  }
  return document.positionAt(index + delta);
}

/** The diagnostic's id: servers send it as `code`, sometimes as `{ value, target }` when it links to docs. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return String(typeof code === 'object' && code !== null ? code.value : code);
}

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'];

/** One line per diagnostic, `id severity line:col-line:col` (1-based, as the Problems panel shows them). */
export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)))
    .map((d) => `${codeOf(d)} ${SEVERITY_NAMES[d.severity]} ${where(d.range)}`);
}

function where(range: vscode.Range): string {
  return `${range.start.line + 1}:${range.start.character + 1}-${range.end.line + 1}:${range.end.character + 1}`;
}

/** Waits until the document's diagnostics, as `describeDiagnostics` lines, equal `expected`; fails with the last value seen. */
export async function expectDiagnostics(document: vscode.TextDocument, expected: string[], timeoutMs = 10_000): Promise<vscode.Diagnostic[]> {
  let last: string[] = [];
  try {
    return await waitFor('diagnostics', () => {
      const diagnostics = vscode.languages.getDiagnostics(document.uri);
      last = describeDiagnostics(diagnostics);
      return JSON.stringify(last) === JSON.stringify(expected) ? diagnostics : undefined;
    }, timeoutMs);
  } catch {
    assert.deepStrictEqual(last, expected, `diagnostics of ${document.uri.path}`);
    throw new Error('unreachable');
  }
}

/** The plain text of hovers at a position, all contents joined. */
export async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return (hovers ?? [])
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** Polls hover at `position` until its text matches `pattern` (the server may still be starting). */
export async function expectHover(document: vscode.TextDocument, position: vscode.Position, pattern: RegExp): Promise<string> {
  let last = '';
  try {
    return await waitFor(`hover matching ${pattern}`, async () => {
      last = await hoverText(document, position);
      return pattern.test(last) ? last : undefined;
    });
  } catch {
    assert.match(last, pattern, `hover at ${position.line + 1}:${position.character + 1} matches ${pattern}; it was: ${JSON.stringify(last)}`);
    throw new Error('unreachable');
  }
}

/** Applies a workspace edit and checks that VS Code accepted it. */
export async function applyEdit(edit: vscode.WorkspaceEdit | undefined): Promise<void> {
  assert.ok(edit, 'an edit was returned');
  assert.ok(await vscode.workspace.applyEdit(edit), 'workspace.applyEdit accepted the edit');
}
