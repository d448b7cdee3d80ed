// Makes the server's connection from the command line; on stdio, outgoing messages go through Negotext's encoder.

import { format } from 'util';
import { createConnection, ProposedFeatures, type Connection, type MessageReader } from 'vscode-languageserver/node';
import { StdioMessageWriter } from './stdioMessageWriter';

/**
 * The connection the command line asks for (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`). On stdio
 * (how VS Code and every other editor start the server) the writer is Negotext's own, which writes large answers
 * straight to bytes and sends them as they were written. Node IPC serialises in Node itself, so nothing can be done
 * there.
 */
export function connectionFromCommandLine(argv: ReadonlyArray<string> = process.argv.slice(2)): Connection {
  if (!argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  // Standard input as a stream (not a reader): the library then exits when the editor closes it, as with `--stdio`.
  const connection = createConnection(ProposedFeatures.all, process.stdin as unknown as MessageReader, new StdioMessageWriter(process.stdout, true));
  sendConsoleToConnection(connection);
  return connection;
}

/**
 * Standard output carries the protocol, so nothing else may write there: console output goes to the editor's log,
 * as the library does when it reads `--stdio` itself.
 */
function sendConsoleToConnection(connection: Connection): void {
  console.log = (...args: unknown[]) => connection.console.log(format(...args));
  console.info = (...args: unknown[]) => connection.console.info(format(...args));
  console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  console.dir = (value: unknown) => connection.console.log(format(value));
  console.trace = (...args: unknown[]) => connection.console.log(new Error(format(...args)).stack ?? format(...args));
}
