// The VS Code extension: starts the Negotext language server over stdio and adds the status bar item and commands.

import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { WATCHED_FILE_GLOBS, type NegotextInitializationOptions } from '../../server/src/lsp/protocol';
import { SERVER_NODE_FLAGS } from '../../server/src/lsp/serverNodeFlags';
import { goToBracket } from './bracketCommands';
import { documentSelector } from './documentSelector';
import { registerReportCommands } from './reportCommands';
import { showStatistics } from './statistics';
import { serverInfo } from './serverInfo';
import { BracketStatusBar } from './statusBar';
import { forwardTrustGrants, isTrusted } from './workspaceTrust';

let client: LanguageClient | undefined;

/** What `activate` returns to other extensions and to the editor tests. */
export interface NegotextApi {
  /** The bracket status bar item as shown (text, tooltip, whether it is visible). */
  bracketStatus(): { text: string; tooltip?: string; visible: boolean } | undefined;
  /** The running server's pid and heap (`negotext/serverInfo`), or undefined while it is (re)starting. */
  serverInfo(): Promise<{ pid: number; heapUsed: number } | undefined>;
}

/** Starts the client; VS Code calls this when a Negotext document is opened. */
export async function activate(context: vscode.ExtensionContext): Promise<NegotextApi> {
  const statusBar = new BracketStatusBar(() => client);
  context.subscriptions.push(
    statusBar,
    forwardTrustGrants(() => client),
    vscode.commands.registerCommand('negotext.nextBracket', () => goToBracket(client, 'next')),
    vscode.commands.registerCommand('negotext.previousBracket', () => goToBracket(client, 'previous')),
    vscode.commands.registerCommand('negotext.showStatistics', () => showStatistics(client)),
    ...registerReportCommands(() => client),
    vscode.commands.registerCommand('negotext.restartServer', async () => {
      if (client) await client.restart();
      else client = await startClient(context);
      statusBar.refresh(0);
    }),
  );
  client = await startClient(context);
  statusBar.refresh(0);
  return { bracketStatus: () => statusBar.snapshot(), serverInfo: () => serverInfo(client) };
}

/** Stops the server with the extension. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

async function startClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    // The benchmark starts the server with the same flags (bench/common.mjs reads them from the same module).
    // Stdio, not Node IPC: on stdio the server writes a large answer (a long draft's symbols) straight to bytes,
    // where IPC would make Node hold its whole JSON text (server/src/lsp/messageEncoder.ts).
    run: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6009'] } },
  };
  const watchers = WATCHED_FILE_GLOBS.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
  context.subscriptions.push(...watchers);
  // A function, so that a restart after the user trusts the workspace tells the new server so.
  const initializationOptions = (): NegotextInitializationOptions => ({ fileWatchers: 'client', isTrusted: isTrusted() });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(),
    // The client watches lexicons, term bases, delegations files and drafts, and tells the server, which re-checks open drafts.
    synchronize: { fileEvents: watchers },
    initializationOptions,
  };
  // The id `negotext` makes the client read `negotext.trace.server`.
  const started = new LanguageClient('negotext', 'Negotext', serverOptions, clientOptions);
  await started.start();
  return started;
}
