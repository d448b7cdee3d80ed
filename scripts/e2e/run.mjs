// Builds and packages the extension, then runs the extension-host suite and the UI suite against code-server.

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runUiSuite } from '../../test/e2e/ui/suite.mjs';
import { startCodeServer } from './codeServer.mjs';
import { updateDocImages } from './docImages.mjs';
import { runExtensionHostSuite } from './exthost.mjs';
import { E2E_DIR, ROOT, SCREENSHOTS, VSIX, readSetupStatus } from './paths.mjs';

// Flags for working on the tests themselves: --no-build reuses dist/, the .vsix and out/e2e; --only=exthost|ui runs one suite;
// --update-images copies the UI screenshots the README shows into docs/images/ when the UI suite passed.
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const updateImages = args.includes('--update-images');

const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const say = (text) => console.log(`[e2e +${seconds(started)}] ${text}`);

const status = readSetupStatus();
if (!status) {
  console.error('[e2e] scripts/e2e/setup.sh has not run here; `npm run test:e2e` runs it first.');
  process.exit(1);
}
if (!status.ready) {
  // Skipped, not failed: a machine that cannot install chromium or code-server cannot run these tests at all.
  console.log(`[e2e] SKIPPED: ${status.reason}`);
  process.exit(0);
}

/** Runs a command from the repository root with its output in a log file; on failure prints the log's tail and exits. */
function step(label, command, commandArgs) {
  const since = Date.now();
  const log = path.join(E2E_DIR, `${label.replace(/\W+/g, '-')}.log`);
  const result = spawnSync(command, commandArgs, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  fs.writeFileSync(log, `${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) {
    console.error(fs.readFileSync(log, 'utf8').split('\n').slice(-40).join('\n'));
    say(`${label} failed (log: ${path.relative(ROOT, log)})`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  say(`${label} took ${seconds(since)}`);
}

/** A fresh copy of a folder to open in the editor: the tests edit files and write workspace settings. */
function freshCopy(name, source = 'test/e2e/workspace') {
  const target = path.join(E2E_DIR, `workspace-${name}`);
  fs.rmSync(target, { recursive: true, force: true });
  fs.cpSync(path.join(ROOT, source), target, { recursive: true });
  return target;
}

if (build) {
  step('npm run package', 'npm', ['run', 'package']);
  step('compile the extension-host suite', process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'test/e2e/tsconfig.json']);
}

const servers = new Set();
const stopAll = async () => Promise.all([...servers].map((server) => server.stop()));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll().then(() => process.exit(130)));

const totals = [];
async function phase(name, body) {
  const since = Date.now();
  let result;
  try {
    result = await body();
  } catch (error) {
    console.error(error?.stack ?? error);
    result = { passed: 0, failed: 1 };
  } finally {
    await stopAll();
    servers.clear();
  }
  say(`${name} took ${seconds(since)}`);
  totals.push({ name, ...result });
}

if (only !== 'ui') {
  await phase('exthost', async () => {
    const resultsFile = path.join(E2E_DIR, 'exthost-results.json');
    const workspace = freshCopy('exthost');
    const server = await startCodeServer({ name: 'exthost', folder: workspace, env: { NEGOTEXT_E2E_RESULTS: resultsFile } });
    servers.add(server);
    say(`code-server for the extension-host suite at ${server.url}`);
    return runExtensionHostSuite({
      serverUrl: server.url,
      workspace,
      extensionPath: ROOT,
      testsPath: path.join(ROOT, 'out/e2e/suite/index'),
      resultsFile,
      outDir: path.join(E2E_DIR, 'out-exthost'),
    });
  });
}

if (only !== 'exthost') {
  await phase('ui', async () => {
    const workspace = freshCopy('ui');
    const examples = freshCopy('examples', 'examples');
    const server = await startCodeServer({ name: 'ui', folder: workspace, vsix: VSIX });
    servers.add(server);
    say(`code-server with ${path.basename(VSIX)} installed at ${server.url}`);
    return runUiSuite({ serverUrl: server.url, workspace, examples, screenshotDir: SCREENSHOTS, outDir: path.join(E2E_DIR, 'out-ui') });
  });
}

if (updateImages && totals.some((t) => t.name === 'ui' && t.failed === 0)) say(`updated ${updateDocImages().join(', ')}`);
for (const { name, passed, failed } of totals) console.log(`${name}: ${passed} passed, ${failed} failed`);
const passed = totals.reduce((sum, t) => sum + t.passed, 0);
const failed = totals.reduce((sum, t) => sum + t.failed, 0);
say(`done; screenshots in ${path.relative(ROOT, SCREENSHOTS)}/`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
