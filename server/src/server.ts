// The language server's entry point: `node dist/server.js --stdio` for any editor, `--node-ipc` when VS Code starts it.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { withFaults } from './lsp/faults';
import { logUnhandledRejections } from './lsp/processGuards';
import { startServer } from './lsp/startServer';

// Standard error, not the connection: a rejection may come from the connection itself closing.
logUnhandledRejections((message) => process.stderr.write(`${message}\n`));
// `createConnection` reads the transport (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`) from the command line.
// `withFaults` returns the connection untouched unless a reliability test sets NEGOTEXT_TEST_FAULTS.
startServer(withFaults(createConnection(ProposedFeatures.all)));
