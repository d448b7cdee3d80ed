// Asks the running server about its process (pid, heap): for the editor tests that kill it and watch it come back.

import type { LanguageClient } from 'vscode-languageclient/node';
import { SERVER_INFO_REQUEST, type ServerInfoResult } from '../../server/src/lsp/protocol';

/** The server's answer, or undefined while no server is running (starting, restarting, stopped). */
export async function serverInfo(client: LanguageClient | undefined): Promise<ServerInfoResult | undefined> {
  if (!client || !client.isRunning()) return undefined;
  return client.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
}
