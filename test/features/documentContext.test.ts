// Document contexts over a fake workspace: which lexicons and delegations a document is analysed with, and caching by content.

import * as assert from 'assert';
import { analyze, parse } from '../../server/src/core';
import { DocumentContextBuilder, frontMatterOf, type WorkspaceFiles } from '../../server/src/core/workspace';

/** An in-memory workspace with `/`-separated paths. */
class FakeFiles implements WorkspaceFiles {
  reads = 0;
  constructor(readonly files: Record<string, string>) {}
  read(path: string): string | undefined {
    this.reads++;
    return this.files[path];
  }
  list(suffix: string): string[] {
    return Object.keys(this.files).filter((p) => p.endsWith(suffix)).sort();
  }
  resolve(directory: string, relative: string): string {
    if (relative.startsWith('/')) return relative;
    const parts = directory.split('/');
    for (const part of relative.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/');
  }
  directoryOf(path: string): string {
    return path.slice(0, path.lastIndexOf('/'));
  }
}

const lexicon = (term: string) => `terms:\n  - term: ${term}\n    status: agreed\n`;

/** The lexicon terms and registry facts a document at `path` ends up with. */
function checkContext(files: FakeFiles, path: string | undefined, text: string, settings: Parameters<DocumentContextBuilder['contextFor']>[2], expected: { terms: string[]; delegation?: [string, string | undefined]; missing?: string[] }): void {
  const tree = parse(text);
  const context = new DocumentContextBuilder(files).contextFor(path, frontMatterOf(tree), settings);
  assert.deepStrictEqual(context.lexicons.flatMap((l) => l.entries.map((e) => e.term)), expected.terms);
  if (expected.delegation) assert.strictEqual(analyze(tree, context.options).clauseTable.itemCode(0), expected.delegation[1], expected.delegation[0]);
  assert.deepStrictEqual(context.missing.map((m) => m.written), expected.missing ?? []);
}

describe('document context', () => {
  const files = new FakeFiles({
    '/ws/a.lexicon.yaml': lexicon('alpha'),
    '/ws/sub/b.lexicon.yaml': lexicon('beta'),
    '/ws/terms/own.lexicon.yaml': lexicon('own'),
    '/ws/delegations.yaml': 'delegations:\n  - code: CfRN\n    name: Coalition for Rainforest Nations\n',
  });
  it('every workspace lexicon when nothing names one', () => checkContext(files, '/ws/sub/doc.ntx', 'Text', {}, { terms: ['alpha', 'beta', 'own'] }));
  it('the front matter wins, relative to the document', () => checkContext(files, '/ws/sub/doc.ntx', '---\nlexicon: ../terms/own.lexicon.yaml\n---\nText', { lexiconPaths: ['a.lexicon.yaml'], folder: '/ws' }, { terms: ['own'] }));
  it('then the settings, relative to the workspace folder', () => checkContext(files, '/ws/sub/doc.ntx', 'Text', { lexiconPaths: ['a.lexicon.yaml'], folder: '/ws' }, { terms: ['alpha'] }));
  it('a missing lexicon is reported as written', () => checkContext(files, '/ws/doc.ntx', '---\nlexicon: [nope.lexicon.yaml, a.lexicon.yaml]\n---\nText', {}, { terms: ['alpha'], missing: ['nope.lexicon.yaml'] }));
  it('the nearest delegations.yaml adds delegations', () => checkContext(files, '/ws/sub/doc.ntx', '[a]{CfRN}', { lexiconPaths: ['a.lexicon.yaml'], folder: '/ws' }, { terms: ['alpha'], delegation: ['workspace delegation', 'CfRN'] }));
  it('without a delegations file only the built-in registry', () => {
    checkContext(new FakeFiles({}), '/other/doc.ntx', '[a]{CfRN}', {}, { terms: [], delegation: ['unknown without the file', undefined] });
  });
  it('an untitled document uses the settings and the workspace', () => checkContext(files, undefined, '[a]{CfRN}', { lexiconPaths: ['/ws/a.lexicon.yaml'] }, { terms: ['alpha'], delegation: ['untitled', 'CfRN'] }));

  it('parses a file once per content and rebuilds when it changes', () => {
    const workspace = new FakeFiles({ '/w/t.lexicon.yaml': lexicon('one') });
    const builder = new DocumentContextBuilder(workspace);
    const first = builder.contextFor('/w/d.ntx', undefined);
    const again = builder.contextFor('/w/d.ntx', undefined);
    assert.strictEqual(again.lexicons[0], first.lexicons[0], 'same content, same parsed lexicon');
    assert.strictEqual(again.options.terms, first.options.terms, 'same lexicons, same matcher');
    workspace.files['/w/t.lexicon.yaml'] = lexicon('two');
    const changed = builder.contextFor('/w/d.ntx', undefined);
    assert.deepStrictEqual(changed.lexicons[0].entries.map((e) => e.term), ['two']);
    assert.notStrictEqual(changed.options.terms, first.options.terms);
  });
  it('reports problems of open data files', () => {
    const builder = new DocumentContextBuilder(new FakeFiles({ '/w/x.lexicon.yaml': 'terms:\n  - term: t\n    status: agred\n', '/w/notes.txt': 'x' }));
    assert.deepStrictEqual(builder.dataFileProblems('/w/x.lexicon.yaml')?.map((p) => p.id), ['lexicon.unknownStatus']);
    assert.strictEqual(builder.dataFileProblems('/w/notes.txt'), undefined);
  });
});
