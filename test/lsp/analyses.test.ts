// The analysis cache: one analysis per uri + version, redone when data files or settings change.

import * as assert from 'assert';
import { DocumentContextBuilder, type WorkspaceFiles } from '../../server/src/core/workspace';
import { Analyses, type VersionedText } from '../../server/src/lsp/analyses';
import { DEFAULT_SETTINGS, readSettings, type NegotextSettings } from '../../server/src/lsp/settings';

const NO_FILES: WorkspaceFiles = { read: () => undefined, list: () => [], resolve: (d, r) => `${d}/${r}`, directoryOf: (p) => p.slice(0, p.lastIndexOf('/')) };

function document(version: number, text: string): VersionedText & { reads: number } {
  const doc = { uri: 'file:///a.ntx', version, languageId: 'negotext', reads: 0, getText: () => (doc.reads++, text) };
  return doc;
}

describe('analysis cache', () => {
  let settings: NegotextSettings;
  let analyses: Analyses;
  beforeEach(() => {
    settings = DEFAULT_SETTINGS;
    analyses = new Analyses(new DocumentContextBuilder(NO_FILES), () => settings, () => undefined);
  });

  it('analyses a version once', () => {
    const v1 = document(1, 'a [b]');
    const first = analyses.get(v1);
    assert.strictEqual(analyses.get(v1), first);
    assert.strictEqual(v1.reads, 1);
    assert.strictEqual(first.findings(), first.findings(), 'findings computed once');
  });

  it('a new version, an invalidation or new settings analyse again', () => {
    const first = analyses.get(document(1, 'a [b]'));
    const second = analyses.get(document(2, 'a [b] and [c]'));
    assert.notStrictEqual(second, first);
    assert.strictEqual(second.model.brackets.length, 2);
    analyses.invalidate();
    const third = analyses.get(document(2, 'a [b] and [c]'));
    assert.notStrictEqual(third, second);
    settings = readSettings({ diagnostics: { 'bracket.open': 'off' } });
    const fourth = analyses.get(document(2, 'a [b] and [c]'));
    assert.notStrictEqual(fourth, third);
    assert.deepStrictEqual(fourth.findings().map((f) => f.id), []);
  });

  it('counts the time spent making contexts, which a cached lexicon does not cost again', () => {
    let clock = 0;
    let lexiconReads = 0;
    const files: WorkspaceFiles = {
      ...NO_FILES,
      list: (suffix) => (suffix === '.lexicon.yaml' ? ['/ws/terms.lexicon.yaml'] : []),
      // The lexicon's first reading (and parsing, and matcher) is the slow, once-only part: 300 ms on this clock.
      read: (path) => (path === '/ws/terms.lexicon.yaml' ? ((clock += lexiconReads++ === 0 ? 300 : 1), 'terms:\n  - term: Party\n    status: agreed\n') : undefined),
    };
    analyses = new Analyses(new DocumentContextBuilder(files), () => settings, () => '/ws', () => clock);
    // Reading the draft's text takes 7 ms on this clock: not context work, not counted.
    const draft = (version: number, text: string) => ({ uri: 'file:///ws/a.ntx', version, languageId: 'negotext', getText: () => ((clock += 7), text) });
    assert.strictEqual(analyses.contextTime(), 0);
    assert.strictEqual(analyses.get(draft(1, 'Each Party [shall]')).model.terms.length, 1);
    assert.strictEqual(analyses.contextTime(), 300);
    analyses.get(draft(2, 'Each Party [should]'));
    assert.strictEqual(analyses.contextTime(), 301, 'the second version finds the lexicon read');
  });

  it('lets the stale analysis go before making the new one, so a long draft is not held twice at the peak', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    assert.ok(gc, 'mocha runs with --expose-gc (.mocharc.json)');
    let staleCollected: boolean | undefined;
    let stale: WeakRef<object> | undefined;
    // The document's folder is asked for once the new version is parsed, before it is analysed: collect there and look
    // (once: `deref` keeps its target alive to the end of the job).
    const folderFor = (): undefined => {
      if (stale !== undefined) gc();
      staleCollected = stale !== undefined && stale.deref() === undefined;
      return undefined;
    };
    analyses = new Analyses(new DocumentContextBuilder(NO_FILES), () => settings, folderFor);
    stale = new WeakRef(analyses.get(document(1, 'a [b]')).model);
    // A WeakRef keeps its target alive until the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    analyses.get(document(2, 'a [b] and [c]'));
    assert.strictEqual(staleCollected, true);
  });
});
