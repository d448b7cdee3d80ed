// Runs the extension-host suite in a desktop VS Code downloaded by @vscode/test-electron, on machines that can download it.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';

/**
 * The same suite that scripts/e2e/run.mjs runs in code-server, started the standard way: VS Code is downloaded
 * (VSCODE_VERSION, default `stable`; `1.100.3` matches code-server 4.100.3) and opens a fresh copy of the fixture
 * workspace with only this extension enabled. Build first: `npm run build && npx tsc -p test/e2e/tsconfig.json`.
 */
async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-e2e-'));
  fs.cpSync(path.join(root, 'test/e2e/workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'suite/index'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
      extensionTestsEnv: { NEGOTEXT_E2E_RESULTS: path.join(workspace, 'results.json') },
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
