// The CLI starts without the Word module (`dist/word.js`, a bundle of its own) and loads it for a Word command.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturePath, REPO_ROOT } from '../support/paths';

/** Runs `commands` through the bundled CLI in one process; tells, after each, whether `dist/word.js` was loaded. */
function wordLoadedAfter(commands: string[][]): Array<{ status: number; wordLoaded: boolean }> {
  const script = `
    const cli = require(${JSON.stringify(path.join(REPO_ROOT, 'dist', 'cli.js'))});
    const word = ${JSON.stringify(path.join(REPO_ROOT, 'dist', 'word.js'))};
    (async () => {
      const seen = [];
      for (const command of ${JSON.stringify(commands)}) {
        const status = await cli.runCli(command, () => {}, (text) => process.stderr.write(text + '\\n'));
        seen.push({ status, wordLoaded: require.cache[word] !== undefined });
      }
      process.stdout.write(JSON.stringify(seen));
    })();`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  assert.strictEqual(result.status, 0, result.stderr);
  return JSON.parse(result.stdout) as Array<{ status: number; wordLoaded: boolean }>;
}

describe('bundles: the Word module apart', () => {
  let folder: string;
  before(() => (folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-word-apart-'))));
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('checks, counts and reports without loading dist/word.js, and loads it for a Word export', function () {
    this.timeout(60000);
    const draft = fixturePath('exports', 'resolution.ntx');
    const output = path.join(folder, 'resolution.docx');
    const seen = wordLoadedAfter([['check', draft], ['stats', draft], ['report', 'status', draft], ['export', 'docx', draft, '-o', output]]);
    assert.deepStrictEqual(
      seen.map((s) => s.wordLoaded),
      [false, false, false, true],
    );
    assert.strictEqual(seen[3].status, 0);
    // A .docx is a zip file: it starts with `PK`.
    assert.strictEqual(fs.readFileSync(output).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('says what is missing when the CLI bundle is copied without word.js, and still checks', () => {
    const alone = path.join(folder, 'alone');
    fs.mkdirSync(alone);
    fs.copyFileSync(path.join(REPO_ROOT, 'dist', 'cli.js'), path.join(alone, 'cli.js'));
    const draft = fixturePath('exports', 'resolution.ntx');
    const run = (...args: string[]) => spawnSync(process.execPath, [path.join(alone, 'cli.js'), ...args], { encoding: 'utf8', timeout: 60_000 });
    assert.notStrictEqual(run('check', draft).status, 2);
    const exported = run('export', 'docx', draft, '-o', path.join(alone, 'out.docx'));
    assert.strictEqual(exported.status, 2);
    assert.match(exported.stderr, /the Word module \(word\.js\) is not beside the Negotext bundle: copy dist\/word\.js with it, or run `npm run build`/);
  });

  it('leaves the Word libraries out of the CLI and server bundles, and puts them in dist/word.js', () => {
    // esbuild starts each module of a bundle with a comment giving its path: `// node_modules/docx/dist/index.mjs`.
    const wordModules = (bundle: string) =>
      [...fs.readFileSync(path.join(REPO_ROOT, 'dist', bundle), 'utf8').matchAll(/^\/\/ (node_modules\/(?:docx|mammoth|jszip)\/|server\/src\/word\/(?!loadWord\.ts))\S*/gm)].map((m) => m[0]);
    assert.deepStrictEqual(wordModules('cli.js'), []);
    assert.deepStrictEqual(wordModules('server.js'), []);
    assert.ok(wordModules('word.js').length >= 5, wordModules('word.js').join(', '));
  });
});
