// The CLI as a user runs it: `node dist/cli.js` with files and folders, exit codes and both formats.

import * as assert from 'assert';
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: REPO_ROOT });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-cli-'));
    fs.writeFileSync(path.join(folder, 'good.ntx'), 'OP1. States [shall] act.\n');
    fs.mkdirSync(path.join(folder, 'sub'));
    fs.writeFileSync(path.join(folder, 'sub', 'bad.ntx'), 'OP1. States [shall act.\n');
    fs.writeFileSync(path.join(folder, 'ignored.txt'), '[');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('check: exit 0 and information lines for a text without errors', () => {
    const result = run('check', path.join(folder, 'good.ntx'));
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stdout, /good\.ntx:1:13: information bracket\.open: Unresolved bracket "\[shall\]"/);
  });

  it('check: exit 1 and path:line:col for errors, folders searched recursively', () => {
    const result = run('check', folder);
    assert.strictEqual(result.status, 1);
    assert.match(result.stdout, /sub[\\/]bad\.ntx:1:13: error bracket\.unclosed: /);
    assert.doesNotMatch(result.stdout, /ignored\.txt/);
  });

  it('check --format json: one array with 1-based positions', () => {
    const result = run('check', '--format', 'json', path.join(folder, 'sub', 'bad.ntx'));
    assert.strictEqual(result.status, 1);
    const findings = JSON.parse(result.stdout);
    const unclosed = findings.find((f: { id: string }) => f.id === 'bracket.unclosed');
    assert.deepStrictEqual(
      { line: unclosed.line, column: unclosed.column, endLine: unclosed.endLine, endColumn: unclosed.endColumn, severity: unclosed.severity },
      { line: 1, column: 13, endLine: 1, endColumn: 14, severity: 'error' },
    );
    assert.ok(unclosed.file.endsWith('bad.ntx') && typeof unclosed.message === 'string');
  });

  it('exit 2 with a one-line reason for an unreadable file', () => {
    const result = run('check', path.join(folder, 'missing.ntx'));
    assert.strictEqual(result.status, 2);
    assert.match(result.stderr, /cannot read .*missing\.ntx: no such file or folder/);
  });

  it('exit 2 for bad usage', () => {
    assert.strictEqual(run('frobnicate', folder).status, 2);
    assert.strictEqual(run('check', '--format', 'xml', folder).status, 2);
    assert.strictEqual(run('check').status, 2);
  });

  it('stats: per document and section, text and json', () => {
    fs.writeFileSync(path.join(folder, 'stats.ntx'), '# Part\n\nOP1. [a][b] {placeholder} text[^1]\n\n[^1]: Note.\n');
    const text = run('stats', path.join(folder, 'stats.ntx'));
    assert.strictEqual(text.status, 0);
    assert.match(text.stdout, /Part\s+2\s+1\s+0\s+1\s+1/);
    const json = JSON.parse(run('stats', '--format=json', path.join(folder, 'stats.ntx')).stdout);
    assert.strictEqual(json[0].brackets, 2);
    assert.strictEqual(json[0].sections[0].heading, 'Part');
  });
  it('stats over several drafts: each printed as it is counted, a blank line between them; JSON one array', () => {
    const drafts = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-cli-stats-'));
    const files = ['a.ntx', 'b.ntx', 'c.ntx'].map((name) => path.join(drafts, name));
    files.forEach((file, i) => fs.writeFileSync(file, `# Part ${i + 1} with a heading long enough\n\nOP1. ${'[a]'.repeat(i)} text.\n`));
    const alone = files.map((file) => run('stats', file).stdout.replace(/\n$/, ''));
    assert.strictEqual(run('stats', drafts).stdout, `${alone.join('\n\n')}\n`);
    // Written an element at a time, the array reads back whole (JsonArrayLines is held to JSON.stringify on its own).
    const json = JSON.parse(run('stats', '--format=json', drafts).stdout) as Array<{ file: string; brackets: number; sections: unknown[] }>;
    assert.deepStrictEqual(json.map((d) => [d.file, d.brackets, d.sections.length]), files.map((file, i) => [file, i, 1]));
    fs.rmSync(drafts, { recursive: true, force: true });
  });
  /** A folder of four drafts with 900 unclosed brackets each: 3,600 finding lines, some 350 KB, more than a pipe holds. */
  function manyFindings(): string {
    const many = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-cli-many-'));
    for (let i = 1; i <= 4; i++) fs.writeFileSync(path.join(many, `draft-${i}.ntx`), 'States [shall act.\n\n'.repeat(900));
    return many;
  }

  it('check: a reader that stops early (`| head`) ends the output quietly, with the exit status of the check', async () => {
    const many = manyFindings();
    const child = spawn(process.execPath, [CLI, 'check', many], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const status = await new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    fs.rmSync(many, { recursive: true, force: true });
    assert.strictEqual(stderr, '');
    assert.strictEqual(status, 1);
  });

  it('check: all lines arrive, in order, when the output is a pipe (written in chunks)', () => {
    const many = manyFindings();
    const result = run('check', many);
    fs.rmSync(many, { recursive: true, force: true });
    const lines = result.stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, 3600);
    const expected = [1, 2, 3, 4].flatMap((file) => Array.from({ length: 900 }, (_, i) => `draft-${file}.ntx:${1 + 2 * i}:8: error`));
    assert.deepStrictEqual(lines.map((line) => /draft-\d\.ntx:\d+:\d+: error/.exec(line)?.[0]), expected);
  });
});
