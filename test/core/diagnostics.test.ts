// Finding fixtures: each test/fixtures/diagnostics/*.ntx is a text with the expected findings as caret lines under it.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { fixturePath } from '../support/paths';
import { renderWithCarets } from '../support/checkDiagnostics';

const folder = fixturePath('diagnostics');

describe('findings (caret fixtures)', () => {
  for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx')).sort()) {
    it(name, () => {
      const file = path.join(folder, name);
      const { expected, actual } = renderWithCarets(fs.readFileSync(file, 'utf8'));
      if (process.env.UPDATE === '1' && expected !== actual) fs.writeFileSync(file, actual);
      else assert.strictEqual(actual, expected);
    });
  }
});
