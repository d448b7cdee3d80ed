// Runs vscode-tmgrammar-test on every `test/grammar/*.ntx` assertion file, one named test per file.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseScopeAssertion } from 'vscode-tmgrammar-test/dist/unit/parsing';

const root = path.resolve(__dirname, '../../..');
const casesDir = path.join(root, 'test/grammar');
const grammarPath = path.join(root, 'syntaxes/negotext.tmLanguage.json');
// VS Code's YAML grammar is not available offline; the stub is just enough to see front matter handed to YAML.
const yamlStub = path.join(casesDir, 'yamlStub.tmLanguage.json');
// This case checks what happens when no YAML grammar is installed at all, so it runs without the stub.
const WITHOUT_YAML = new Set(['frontMatterWithoutYaml.ntx']);
const COMMENT_TOKEN = '<!--';

function toolBin(): string {
  const packageDir = path.dirname(require.resolve('vscode-tmgrammar-test/package.json', { paths: [root] }));
  const manifest = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  return path.join(packageDir, manifest.bin['vscode-tmgrammar-test']);
}

/**
 * The tool silently ignores a `<-` assertion it cannot parse (two `-` exclusion groups, say),
 * which would make a broken expectation pass; so every assertion line must yield an assertion.
 */
function malformedAssertions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line, number: index + 1 }))
    .filter(({ line }) => line.startsWith(COMMENT_TOKEN) && /^\s*(\^|<~*-+)/.test(line.slice(COMMENT_TOKEN.length)))
    .filter(({ line, number }) => {
      try {
        return parseScopeAssertion(number, COMMENT_TOKEN.length, line).length === 0;
      } catch {
        return true;
      }
    })
    .map(({ line, number }) => `line ${number}: ${line}`);
}

const cases = fs.readdirSync(casesDir).filter((name) => name.endsWith('.ntx')).sort();

describe('grammar', () => {
  it('has assertion files for every construct', () => {
    const expected = ['alternatives', 'annotations', 'brackets', 'comments', 'escapes', 'footnotes', 'frontMatter', 'headings', 'labels', 'options', 'unclosed'];
    for (const name of expected) assert.ok(cases.includes(`${name}.ntx`), `missing test/grammar/${name}.ntx`);
  });

  it('is the grammar package.json contributes, for text.negotext', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contribution = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'negotext');
    assert.strictEqual(path.resolve(root, contribution.path), grammarPath);
    const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
    assert.strictEqual(grammar.scopeName, 'text.negotext');
    assert.strictEqual(contribution.scopeName, grammar.scopeName);
  });

  for (const name of cases) {
    it(name, function () {
      // One process per file costs about a second; the default timeout would be tight on a slow CI machine.
      this.timeout(60000);
      const file = path.join(casesDir, name);
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.startsWith(`${COMMENT_TOKEN} SYNTAX TEST "text.negotext"`), 'the first line must be the tool header');
      assert.deepStrictEqual(malformedAssertions(text), [], 'assertion lines the tool would ignore');
      const args = [toolBin(), '--config', path.join(root, 'package.json'), '--compact'];
      if (!WITHOUT_YAML.has(name)) args.push('--grammar', yamlStub);
      args.push(path.relative(root, file));
      const run = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
      assert.strictEqual(run.error, undefined);
      assert.ok(run.stdout.includes(path.relative(root, file)), `the tool did not run ${name}:\n${run.stdout}${run.stderr}`);
      assert.strictEqual(run.status, 0, `${run.stdout}${run.stderr}`);
    });
  }
});

describe('grammar generator', () => {
  it('syntaxes/negotext.tmLanguage.json is what scripts/generateGrammar.mjs writes', () => {
    const out = path.join(os.tmpdir(), `negotext-grammar-${process.pid}.json`);
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'generateGrammar.mjs'), out], { encoding: 'utf8' });
    assert.strictEqual(result.status, 0, result.stderr);
    const generated = fs.readFileSync(out, 'utf8');
    fs.rmSync(out, { force: true });
    assert.strictEqual(generated, fs.readFileSync(path.join(root, 'syntaxes', 'negotext.tmLanguage.json'), 'utf8'), 'edit scripts/generateGrammar.mjs and regenerate, not the JSON');
  });
});
