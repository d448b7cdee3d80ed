// The status and positions reports in a webview beside the text: the server renders the HTML, a link click reveals its place.

import { randomBytes } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { MAX_REPORT_DOCUMENTS, REPORT_REQUEST, type ReportDocument, type ReportParams, type ReportResult } from '../../server/src/lsp/reportProtocol';
import { baseName, displayName, messageOf, negotextDocument, runningClient } from './commandTarget';

type ReportKind = 'status' | 'positions';

/** The webview type of report panels (tests find the panels' tabs by it). */
export const REPORT_VIEW_TYPE = 'negotext.report';

/** Edits pause this long before an open report is rebuilt. */
const REFRESH_DELAY_MS = 400;

/**
 * The page's one script, allowed by nonce: a click on a report link posts its place to the extension. Nothing else
 * runs in the page (the policy is `default-src 'none'`, and the report's text is escaped by the renderer).
 */
const LINK_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-file]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'reveal', file: link.getAttribute('data-file'), line: Number(link.getAttribute('data-line')), column: Number(link.getAttribute('data-column')) });
  });
})();`;

/** What the page may post. */
interface RevealMessage {
  readonly type: 'reveal';
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

function isRevealMessage(message: unknown): message is RevealMessage {
  const m = message as Partial<RevealMessage> | null;
  return m?.type === 'reveal' && typeof m.file === 'string' && Number.isInteger(m.line) && Number.isInteger(m.column);
}

/** A report panel's subject: one document, or every `.ntx` file of the workspace. */
type Scope = { readonly kind: 'document'; readonly uri: vscode.Uri } | { readonly kind: 'workspace' };

/** The open report panels, one per kind and subject; running a command again shows and rebuilds its panel. */
export class ReportPanels implements vscode.Disposable {
  private readonly panels = new Map<string, ReportPanel>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  /** The report on one document (the argument's, else the active editor's). */
  async showForDocument(kind: ReportKind, argument: unknown): Promise<void> {
    const document = await negotextDocument(argument, `see its ${kind} report`);
    if (!document) return;
    const sourceColumn = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn;
    await this.show(kind, { kind: 'document', uri: document.uri }, sourceColumn);
  }

  /** The report on every `.ntx` file of the workspace. */
  async showForWorkspace(kind: ReportKind): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showInformationMessage(`Negotext: open a folder to see the ${kind} report of its drafts.`);
      return;
    }
    await this.show(kind, { kind: 'workspace' }, vscode.window.activeTextEditor?.viewColumn);
  }

  private async show(kind: ReportKind, scope: Scope, sourceColumn: vscode.ViewColumn | undefined): Promise<void> {
    if (!runningClient(this.client())) return;
    const key = `${kind} ${scope.kind === 'document' ? scope.uri.toString() : 'workspace'}`;
    let panel = this.panels.get(key);
    if (!panel) {
      panel = new ReportPanel(kind, scope, sourceColumn, this.client, () => this.panels.delete(key));
      this.panels.set(key, panel);
    } else panel.reveal(sourceColumn);
    await panel.refresh(true);
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
  }
}

class ReportPanel {
  private readonly panel: vscode.WebviewPanel;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Report names (the links' `data-file`) to the documents they stand for, from the last rendering. */
  private documents = new Map<string, vscode.Uri>();
  private reported = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stale = false;
  private ticket = 0;
  private disposed = false;

  constructor(
    private readonly kind: ReportKind,
    private readonly scope: Scope,
    private sourceColumn: vscode.ViewColumn | undefined,
    private readonly client: () => LanguageClient | undefined,
    private readonly onDispose: () => void,
  ) {
    const subject = scope.kind === 'document' ? baseName(scope.uri) : 'Workspace';
    this.panel = vscode.window.createWebviewPanel(REPORT_VIEW_TYPE, `${kind === 'status' ? 'Status' : 'Positions'}: ${subject}`, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      // The page loads nothing: its styles and its one script are inline, allowed by nonce.
      localResourceRoots: [],
    });
    this.panel.webview.html = page('<p>Building the report…</p>');
    this.subscriptions.push(
      this.panel.onDidDispose(() => this.dispose()),
      this.panel.webview.onDidReceiveMessage((message) => void this.openLocation(message)),
      // The report follows the text: edits to a reported document rebuild it (when it is visible; else when it is shown again).
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && this.reported.has(event.document.uri.toString())) this.scheduleRefresh();
      }),
      this.panel.onDidChangeViewState(() => {
        if (this.panel.visible && this.stale) void this.refresh();
      }),
    );
  }

  /** Shows the panel again where it is. */
  reveal(sourceColumn: vscode.ViewColumn | undefined): void {
    if (sourceColumn !== undefined) this.sourceColumn = sourceColumn;
    this.panel.reveal(undefined, true);
  }

  /** Asks the server for the report and shows it; `announce` (a command ran) also names the files left out. */
  async refresh(announce = false): Promise<void> {
    const client = this.client();
    if (this.disposed || !client?.isRunning()) return;
    this.stale = false;
    const ticket = ++this.ticket;
    const nonce = randomBytes(18).toString('base64url');
    let result: ReportResult;
    try {
      const documents = await this.documentsToReport(client);
      const params: ReportParams = { kind: this.kind, documents, format: 'html', nonce, scriptNonce: true };
      result = await client.sendRequest<ReportResult>(REPORT_REQUEST, params);
    } catch (error) {
      if (ticket === this.ticket && !this.disposed) this.panel.webview.html = page(`<p>The report could not be built: ${escape(messageOf(error))}</p>`);
      return;
    }
    // An answer overtaken by a newer request, or for a closed panel, is dropped.
    if (ticket !== this.ticket || this.disposed) return;
    this.documents = new Map(result.documents.map((d) => [d.name, client.protocol2CodeConverter.asUri(d.uri)]));
    this.reported = new Set([...this.documents.values()].map((uri) => uri.toString()));
    this.panel.webview.html = forWebview(result.text, nonce);
    if (announce && result.skipped.length > 0) {
      const names = result.skipped.slice(0, 3).map((s) => `${displayName(client.protocol2CodeConverter.asUri(s.uri))} (${s.reason})`).join(', ');
      void vscode.window.showWarningMessage(`Negotext: ${result.skipped.length} file${result.skipped.length === 1 ? '' : 's'} left out of the report: ${names}${result.skipped.length > 3 ? ', …' : ''}.`);
    }
  }

  private async documentsToReport(client: LanguageClient): Promise<ReportDocument[]> {
    const asUri = (uri: vscode.Uri) => client.code2ProtocolConverter.asUri(uri);
    if (this.scope.kind === 'document') return [{ uri: asUri(this.scope.uri), name: displayName(this.scope.uri) }];
    // `files.exclude` applies, as in the Explorer; drafts open without a file (untitled) are not part of the workspace.
    const uris = await vscode.workspace.findFiles('**/*.ntx', undefined, MAX_REPORT_DOCUMENTS);
    uris.sort((a, b) => displayName(a).localeCompare(displayName(b)));
    return uris.map((uri) => ({ uri: asUri(uri), name: displayName(uri) }));
  }

  private scheduleRefresh(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.panel.visible) void this.refresh();
      else this.stale = true;
    }, REFRESH_DELAY_MS);
  }

  /** A link was clicked: the document opens (or comes forward) in the column the report was asked from, with the cursor at the place. */
  private async openLocation(message: unknown): Promise<void> {
    if (!isRevealMessage(message)) return;
    const uri = this.documents.get(message.file);
    if (!uri) return;
    const position = new vscode.Position(Math.max(0, message.line - 1), Math.max(0, message.column - 1));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString() && e.viewColumn !== this.panel.viewColumn);
    const viewColumn = visible?.viewColumn ?? (this.sourceColumn !== this.panel.viewColumn ? this.sourceColumn : undefined) ?? vscode.ViewColumn.One;
    try {
      const editor = await vscode.window.showTextDocument(uri, { viewColumn, selection: new vscode.Range(position, position), preserveFocus: false });
      editor.revealRange(editor.document.lineAt(Math.min(position.line, editor.document.lineCount - 1)).range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    } catch (error) {
      void vscode.window.showErrorMessage(`Negotext: cannot open ${displayName(uri)}: ${messageOf(error)}`);
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/**
 * The editor's colours and font over the renderer's own (which suit a browser), so that the report reads like the rest
 * of VS Code in any theme; VS Code sets these variables in every webview.
 */
const THEME_CSS = `body{font-family:var(--vscode-font-family);font-size:var(--vscode-font-size);color:var(--vscode-foreground);background:var(--vscode-editor-background)}
th{background:var(--vscode-editorWidget-background,transparent)}th,td{border-color:var(--vscode-editorWidget-border,var(--vscode-panel-border,#8884))}
a{color:var(--vscode-textLink-foreground)}a:hover{color:var(--vscode-textLink-activeForeground)}.muted{color:var(--vscode-descriptionForeground)}
.fault{color:var(--vscode-errorForeground)}`;

/**
 * The report page with the editor's theme added after the renderer's style and the link script before `</body>`,
 * both carrying the nonce the renderer's policy names (no other style or script can run).
 */
function forWebview(html: string, nonce: string): string {
  const head = html.indexOf('</head>');
  const withTheme = head < 0 ? html : `${html.slice(0, head)}<style nonce="${nonce}">${THEME_CSS}</style>\n${html.slice(head)}`;
  const end = withTheme.lastIndexOf('</body>');
  return end < 0 ? withTheme : `${withTheme.slice(0, end)}<script nonce="${nonce}">${LINK_SCRIPT}</script>\n${withTheme.slice(end)}`;
}

/** A placeholder page (building, or failed) under the strictest policy. */
function page(body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body>${body}</body></html>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
