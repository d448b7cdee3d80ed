// Starts code-server in its own process group with throwaway user-data and extensions dirs, and stops the whole group.

import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { CODE_SERVER, E2E_DIR, codeServerEnv } from './paths.mjs';

const run = promisify(execFile);

/** Settings for a quiet, predictable workbench: no welcome page, no trust prompt, no update or gallery checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'editor.hover.delay': 300,
  'editor.minimap.enabled': false,
  // Drafts are prose with long paragraphs; wrapped lines make screenshots readable.
  'editor.wordWrap': 'on',
  'chat.commandCenter.enabled': false,
  'window.commandCenter': false,
  // The test workspaces sit inside the repository's .e2e/; the Git prompt about the parent repository would cover the screen.
  'git.enabled': false,
};

/** A free TCP port on 127.0.0.1: other engineers may run the tests on the same machine at the same time. */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers 200, or throws after `timeoutMs`. */
async function waitForHttp(url, timeoutMs, log) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms; its log:\n${fs.existsSync(log) ? fs.readFileSync(log, 'utf8').slice(-3000) : '(none)'}`);
}

/**
 * Starts code-server on 127.0.0.1 for `folder`, after installing `vsix` (if given) into a fresh extensions dir.
 * `name` picks the run folder under .e2e/ (logs, user data); `env` reaches the extension host, which inherits it.
 * Returns `{ url, dir, stop }`; `stop()` kills the process group, since killing only code-server's pid would
 * leave its extension hosts and the language server running.
 */
export async function startCodeServer({ name, folder, vsix, env = {}, port, host = '127.0.0.1', settings = {} }) {
  const dir = path.join(E2E_DIR, `run-${name}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'user-data/User'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'extensions'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'user-data/User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  port ??= await freePort();
  // A config file keeps code-server from writing its default one (with a generated password) and disables auth.
  const config = path.join(dir, 'config.yaml');
  fs.writeFileSync(config, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const common = ['--config', config, '--user-data-dir', path.join(dir, 'user-data'), '--extensions-dir', path.join(dir, 'extensions')];
  const serverEnv = codeServerEnv(env);

  if (vsix) {
    const { stdout } = await run(CODE_SERVER, [...common, '--install-extension', vsix], { env: serverEnv });
    fs.writeFileSync(path.join(dir, 'install.log'), stdout);
  }

  const log = path.join(dir, 'server.log');
  const out = fs.openSync(log, 'w');
  const child = spawn(CODE_SERVER, [...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', folder], { env: serverEnv, detached: true, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const url = `http://${host}:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const gone = new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    try { process.kill(-child.pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch {} }, 3000);
    await gone;
    clearTimeout(timer);
    // The extension hosts and the language server share the group and may outlive code-server by a moment.
    try { process.kill(-child.pid, 'SIGKILL'); } catch {}
  };
  try {
    await waitForHttp(`${url}/healthz`, 30_000, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dir, log, stop };
}
