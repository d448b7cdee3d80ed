// `negotext export` as a user runs it: agreed and scenario texts to stdout or -o, Word files, and never overwriting by accident.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../support/paths';
import { runCli } from '../reports/runCli';

describe('cli: export', () => {
  let folder: string;
  let draft: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-export-'));
    draft = path.join(folder, 'resolution.ntx');
    fs.copyFileSync(fixturePath('exports', 'resolution.ntx'), draft);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('agreed text to stdout, with notes on stderr', () => {
    const result = runCli('export', 'agreed', draft);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(`${result.stdout}`, fs.readFileSync(fixturePath('exports', 'resolution.agreed.ntx'), 'utf8'));
    assert.match(result.stderr, /resolution\.ntx:25:1: note: Option set not agreed \(Option 1, Option 2\): left out\./);
    assert.match(result.stderr, /resolution\.ntx:21:\d+: note: Placeholder left to fill: \{at its eightieth session\}\./);
  });

  it('scenario with --prefer given as a name', () => {
    const result = runCli('export', 'scenario', draft, '--prefer', 'Russian Federation');
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(result.stdout, fs.readFileSync(fixturePath('exports', 'resolution.scenario-RU.ntx'), 'utf8'));
    assert.match(runCli('export', 'scenario', draft, '--prefer', 'Narnia').stderr, /--prefer Narnia is not a delegation the registry knows/);
  });

  it('-o writes atomically and never overwrites without --force', () => {
    const out = path.join(folder, 'agreed.ntx');
    assert.strictEqual(runCli('export', 'agreed', draft, '-o', out).status, 0);
    const first = fs.readFileSync(out, 'utf8');
    fs.writeFileSync(out, 'my own edits\n');
    const refused = runCli('export', 'agreed', draft, '-o', out);
    assert.strictEqual(refused.status, 2);
    assert.match(refused.stderr, /agreed\.ntx already exists; add --force to overwrite it/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'my own edits\n');
    assert.strictEqual(runCli('export', 'agreed', draft, `--output=${out}`, '--force').status, 0);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), first);
    assert.deepStrictEqual(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp')), [], 'no temporary file is left');
  });

  it('docx needs -o, and writes a Word file', () => {
    assert.strictEqual(runCli('export', 'docx', draft).status, 2);
    const out = path.join(folder, 'draft.docx');
    const result = runCli('export', 'docx', draft, '-o', out);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(fs.readFileSync(out).subarray(0, 2).toString(), 'PK');
    const refused = runCli('export', 'docx', draft, '-o', out);
    assert.strictEqual(refused.status, 2, 'an asynchronous command still exits 2');
    assert.match(refused.stderr, /draft\.docx already exists/);
  });

  it('exit 2 for bad usage and unreadable files', () => {
    assert.strictEqual(runCli('export', 'pdf', draft).status, 2);
    assert.strictEqual(runCli('export', 'agreed', draft, draft).status, 2);
    assert.strictEqual(runCli('export', 'agreed', draft, '--prefer', 'RU').status, 2, '--prefer is for scenarios');
    assert.strictEqual(runCli('export', 'agreed', path.join(folder, 'missing.ntx')).status, 2);
  });
});
