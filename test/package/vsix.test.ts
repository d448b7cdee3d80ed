// The packaged extension ships only what runs: the bundles, the manifest and the declarative contributions.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

describe('vsix contents', () => {
  it('vsce would package only the bundles, manifest, grammar, snippets, schemas, README, LICENSE and README images', function () {
    this.timeout(60000);
    const vsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
    const result = spawnSync(vsce, ['ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
    const files = result.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^language-configuration\.json$/, /^dist\/(client|server|word)\.js$/, /^syntaxes\/[\w.-]+\.json$/, /^snippets\/[\w.-]+\.json$/, /^schemas\/[\w.-]+\.json$/, /^docs\/images\/[\w.-]+\.png$/];
    assert.deepStrictEqual(files.filter((f) => !allowed.some((a) => a.test(f))), []);
    for (const needed of ['dist/client.js', 'dist/server.js', 'dist/word.js', 'package.json', 'syntaxes/negotext.tmLanguage.json']) assert.ok(files.includes(needed), `${needed} is packaged`);
    // Every file the manifest points at is shipped.
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const pointed = [manifest.main, ...manifest.contributes.grammars.map((g: { path: string }) => g.path), ...manifest.contributes.snippets.map((s: { path: string }) => s.path), ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration)];
    for (const file of pointed) assert.ok(files.includes(path.posix.normalize(file)), `${file} from package.json is packaged`);
  });
});
