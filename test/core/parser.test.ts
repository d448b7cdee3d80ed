// Parser fixtures: each test/fixtures/parser/*.ntx beside its readable *.tree dump (rewrite with UPDATE=1, review like code).

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { dumpTree, parse } from '../../server/src/core';
import { fixturePath } from '../support/paths';

const folder = fixturePath('parser');

describe('parser fixtures', () => {
  for (const name of fs.readdirSync(folder).filter((f) => f.endsWith('.ntx')).sort()) {
    it(name, () => {
      const source = path.join(folder, name);
      const treeFile = source.replace(/\.ntx$/, '.tree');
      const actual = dumpTree(parse(fs.readFileSync(source, 'utf8')));
      if (process.env.UPDATE === '1' || !fs.existsSync(treeFile)) {
        fs.writeFileSync(treeFile, actual);
        if (process.env.UPDATE !== '1') assert.fail(`wrote missing ${path.basename(treeFile)}; review it and run again`);
      }
      assert.strictEqual(actual, fs.readFileSync(treeFile, 'utf8'));
    });
  }
});
