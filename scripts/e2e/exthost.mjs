// Runs the extension-host mocha suite inside code-server's Node extension host through the web workbench's payload URL.

import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchBrowser, workbenchUrl } from '../../test/e2e/ui/browser.mjs';

/**
 * code-server's CLI rejects --extensionDevelopmentPath/--extensionTestsPath, but VS Code web reads the same two
 * settings from the `payload` query parameter: the remote extension host then loads the extension from its folder,
 * requires the tests module and calls its `run()`, exactly as @vscode/test-electron would. When `run()` settles the
 * host exits and the workbench calls `window.codeAutomationExit(code)`, which this driver provides.
 * Returns `{ passed, failed, exitCode, ms }`; counts come from the results file the suite writes (`resultsFile`).
 */
export async function runExtensionHostSuite({ serverUrl, workspace, extensionPath, testsPath, resultsFile, outDir, timeoutMs = 600_000 }) {
  fs.mkdirSync(outDir, { recursive: true });
  fs.rmSync(resultsFile, { force: true });
  const browser = await launchBrowser();
  const { page } = browser;
  // The extension host's console (mocha's spec output) reaches the page as console.log('%c INFO', css, format, ...args).
  page.on('console', async (message) => {
    try {
      const args = await Promise.all(message.args().map((arg) => arg.jsonValue()));
      if (typeof args[0] === 'string' && /^%c\s+(INFO|ERR|WARN)/.test(args[0]) && typeof args[2] === 'string') {
        const line = util.format(...args.slice(2));
        if (!/ENOTFOUND open-vsx\.org|Creating a socket|connection token|Service Worker|ChatSessionStore|builtin extensions cache/.test(line)) {
          console.log(`  exthost| ${line}`);
        }
      }
    } catch {
      // the page may be closing
    }
  });
  const started = Date.now();
  let exit;
  const exited = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    for (const entry of Array.isArray(logs) ? logs : []) {
      const file = path.join(outDir, 'vscode-logs', String(entry.relativePath));
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, String(entry.contents));
    }
    exit(code);
  });
  let timer;
  try {
    await page.goto(workbenchUrl(serverUrl, workspace, { extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath }));
    const exitCode = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))]);
    await page.screenshot({ path: path.join(outDir, 'exthost-end.png') }).catch(() => {});
    const ms = Date.now() - started;
    console.log(`extension host exited with ${exitCode} after ${ms} ms`);
    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : undefined;
    // No results file means the suite never started (it did not load): count that as one failure.
    if (!results) return { passed: 0, failed: 1, exitCode, ms };
    // A run cut short, a run with no test, or a non-zero exit that mocha did not count (run() threw) is a failure too.
    const uncounted = !results.finished || results.passed + results.failed === 0 || (exitCode !== 0 && results.failed === 0) ? 1 : 0;
    return { passed: results.passed, failed: results.failed + uncounted, exitCode, ms };
  } finally {
    clearTimeout(timer);
    fs.writeFileSync(path.join(outDir, 'browser-console.log'), browser.consoleLines.join('\n') + '\n');
    await browser.close();
  }
}
