// Installs the packaged negotext.vsix into desktop VS Code through its `code` command, or explains how to do it by hand.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const vsix = path.join(root, 'negotext.vsix');

/** The first VS Code command line on PATH: stable, Insiders, or VSCodium (they take the same flags). */
function findCodeCommand() {
  for (const command of ['code', 'code-insiders', 'codium']) {
    const found = spawnSync(command, ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' });
    if (found.status === 0) return { command, version: found.stdout.split('\n')[0] };
  }
  return undefined;
}

// Packaged afresh each time (about 10 s), so that what is installed is the code as it is now; --no-package skips it.
if (!process.argv.includes('--no-package') || !fs.existsSync(vsix)) {
  console.log('[install-extension] building and packaging the extension (npm run package)');
  const packaged = spawnSync('npm', ['run', '--silent', 'package'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (packaged.status !== 0) process.exit(packaged.status ?? 1);
}

const code = findCodeCommand();
if (!code) {
  console.log(`[install-extension] No \`code\` command on PATH, so nothing was installed. The package is ready:

    ${vsix}

Install it in VS Code in one of these ways:
  - Extensions view (Ctrl+Shift+X) > "..." menu > "Install from VSIX..." > choose the file above;
  - or put \`code\` on PATH (macOS: Command Palette > "Shell Command: Install 'code' command in PATH";
    Windows and Linux installers add it) and run \`npm run install-extension\` again.
To try the extension without a desktop VS Code, \`npm run serve\` opens it in a local VS Code in the browser.`);
  process.exit(0);
}

console.log(`[install-extension] installing ${path.basename(vsix)} with \`${code.command}\` (VS Code ${code.version})`);
const installed = spawnSync(code.command, ['--install-extension', vsix, '--force'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (installed.status !== 0) process.exit(installed.status ?? 1);
console.log('[install-extension] done: reload VS Code windows that were open, then open a .ntx file.');
