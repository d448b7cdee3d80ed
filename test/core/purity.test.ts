// The core stays free of LSP types and I/O: no file under server/src/core imports vscode* or a Node built-in.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinModules } from 'module';
import { REPO_ROOT } from '../support/paths';

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

describe('core purity', () => {
  it('imports no vscode* module and no Node built-in', () => {
    const forbidden = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const offenders: string[] = [];
    for (const file of sourceFiles(path.join(REPO_ROOT, 'server', 'src', 'core'))) {
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/(?:from\s+|require\()\s*['"]([^'"]+)['"]/g)) {
        const name = match[1];
        if (name.startsWith('vscode') || forbidden.has(name)) offenders.push(`${path.relative(REPO_ROOT, file)}: ${name}`);
      }
    }
    assert.deepStrictEqual(offenders, []);
  });
});
