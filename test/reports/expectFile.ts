// Compares an output with its expected file under test/fixtures, or rewrites the file when UPDATE=1.

import * as assert from 'assert';
import * as fs from 'fs';

/** Asserts that `actual` equals the file's content; with `UPDATE=1` the file is (re)written instead, to be reviewed like code. */
export function expectFile(file: string, actual: string): void {
  if (process.env.UPDATE === '1') {
    fs.writeFileSync(file, actual);
    return;
  }
  assert.ok(fs.existsSync(file), `${file} is missing; run the tests with UPDATE=1 to write it, then review it`);
  assert.strictEqual(actual, fs.readFileSync(file, 'utf8'), `${file} differs; run with UPDATE=1 to accept the new output after review`);
}
