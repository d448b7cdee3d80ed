// Where the editor tests keep things: the repository, .e2e/ (gitignored), the pinned code-server, and the XDG dirs.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E_DIR = path.join(ROOT, '.e2e');
export const CODE_SERVER = path.join(E2E_DIR, 'code-server/node_modules/.bin/code-server');
export const VSIX = path.join(ROOT, 'negotext.vsix');
export const SCREENSHOTS = path.join(E2E_DIR, 'screenshots');

/**
 * Environment for code-server: XDG_* under .e2e/, because code-server writes ~/.config/code-server/config.yaml
 * and ~/.local/share/code-server even for --version otherwise, and a test run must leave the home folder alone.
 */
export function codeServerEnv(extra = {}) {
  const xdg = (name) => path.join(E2E_DIR, 'xdg', name);
  for (const name of ['config', 'data', 'cache']) fs.mkdirSync(xdg(name), { recursive: true });
  return { ...process.env, XDG_CONFIG_HOME: xdg('config'), XDG_DATA_HOME: xdg('data'), XDG_CACHE_HOME: xdg('cache'), ...extra };
}

/** What scripts/e2e/setup.sh concluded: `{ ready: true }`, `{ ready: false, reason }`, or undefined when it never ran. */
export function readSetupStatus() {
  const file = path.join(E2E_DIR, 'setup-status');
  if (!fs.existsSync(file)) return undefined;
  const first = fs.readFileSync(file, 'utf8').split('\n')[0];
  return first === 'ready' && fs.existsSync(CODE_SERVER) ? { ready: true } : { ready: false, reason: first.replace(/^skipped: /, '') };
}
