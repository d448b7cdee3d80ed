#!/usr/bin/env node
// The `negotext` command: runs the bundled CLI, or says how to build it when it is missing.
'use strict';
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(bundle)) {
  process.stderr.write('negotext: the CLI is not built yet; run `npm run build` (or `npm start`) in the repository first.\n');
  process.exit(2);
}
const { runCli } = require(bundle);
runCli(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`)).then((status) => {
  process.exitCode = status;
});
