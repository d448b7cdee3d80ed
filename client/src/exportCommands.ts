// Export Agreed Text, Export Scenario Text... and Export to Word...: the server builds the text or the .docx, this file shows or writes it.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  CREDITED_DELEGATIONS_REQUEST,
  EXPORT_DOCX_REQUEST,
  EXPORT_TEXT_REQUEST,
  type CreditedDelegation,
  type CreditedDelegationsParams,
  type ExportDocxParams,
  type ExportDocxResult,
  type ExportTextParams,
  type ExportTextResult,
} from '../../server/src/lsp/reportProtocol';
import { baseName, displayName, messageOf, negotextDocument, requestAbout, runningClient, showFailure, showNotHeld } from './commandTarget';

/** `negotext.exportAgreedText [uri]`: the agreed text in a new untitled editor beside the draft; returns that document. */
export async function exportAgreedText(client: LanguageClient | undefined, argument: unknown): Promise<vscode.TextDocument | undefined> {
  const document = await negotextDocument(argument, 'export its agreed text');
  const running = document && runningClient(client);
  if (!document || !running) return undefined;
  const params: ExportTextParams = { uri: running.code2ProtocolConverter.asUri(document.uri), kind: 'agreed' };
  return exportText(running, document, params, 'agreed text');
}

/**
 * `negotext.exportScenarioText [uri] [prefer]`: asks whose preferred wording wins (the first alternative everywhere,
 * or a delegation credited in the draft) unless `prefer` is given (`""` for the first alternative, or a delegation).
 */
export async function exportScenarioText(client: LanguageClient | undefined, argument: unknown, prefer: unknown): Promise<vscode.TextDocument | undefined> {
  const document = await negotextDocument(argument, 'export a scenario text');
  const running = document && runningClient(client);
  if (!document || !running) return undefined;
  const uri = running.code2ProtocolConverter.asUri(document.uri);
  let choice: string | undefined = typeof prefer === 'string' ? prefer : undefined;
  if (choice === undefined) {
    let credited: CreditedDelegation[] | null;
    try {
      credited = await requestAbout<CreditedDelegation[]>(running, CREDITED_DELEGATIONS_REQUEST, { uri } satisfies CreditedDelegationsParams);
    } catch (error) {
      showFailure('listing the delegations', error);
      return undefined;
    }
    if (!credited) {
      showNotHeld(document);
      return undefined;
    }
    choice = await pickScenario(credited, baseName(document.uri));
    if (choice === undefined) return undefined;
  }
  const params: ExportTextParams = { uri, kind: 'scenario', ...(choice.trim() !== '' ? { prefer: choice.trim() } : {}) };
  return exportText(running, document, params, choice.trim() !== '' ? `scenario text preferred by ${choice.trim()}` : 'scenario text (first alternatives)');
}

type ScenarioItem = vscode.QuickPickItem & { readonly prefer?: string };

/** The quick pick: the first alternative everywhere, then each delegation and group the draft credits. Undefined when dismissed. */
async function pickScenario(credited: ReadonlyArray<CreditedDelegation>, name: string): Promise<string | undefined> {
  const items: ScenarioItem[] = [
    { label: '$(list-ordered) First alternative everywhere', detail: 'The first member of each alternative set and option set; every plain bracket accepted.', prefer: '' },
  ];
  if (credited.length > 0) items.push({ label: 'Delegations credited in this document', kind: vscode.QuickPickItemKind.Separator });
  for (const d of credited) {
    items.push({
      label: d.code,
      description: d.name ?? (d.known ? '' : 'not in the delegation registry'),
      detail: `Its preferred wording wins; brackets it opposes go. ${d.positions} position${d.positions === 1 ? '' : 's'} in the document.`,
      prefer: d.code,
    });
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Export Scenario Text of ${name}`,
    placeHolder: 'Whose preferred wording should the scenario follow?',
    matchOnDescription: true,
  });
  return picked?.prefer;
}

async function exportText(client: LanguageClient, source: vscode.TextDocument, params: ExportTextParams, what: string): Promise<vscode.TextDocument | undefined> {
  let result: ExportTextResult | null;
  try {
    result = await requestAbout<ExportTextResult>(client, EXPORT_TEXT_REQUEST, params);
  } catch (error) {
    showFailure(`the ${what} export`, error);
    return undefined;
  }
  if (!result) {
    showNotHeld(source);
    return undefined;
  }
  if (result.preferUnknown) void vscode.window.showWarningMessage(`Negotext: "${params.prefer}" is not a delegation the registry knows; it is matched as written.`);
  const exported = await vscode.workspace.openTextDocument({ language: 'negotext', content: result.text });
  await vscode.window.showTextDocument(exported, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  if (result.notes.length > 0) offerNotes(client, source, result.notes, what);
  return exported;
}

/** Says how many notes the export made, and lists them on request; picking one shows its place in the draft. Not awaited. */
function offerNotes(client: LanguageClient, source: vscode.TextDocument, notes: ExportTextResult['notes'], what: string): void {
  const count = `${notes.length} note${notes.length === 1 ? '' : 's'}`;
  void vscode.window.showInformationMessage(`Negotext: the ${what} of ${baseName(source.uri)} comes with ${count}: ${notes[0].message}${notes.length > 1 ? ' …' : ''}`, 'Show Notes').then(async (answer) => {
    if (answer !== 'Show Notes') return;
    const items = notes.map((note) => ({ label: note.message, description: `line ${note.range.start.line + 1}`, range: client.protocol2CodeConverter.asRange(note.range) }));
    const picked = await vscode.window.showQuickPick(items, { title: `Notes on the ${what} of ${baseName(source.uri)}`, matchOnDescription: true });
    if (!picked) return;
    const editor = await vscode.window.showTextDocument(source, { selection: picked.range, viewColumn: vscode.window.visibleTextEditors.find((e) => e.document === source)?.viewColumn ?? vscode.ViewColumn.One });
    editor.revealRange(picked.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}

/**
 * `negotext.exportToWord [uri] [target]`: writes a .docx where the save dialog says (the dialog asks before replacing a
 * file). A `target` passed as argument is not replaced without asking either. Returns the URI written.
 */
export async function exportToWord(client: LanguageClient | undefined, argument: unknown, target: unknown): Promise<vscode.Uri | undefined> {
  const document = await negotextDocument(argument, 'export it to Word');
  const running = document && runningClient(client);
  if (!document || !running) return undefined;
  let destination: vscode.Uri | undefined;
  if (target instanceof vscode.Uri) {
    if ((await exists(target)) && !(await confirmReplace(target))) return undefined;
    destination = target;
  } else {
    destination = await vscode.window.showSaveDialog({
      defaultUri: defaultDocxUri(document.uri),
      filters: { 'Word document': ['docx'] },
      saveLabel: 'Export',
      title: `Export ${baseName(document.uri)} to Word`,
    });
    if (!destination) return undefined;
  }
  let result: ExportDocxResult | null;
  try {
    result = await requestAbout<ExportDocxResult>(running, EXPORT_DOCX_REQUEST, { uri: running.code2ProtocolConverter.asUri(document.uri) } satisfies ExportDocxParams);
  } catch (error) {
    showFailure('the Word export', error);
    return undefined;
  }
  if (!result) {
    showNotHeld(document);
    return undefined;
  }
  try {
    await vscode.workspace.fs.writeFile(destination, Buffer.from(result.base64, 'base64'));
  } catch (error) {
    void vscode.window.showErrorMessage(`Negotext: cannot write ${displayName(destination)}: ${messageOf(error)}`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`Negotext: exported ${baseName(document.uri)} to ${displayName(destination)}.`);
  return destination;
}

/** `draft.docx` beside `draft.ntx`; for an untitled draft, in the first workspace folder. */
function defaultDocxUri(source: vscode.Uri): vscode.Uri | undefined {
  const name = `${baseName(source).replace(/\.ntx$/i, '')}.docx`;
  if (source.scheme !== 'untitled') return vscode.Uri.joinPath(source, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const answer = await vscode.window.showWarningMessage(`${displayName(uri)} already exists. Replace it?`, { modal: true }, 'Replace');
  return answer === 'Replace';
}
