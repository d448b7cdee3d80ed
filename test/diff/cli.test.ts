// `negotext diff` as a user runs it: two files, or a file against a git revision.

import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../support/paths';
import { runCli, runCliIn } from '../reports/runCli';

describe('cli: diff', () => {
  it('compares two files as text, Markdown and JSON', () => {
    const [before, after] = [fixturePath('diff', 'before.ntx'), fixturePath('diff', 'after.ntx')];
    const text = runCli('diff', before, after);
    assert.strictEqual(text.status, 0, text.stderr);
    assert.match(text.stdout, /open points 10 → 3 \(−7\)/);
    assert.match(runCli('diff', '--format', 'md', before, after).stdout, /^# Changes from /);
    const json = JSON.parse(runCli('diff', before, after, '--format=json').stdout);
    assert.strictEqual(json.openPoints.change.total, -7);
  });

  it('compares a file with a git revision', function () {
    if (spawnSync('git', ['--version']).error) this.skip();
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-git-'));
    try {
      const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: folder, stdio: 'pipe' });
      git('init', '-q');
      fs.mkdirSync(path.join(folder, 'drafts'));
      const file = path.join(folder, 'drafts', 'draft.ntx');
      fs.writeFileSync(file, 'OP1. Decides [to act]{EU}[not to act]{RU}.\n');
      git('add', '.');
      git('commit', '-q', '-m', 'first');
      fs.writeFileSync(file, 'OP1. Decides not to act.\n');
      const result = runCliIn(path.join(folder, 'drafts'), 'diff', 'draft.ntx', '--git', 'HEAD');
      assert.strictEqual(result.status, 0, result.stderr);
      assert.match(result.stdout, /^Comparing draft\.ntx@HEAD → draft\.ntx/);
      assert.match(result.stdout, /alternative 2 of 2 chosen: "not to act"/);
      const missing = runCliIn(path.join(folder, 'drafts'), 'diff', 'draft.ntx', '--git', 'nosuchrev');
      assert.strictEqual(missing.status, 2);
      assert.match(missing.stderr, /cannot read draft\.ntx at nosuchrev: /);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });

  it('exit 2 for bad usage', () => {
    assert.strictEqual(runCli('diff', fixturePath('diff', 'before.ntx')).status, 2);
    assert.strictEqual(runCli('diff', fixturePath('diff', 'before.ntx'), fixturePath('diff', 'after.ntx'), '--git', 'HEAD').status, 2);
  });
});
