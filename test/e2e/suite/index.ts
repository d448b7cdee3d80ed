// The extension-host entry point that VS Code calls with --extensionTestsPath (test-electron) or the payload URL (code-server).

import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/**
 * Runs every `*.test.js` beside this file in the extension host and settles when mocha ends.
 * The closing line `N passed, N failed` comes from the project's reporter; the counts are also written to
 * `$NEGOTEXT_E2E_RESULTS` when set, because under code-server the only other channel back is console text.
 */
export function run(): Promise<void> {
  // The project's mocha reporter (spec output, then the closing line) lives in test/support, outside out/.
  const reporter = path.resolve(__dirname, '../../../test/support/closingLineReporter.js');
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter, grep: process.env.NEGOTEXT_E2E_GREP });
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const results: { title: string; state: 'passed' | 'failed'; error?: string }[] = [];
  // Written after every test, so that a run cut short by the driver's timeout still says how far it got.
  const save = (finished: boolean) => {
    const outFile = process.env.NEGOTEXT_E2E_RESULTS;
    const count = (state: string) => results.filter((r) => r.state === state).length;
    if (outFile) fs.writeFileSync(outFile, JSON.stringify({ finished, passed: count('passed'), failed: count('failed'), tests: results }, null, 2));
  };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      save(true);
      if (failures > 0) reject(new Error(`${failures} editor test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      results.push({ title: test.fullTitle(), state: 'passed' });
      save(false);
    });
    runner.on('fail', (test, error) => {
      results.push({ title: test.fullTitle(), state: 'failed', error: String(error?.stack ?? error) });
      save(false);
    });
  });
}
