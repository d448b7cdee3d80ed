// Texts in the style of real negotiations and of Word/Markdown conversions: no errors, and findings pinned as caret snapshots.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, checkText, computeOutline, hoverAt } from '../../server/src/core';
import { annotate } from '../support/checkDiagnostics';
import { fixturePath } from '../support/paths';

const folder = fixturePath('realistic');

describe('realistic texts', () => {
  for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx')).sort()) {
    it(`${name}: no error, findings as in ${name.replace(/\.ntx$/, '.findings')}`, () => {
      const text = fs.readFileSync(path.join(folder, name), 'utf8');
      const findings = checkText(text);
      assert.deepStrictEqual(findings.filter((f) => f.severity === 'error').map((f) => f.message), []);
      const snapshot = path.join(folder, name.replace(/\.ntx$/, '.findings'));
      const actual = annotate(text, findings);
      if (process.env.UPDATE === '1' || !fs.existsSync(snapshot)) {
        fs.writeFileSync(snapshot, actual);
        if (process.env.UPDATE !== '1') assert.fail(`wrote missing ${path.basename(snapshot)}; review it and run again`);
      }
      assert.strictEqual(actual, fs.readFileSync(snapshot, 'utf8'));
    });
  }

  it('outline and hover answer at every offset of every realistic text', () => {
    for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx'))) {
      const model = analyze(fs.readFileSync(path.join(folder, name), 'utf8'));
      assert.ok(computeOutline(model).length > 0, `${name} has an outline`);
      for (let offset = 0; offset <= model.text.length; offset++) hoverAt(model, offset);
    }
  });
});
