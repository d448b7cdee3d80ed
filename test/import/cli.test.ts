// `negotext import` as a user runs it: a .docx to stdout or -o, and a clear refusal for anything else.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath } from '../support/paths';
import { runCliIn } from '../reports/runCli';
import { makeDraftDocx } from './makeDraftDocx';

describe('cli: import', () => {
  let folder: string;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-import-'));
    fs.writeFileSync(path.join(folder, 'draft.docx'), await makeDraftDocx());
    fs.writeFileSync(path.join(folder, 'x.docx'), 'this is not a zip file');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('prints the Negotext text', () => {
    const result = runCliIn(folder, 'import', 'draft.docx');
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(result.stdout, fs.readFileSync(fixturePath('import', 'draft.ntx'), 'utf8'));
  });

  it('writes -o and keeps an existing file without --force', () => {
    assert.strictEqual(runCliIn(folder, 'import', 'draft.docx', '-o', 'draft.ntx').status, 0);
    const refused = runCliIn(folder, 'import', 'draft.docx', '-o', 'draft.ntx');
    assert.strictEqual(refused.status, 2);
    assert.match(refused.stderr, /draft\.ntx already exists; add --force/);
  });

  it('refuses a file that is not a Word document, with exit 2', () => {
    const result = runCliIn(folder, 'import', 'x.docx');
    assert.strictEqual(result.status, 2);
    assert.strictEqual(result.stderr, 'negotext: cannot import x.docx: not a Word document\n');
    assert.strictEqual(result.stdout, '');
    assert.strictEqual(runCliIn(folder, 'import', 'missing.docx').status, 2);
  });
});
