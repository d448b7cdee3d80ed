// `npm start`: installs dependencies if needed, builds, and shows the product on examples/ (check and stats).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

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
step('Building', npm, ['run', 'build', '--silent']);
// The examples include a file with deliberate faults, so `check` exits 1 here on purpose.
const status = step('negotext check examples/', process.execPath, ['bin/negotext.js', 'check', 'examples'], { allowFailure: true });
step('negotext stats examples/', process.execPath, ['bin/negotext.js', 'stats', 'examples']);
console.log(`\nnegotext check exited with ${status} (1 means errors were found: examples/faults.ntx has them on purpose).`);
