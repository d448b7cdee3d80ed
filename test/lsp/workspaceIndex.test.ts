// The workspace index: each unopened draft kept as a digest that answers as its analysis would, read again only when
// it changes, and holding none of its text.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { delegationKey, delegationMentions } from '../../server/src/core/features/delegationReferences';
import { symbolEntries } from '../../server/src/core/features/workspaceSymbols';
import { DocumentContextBuilder, type WorkspaceFiles } from '../../server/src/core/workspace';
import type { Analysis } from '../../server/src/lsp/analyses';
import { DocumentDigest } from '../../server/src/lsp/documentDigest';
import { TextLines, toLspRange } from '../../server/src/lsp/positions';
import { WorkspaceIndex, type IndexedFiles } from '../../server/src/lsp/workspaceIndex';
import { generateText } from '../performance/generateText';
import { heapAfterCollection } from '../support/heap';

/** Drafts in memory, each with a stamp that a write changes; counts the reads the index makes. */
class Drafts implements IndexedFiles, WorkspaceFiles {
  private readonly texts = new Map<string, { text: string; stamp: string | undefined }>();
  private writes = 0;
  readOnces: string[] = [];

  write(path: string, text: string, stamped = true): void {
    this.texts.set(path, { text, stamp: stamped ? String(++this.writes) : undefined });
  }
  remove(path: string): void {
    this.texts.delete(path);
  }
  list(suffix: string): string[] {
    return [...this.texts.keys()].filter((p) => p.endsWith(suffix)).sort();
  }
  stamp(path: string): string | undefined {
    return this.texts.get(path)?.stamp;
  }
  readOnce(path: string): string | undefined {
    this.readOnces.push(path.slice(path.lastIndexOf('/') + 1));
    return this.texts.get(path)?.text;
  }
  read(path: string): string | undefined {
    return this.texts.get(path)?.text;
  }
  resolve(directory: string, relative: string): string {
    return `${directory}/${relative}`;
  }
  directoryOf(path: string): string {
    return path.slice(0, path.lastIndexOf('/'));
  }
}

/** What the index lists: `file: symbol names`, one line per document. */
async function listing(index: WorkspaceIndex): Promise<string[]> {
  return (await index.documents())!.map((d) => `${d.uri.slice(d.uri.lastIndexOf('/') + 1)}: ${Array.from({ length: d.symbolCount }, (_, i) => d.symbolName(i)).join(', ')}`);
}

/** Checks that a digest gives the symbols and mentions that the analysis of `text` gives, at the same LSP ranges. */
function checkDigestOf(text: string): void {
  const model = analyze(text);
  const lines = new TextLines(text);
  const digest = DocumentDigest.of('file:///ws/a.ntx', model, lines);
  const entries = symbolEntries(model);
  assert.strictEqual(digest.symbolCount, entries.length);
  entries.forEach((entry, i) => {
    const actual = { name: digest.symbolName(i), heading: digest.isHeading(i), container: digest.containerName(i), range: digest.symbolRange(i) };
    const expected = { name: entry.name, heading: entry.kind === 'heading', container: entry.container, range: toLspRange(lines, entry.selectionRange) };
    assert.deepStrictEqual(actual, expected, `symbol ${i}`);
  });
  const keys = new Set<string>();
  for (let c = 0; c < model.clauseTable.itemCount; c++) keys.add(delegationKey(model.clauseTable.item(c)));
  keys.add('?nobody');
  for (const key of keys) {
    assert.deepStrictEqual(
      digest.mentionsOf(key),
      delegationMentions(model, key).map((item) => toLspRange(lines, item)),
      key,
    );
  }
}

/** Pieces of drafts with many symbols and attributions, headings of one name at several levels among them. */
const PIECES = [
  '# Part I\n', '## Part I\n', '### 𝒜rticle 2 bis\n', 'OP1. ', 'PP2. ', '(a) ', '1. ', 'Decides', ' to act', '[x]', '{US, Narnia}',
  '{proposed: USA; opposed: CN}', '{ad ref}', '{', '}', '[', ']', '\n', '\n\n', '\r\n', '\r', 'Option 1: ', '😀', ' ', '.',
];

describe('workspace index', () => {
  it('a digest answers as the analysis it was made from, for drafts made of random pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => checkDigestOf(pieces.join(''))),
      { numRuns: 300 },
    );
  });

  it('a digest answers as the analysis it was made from: symbols, their sections and ranges, each delegation\'s mentions', () => {
    checkDigestOf('');
    checkDigestOf('# Part I\n## Article 1\nOP1. Decides {US, EU}:\n(a) to act {proposed: Narnia};\n\n# Part I\nPP2. Again {Narnia; opposed: US}.');
    checkDigestOf('# 𝒜rticle 1\r\nOP1. [Decides]{US} 😀 that\r\n## 𝒜rticle 1\r\nOP2. Also {UK}.');
    for (const seed of [1, 2, 3]) checkDigestOf(generateText(30 * 1024, { seed }));
  });

  it('reads a draft again only when its stamp changes, forgets drafts that are gone, and reads unstamped ones each time', async () => {
    const drafts = new Drafts();
    drafts.write('/ws/a.ntx', '# A\nOP1. One.');
    drafts.write('/ws/b.ntx', '# B\nOP1. Two.');
    drafts.write('/ws/terms.lexicon.yaml', 'terms: []');
    const index = new WorkspaceIndex(drafts, new DocumentContextBuilder(drafts), () => []);
    assert.deepStrictEqual(await listing(index), ['a.ntx: A, OP1 One.', 'b.ntx: B, OP1 Two.']);
    assert.deepStrictEqual(drafts.readOnces, ['a.ntx', 'b.ntx']);
    await listing(index);
    assert.deepStrictEqual(drafts.readOnces, ['a.ntx', 'b.ntx'], 'nothing read again');
    drafts.write('/ws/b.ntx', '# B\nOP1. Two.\nOP2. Three.');
    drafts.remove('/ws/a.ntx');
    drafts.write('/ws/c.ntx', '# C', false);
    assert.deepStrictEqual(await listing(index), ['b.ntx: B, OP1 Two., OP2 Three.', 'c.ntx: C']);
    await listing(index);
    assert.deepStrictEqual(drafts.readOnces, ['a.ntx', 'b.ntx', 'b.ntx', 'c.ntx', 'c.ntx']);
    drafts.write('/ws/a.ntx', '# A again');
    assert.deepStrictEqual(await listing(index), ['a.ntx: A again', 'b.ntx: B, OP1 Two., OP2 Three.', 'c.ntx: C'], 'a draft that comes back is read anew');
  });

  it('takes open documents from their analyses, first, and does not read their files', async () => {
    const drafts = new Drafts();
    drafts.write('/ws/a.ntx', '# On disk');
    drafts.write('/ws/b.ntx', '# B');
    const text = '# Unsaved\nOP1. Typed.';
    const open = { uri: 'file:///ws/a.ntx', lines: new TextLines(text), model: analyze(text) } as unknown as Analysis;
    const index = new WorkspaceIndex(drafts, new DocumentContextBuilder(drafts), () => [open]);
    assert.deepStrictEqual(await listing(index), ['a.ntx: Unsaved, OP1 Typed.', 'b.ntx: B']);
    assert.strictEqual((await index.documents())![0], (await index.documents())![0], 'one digest per analysis');
    assert.deepStrictEqual(drafts.readOnces, ['b.ntx']);
  });

  it('lets other work through while it reads, stops when cancelled, and goes on from there at the next request', async () => {
    const drafts = new Drafts();
    for (let i = 0; i < 30; i++) drafts.write(`/ws/d${String(i).padStart(2, '0')}.ntx`, `# Draft ${i}`);
    // Each read takes 3 ms here, so that reading them all outlasts the index's time slices.
    const read = drafts.readOnce.bind(drafts);
    drafts.readOnce = (path) => {
      const until = Date.now() + 3;
      while (Date.now() < until);
      return read(path);
    };
    const index = new WorkspaceIndex(drafts, new DocumentContextBuilder(drafts), () => []);
    const token = { isCancellationRequested: false };
    let readsWhenOtherWorkRan = -1;
    setImmediate(() => {
      readsWhenOtherWorkRan = drafts.readOnces.length;
      token.isCancellationRequested = true;
    });
    assert.strictEqual(await index.documents(token), undefined, 'cancelled');
    assert.ok(readsWhenOtherWorkRan > 0 && readsWhenOtherWorkRan < 30, `other work ran after ${readsWhenOtherWorkRan} reads`);
    const readBefore = drafts.readOnces.length;
    assert.strictEqual((await index.documents())!.length, 30);
    assert.strictEqual(drafts.readOnces.length, 30, `each draft read once (${readBefore} before the cancellation)`);
  });

  it('keeps none of the drafts\' text: names and keys are copies, not views into it', async () => {
    const drafts = new Drafts();
    // Few symbols and mentions, in much prose: were a name or a key a view into its draft, each draft would stay alive.
    const prose = 'the parties agree to cooperate further in good faith '.repeat(2000);
    let chars = 0;
    const before = heapAfterCollection();
    for (let i = 0; i < 40; i++) {
      const text = `# A heading long enough to be sliced ${i}\nOP1. Decides ${prose}{delegation of somewhere ${i}}.\n`;
      drafts.write(`/ws/d${i}.ntx`, text);
      chars += text.length;
    }
    const index = new WorkspaceIndex(drafts, new DocumentContextBuilder(drafts), () => []);
    assert.strictEqual((await index.documents())!.length, 40);
    for (let i = 0; i < 40; i++) drafts.remove(`/ws/d${i}.ntx`);
    const kept = heapAfterCollection() - before;
    assert.ok(kept < chars / 10, `the index keeps ${(kept / 1048576).toFixed(2)} MB for ${(chars / 1048576).toFixed(2)} M characters of drafts`);
    // The index was alive, its digests kept, while the heap was measured.
    assert.strictEqual((await index.documents())!.length, 0);
  });
});
