// Starts the built server (`dist/server.js --stdio`) as a child process and speaks LSP to it as an editor would.

import * as assert from 'assert';
import { spawn, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { pathToFileURL } from 'url';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/serverNodeFlags';
import { REPO_ROOT } from '../support/paths';

/** How long a test waits for the server before failing. */
export const WAIT_MS = 10000;

/** What a client says it can do: what VS Code says, in the parts the server looks at. */
export const VSCODE_LIKE_CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite'] } } },
    foldingRange: { lineFoldingOnly: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] } },
  },
};

/** The `file:` URI of a path. */
export function uriOf(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** A running server and the client side of its connection. */
export class TestServer {
  /** The latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published, per URI (load tests check that stale work was dropped). */
  readonly publications = new Map<string, number>();
  /** Settings answered to `workspace/configuration`, per section; tests change them. */
  settings: Record<string, unknown> = {};
  readonly configurationRequests: string[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly texts = new Map<string, TextDocument>();
  private stderr = '';
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr!.on('data', (chunk) => (this.stderr += String(chunk)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.publications.set(params.uri, (this.publications.get(params.uri) ?? 0) + 1);
      this.wake();
    });
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => {
        this.configurationRequests.push(item.scopeUri ?? '');
        return item.section ? this.settings[item.section] ?? null : this.settings;
      }),
    );
    connection.onRequest(RegistrationRequest.type, () => undefined);
    connection.onNotification('window/showMessage', () => undefined);
    connection.onNotification('window/logMessage', () => undefined);
  }

  /**
   * Spawns `node dist/server.js --stdio` with the flags VS Code starts it with (`SERVER_NODE_FLAGS`: a flag this Node
   * does not know would stop it here) and initializes it with a workspace folder. `nodeOptions` go before the script
   * too (`--expose-gc`, `--require` of a preload), `env` is added to the environment (`NEGOTEXT_TEST_FAULTS`).
   */
  static async start(
    options: { root?: string; capabilities?: ClientCapabilities; initializationOptions?: unknown; settings?: Record<string, unknown>; nodeOptions?: string[]; env?: Record<string, string> } = {},
  ): Promise<TestServer> {
    const serverPath = path.join(REPO_ROOT, 'dist', 'server.js');
    assert.ok(fs.existsSync(serverPath), 'dist/server.js is missing: run `npm run build` first');
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, ...(options.nodeOptions ?? []), serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const server = new TestServer(child, connection);
    server.settings = options.settings ?? {};
    connection.listen();
    const root = options.root;
    server.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: root ? uriOf(root) : null,
      workspaceFolders: root ? [{ uri: uriOf(root), name: path.basename(root) }] : null,
      capabilities: options.capabilities ?? VSCODE_LIKE_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return server;
  }

  /** Opens a document; returns its URI. */
  async open(uri: string, text: string, languageId = 'negotext'): Promise<string> {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Opens a file from disk under its own URI. */
  async openFile(filePath: string, languageId = 'negotext'): Promise<string> {
    return this.open(uriOf(filePath), fs.readFileSync(filePath, 'utf8'), languageId);
  }

  /** Replaces a document's whole text (a new version). */
  async change(uri: string, text: string): Promise<number> {
    const current = this.texts.get(uri)!;
    const version = current.version + 1;
    this.texts.set(uri, TextDocument.create(uri, current.languageId, version, text));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Applies edits incrementally, as editors send typing. */
  async edit(uri: string, edits: TextEdit[]): Promise<number> {
    const current = this.texts.get(uri)!;
    const version = current.version + 1;
    const updated = TextDocument.create(uri, current.languageId, version, TextDocument.applyEdits(current, edits));
    this.texts.set(uri, updated);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })) });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The client's copy of a document's text. */
  text(uri: string): string {
    return this.texts.get(uri)!.getText();
  }

  /** The text a workspace edit would produce for `uri` (checked to target the current version when versioned). */
  applyWorkspaceEdit(uri: string, edit: WorkspaceEdit | null | undefined): string {
    assert.ok(edit, 'no workspace edit');
    const document = this.texts.get(uri)!;
    let edits: TextEdit[] = [];
    if (edit.documentChanges) {
      for (const change of edit.documentChanges) {
        if (!('edits' in change) || change.textDocument.uri !== uri) continue;
        assert.strictEqual(change.textDocument.version, document.version, 'edit for another version');
        edits = edits.concat(change.edits as TextEdit[]);
      }
    } else edits = edit.changes?.[uri] ?? [];
    return TextDocument.applyEdits(document, edits);
  }

  /** Tells the server the settings changed (pull model: the payload is empty, the server asks again). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /**
   * Resolves with the diagnostics of `uri` once they satisfy `accept` (checked now and at every publication);
   * fails after `WAIT_MS`. No sleeping: the wait ends on the notification itself.
   */
  waitForDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = WAIT_MS): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const current = this.diagnostics.get(uri);
        if (current && accept(current)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(current);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const current = this.diagnostics.get(uri);
        reject(new Error(`timed out waiting for diagnostics of ${uri}; last: ${JSON.stringify(current?.diagnostics.map((d) => d.code))}\n${this.stderr}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** Diagnostics of the given version (publications of older versions are skipped). */
  diagnosticsOfVersion(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitForDiagnostics(uri, (p) => p.version === version);
  }

  /** What the server wrote on its error stream so far. */
  get errorOutput(): string {
    return this.stderr;
  }

  /** Shuts the server down as an editor does, and waits for the process to exit. */
  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => {
      if (this.child.exitCode !== null) resolve(this.child.exitCode);
      else this.child.once('exit', (code) => resolve(code));
    });
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), WAIT_MS).unref());
    const result = await Promise.race([exited, timeout]);
    this.connection.dispose();
    if (result === 'timeout') {
      this.child.kill();
      throw new Error('the server did not exit after shutdown and exit');
    }
    return result;
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
