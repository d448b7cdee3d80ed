// The language server's entry point: `node dist/server.js --stdio` for any editor, `--node-ipc` when VS Code starts it.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/startServer';

// `createConnection` reads the transport (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`) from the command line.
startServer(createConnection(ProposedFeatures.all));
