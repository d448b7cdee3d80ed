// `npm start`: installs dependencies if needed, builds, shows check and stats on examples/, then opens the examples in a local VS Code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const noEditor = process.argv.includes('--no-editor') || process.env.NEGOTEXT_NO_EDITOR === '1';

function step(title, command, args, { allowFailure = false } = {}) {
  console.log(`\n== ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0 && !allowFailure) {
    console.error(`npm start: "${[command, ...args].join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  return result.status;
}

if (!existsSync(path.join(root, 'node_modules', '.bin', 'tsc'))) step('Installing dependencies (npm ci)', npm, ['ci']);
step('Building and packaging the extension (negotext.vsix)', npm, ['run', '--silent', 'package']);
// The examples include a file with deliberate faults, so `check` exits 1 here on purpose.
const status = step('negotext check examples/', process.execPath, ['bin/negotext.js', 'check', 'examples'], { allowFailure: true });
step('negotext stats examples/', process.execPath, ['bin/negotext.js', 'stats', 'examples']);
console.log(`\nnegotext check exited with ${status} (1 means errors were found: examples/faults*.ntx have them on purpose).`);

if (noEditor) process.exit(0);
// The editor: a local VS Code (code-server) on 127.0.0.1 with the extension installed and examples/ open.
// The first run installs it (a few minutes, with progress); it keeps running until Ctrl+C.
console.log('\n== Opening examples/ in a local VS Code (Ctrl+C to stop; `npm start -- --no-editor` skips this)');
step('code-server', process.execPath, [path.join('scripts', 'e2e', 'serve.mjs'), '--no-package', ...process.argv.slice(2).filter((a) => a.startsWith('--port=') || a.startsWith('--host='))]);
