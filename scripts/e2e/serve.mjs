// Starts code-server on 127.0.0.1 with the packaged extension installed and examples/ open, and prints the URL to open.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer } from './codeServer.mjs';
import { ROOT, VSIX, readSetupStatus } from './paths.mjs';

/*
 * Usage: node scripts/e2e/serve.mjs [--no-package] [--port=8080] [--host=127.0.0.1] [--folder=examples]
 * --no-package serves the negotext.vsix already built (npm start packages first and passes it).
 * The first run installs the editor (scripts/e2e/setup.sh, a few minutes); later runs start in seconds.
 */
const option = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const port = Number(option('port', process.env.PORT ?? 8080));
const host = option('host', '127.0.0.1');
const folder = path.resolve(ROOT, option('folder', 'examples'));

function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!readSetupStatus()?.ready) {
  console.log('[serve] setting up the local VS Code (code-server) first: the first run takes a few minutes.');
  run('bash', [path.join(ROOT, 'scripts/e2e/setup.sh')]);
  const status = readSetupStatus();
  if (!status?.ready) {
    console.error(`[serve] cannot start the editor here: ${status?.reason ?? 'setup did not finish'}`);
    console.error('[serve] install the extension into a desktop VS Code instead: npm run install-extension');
    process.exit(1);
  }
}
if (!process.argv.includes('--no-package') || !fs.existsSync(VSIX)) {
  console.log('[serve] building and packaging the extension (npm run package)');
  run('npm', ['run', '--silent', 'package']);
}

console.log(`[serve] starting code-server with ${path.basename(VSIX)} installed and ${path.relative(ROOT, folder) || '.'} open`);
const server = await startCodeServer({ name: 'serve', folder, vsix: VSIX, host, port: port || undefined });
const shutDown = () => server.stop().then(() => process.exit(0));
process.on('SIGINT', shutDown);
process.on('SIGTERM', shutDown);
console.log('');
console.log(`  Negotext in VS Code: ${server.url}/?folder=${encodeURIComponent(folder)}`);
console.log('');
console.log(`[serve] open the URL in a browser (logs: ${path.relative(ROOT, server.log)}); Ctrl+C stops the editor.`);
// Keep running until interrupted; code-server runs in its own process group and would outlive a plain exit.
setInterval(() => {}, 1 << 30);
