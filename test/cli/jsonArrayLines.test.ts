// A JSON array written element by element reads exactly as `JSON.stringify(array, null, 2)` prints it whole.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { JsonArrayLines } from '../../server/src/cli/jsonArrayLines';

/** What the lines make, each followed by a line break as the CLI's writer adds it. */
function written(values: unknown[]): string {
  let text = '';
  const lines = new JsonArrayLines((line) => (text += `${line}\n`));
  for (const value of values) lines.add(value);
  lines.end();
  return text;
}

describe('JSON array lines', () => {
  it('give the whole array as JSON.stringify indents it, for any values', () => {
    fc.assert(fc.property(fc.array(fc.jsonValue({ maxDepth: 3 })), (values) => assert.strictEqual(written(values), `${JSON.stringify(values, null, 2)}\n`)));
  });

  it('give [] for no values, and findings as check prints them', () => {
    assert.strictEqual(written([]), '[]\n');
    const finding = { file: 'a.ntx', line: 1, column: 2, endLine: 1, endColumn: 3, severity: 'error', id: 'bracket.unclosed', message: 'A "quoted"\nmessage' };
    assert.strictEqual(written([finding, finding]), `${JSON.stringify([finding, finding], null, 2)}\n`);
  });
});
