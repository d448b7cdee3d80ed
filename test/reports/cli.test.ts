// `negotext report` as a user runs it: `node dist/cli.js report status|positions` with formats, -o and --force.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../support/paths';
import { runCli } from './runCli';

describe('cli: report', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-report-'));
    fs.copyFileSync(fixturePath('reports', 'resolution.ntx'), path.join(folder, 'resolution.ntx'));
    fs.mkdirSync(path.join(folder, 'sub'));
    fs.writeFileSync(path.join(folder, 'sub', 'other.ntx'), 'OP1. {agreed} Decides [to act]{Russia}.\n');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('status of a folder as Markdown by default', () => {
    const result = runCli('report', 'status', folder);
    assert.strictEqual(result.status, 0, result.stderr);
    assert.match(result.stdout, /^# Status report\n\n2 documents: \*\*Share agreed: /);
    assert.match(result.stdout, /## .*resolution\.ntx — A\/C\.1\/79\/L\.99/);
    assert.match(result.stdout, /## .*sub[\\/]other\.ntx/);
  });

  it('positions as JSON, CSV and HTML', () => {
    const json = JSON.parse(runCli('report', 'positions', '--format', 'json', path.join(folder, 'sub', 'other.ntx')).stdout);
    assert.deepStrictEqual(json.delegations.map((d: { code: string; name: string }) => [d.code, d.name]), [['RU', 'Russian Federation']]);
    const csv = runCli('report', 'positions', '--format=csv', path.join(folder, 'sub', 'other.ntx')).stdout;
    assert.match(csv, /^delegation,delegation_name,known,role,kind,member,file,line,column,offset,section,paragraph,text\r\nRU,Russian Federation,true,proposed,bracket,,/);
    assert.match(runCli('report', 'positions', '--format', 'html', folder).stdout, /^<!DOCTYPE html>/);
  });

  it('writes -o, and refuses to overwrite without --force', () => {
    const out = path.join(folder, 'status.html');
    assert.strictEqual(runCli('report', 'status', folder, '--format', 'html', '-o', out).status, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /<h1>Status report<\/h1>/);
    const again = runCli('report', 'status', folder, '--format', 'md', '-o', out);
    assert.strictEqual(again.status, 2);
    assert.match(again.stderr, /status\.html already exists; add --force to overwrite it/);
    assert.match(fs.readFileSync(out, 'utf8'), /<h1>Status report<\/h1>/, 'the file is untouched');
    assert.strictEqual(runCli('report', 'status', folder, '--format', 'md', '-o', out, '--force').status, 0);
    assert.match(fs.readFileSync(out, 'utf8'), /^# Status report/);
  });

  it('exit 2 for bad usage', () => {
    assert.strictEqual(runCli('report', 'folder', folder).status, 2);
    assert.strictEqual(runCli('report', 'status', '--format', 'pdf', folder).status, 2);
    assert.strictEqual(runCli('report', 'status').status, 2);
  });
});
