// Launches Debian's chromium through playwright-core with a throwaway profile, for the code-server workbench.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

/**
 * Flags for a headless chromium as root in a container: no sandbox (root), no GPU, and no background traffic
 * (only the npm registry and apt are reachable, so any other request would just wait for a timeout).
 */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Starts chromium with a fresh profile; `close()` ends it and removes the profile. */
export async function launchBrowser({ width = 1440, height = 900 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width, height },
    args: CHROMIUM_ARGS,
    // Chromium's crash reporter keeps its database under $XDG_CONFIG_HOME/chromium; keep it in the throwaway profile too.
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.message}`));
  return {
    page,
    consoleLines,
    async close() {
      await context.close().catch(() => {});
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The workbench URL for `folder` on the server. `payload` entries are paths on the server that VS Code web reads
 * as `vscode-remote://<host:port><path>` URIs (extensionDevelopmentPath, extensionTestsPath).
 */
export function workbenchUrl(serverUrl, folder, payload = {}) {
  const authority = new URL(serverUrl).host;
  const entries = Object.entries(payload).map(([key, value]) => [key, `vscode-remote://${authority}${value}`]);
  const query = `folder=${encodeURIComponent(folder)}${entries.length ? `&payload=${encodeURIComponent(JSON.stringify(entries))}` : ''}`;
  return `${serverUrl}/?${query}`;
}
