// The language server's entry point: `node dist/server.js --stdio` (how VS Code and other editors start it).

import { connectionFromCommandLine } from './lsp/connection';
import { withFaults } from './lsp/faults';
import { logUnhandledRejections } from './lsp/processGuards';
import { startServer } from './lsp/startServer';

// Standard error, not the connection: a rejection may come from the connection itself closing.
logUnhandledRejections((message) => process.stderr.write(`${message}\n`));
// The transport (`--stdio`, `--node-ipc`, `--socket=<port>`, `--pipe=<name>`) comes from the command line.
// `withFaults` returns the connection untouched unless a reliability test sets NEGOTEXT_TEST_FAULTS.
startServer(withFaults(connectionFromCommandLine()));
