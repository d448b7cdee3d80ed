// The status bar item with the active draft's unresolved brackets; clicking it goes to the next one.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DOCUMENT_STATUS_REQUEST, type DocumentStatus, type DocumentStatusParams } from '../../server/src/lsp/protocol';

/** Typing pauses this long before the count is asked for again: the count need not follow every keystroke. */
const REFRESH_DELAY_MS = 300;

/** Keeps the item in step with the active editor and its edits. */
export class BracketStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('negotext.brackets', vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private request = 0;
  private visible = false;

  constructor(private readonly client: () => LanguageClient | undefined) {
    this.item.name = 'Negotext Brackets';
    this.item.command = 'negotext.nextBracket';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refresh(REFRESH_DELAY_MS);
      }),
    );
  }

  /** Asks the server for the active draft's counts after `delay` milliseconds. */
  refresh(delay = REFRESH_DELAY_MS): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client();
    if (!document || document.languageId !== 'negotext' || !client?.isRunning()) {
      this.hide();
      return;
    }
    const ticket = ++this.request;
    let status: DocumentStatus | null;
    try {
      const params: DocumentStatusParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      status = await client.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, params);
    } catch {
      status = null;
    }
    // An answer for an editor the user has already left is dropped.
    if (ticket !== this.request || document !== vscode.window.activeTextEditor?.document) return;
    if (!status) {
      this.hide();
      return;
    }
    this.item.text = status.brackets === 0 ? '$(pass) No brackets' : `$(bracket-dot) ${status.brackets} bracket${status.brackets === 1 ? '' : 's'}`;
    const unclosed = status.unclosedBrackets > 0 ? `, ${status.unclosedBrackets} unclosed` : '';
    this.item.tooltip = status.brackets === 0 ? 'No unresolved brackets in this document.' : `${status.brackets} unresolved brackets (${status.topLevelBrackets} top-level${unclosed}). Click to go to the next one.`;
    this.item.show();
    this.visible = true;
  }

  /** What the item shows now; VS Code cannot read another item's text, so tests and other extensions ask here. */
  snapshot(): { text: string; tooltip?: string; visible: boolean } {
    const tooltip = typeof this.item.tooltip === 'string' ? this.item.tooltip : this.item.tooltip?.value;
    return { text: this.item.text, ...(tooltip !== undefined ? { tooltip } : {}), visible: this.visible };
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
