// An unchanged front matter is read once: shared between versions, at the right offsets, frozen, and keeping no draft alive.

import * as assert from 'assert';
import { getHeapSpaceStatistics } from 'v8';
import { analyze } from '../../server/src/core';
import { MAX_CACHED_FRONT_MATTER } from '../../server/src/core/analysis/frontMatterCache';

const FRONT = '---\ntitle: Draft outcome document of the conference\nlanguage: xx\n---\n';

/** Bytes held in V8's space for large objects (a multi-megabyte text lives there), after a full collection. */
function largeObjectBytes(): number {
  // V8 keeps the subject of the last successful regular expression match (`RegExp.input`), here the draft the lexer
  // read last: one match on a short string lets it go.
  /x/.exec('x');
  (globalThis as { gc?: () => void }).gc!();
  return getHeapSpaceStatistics().find((space) => space.space_name === 'large_object_space')!.space_used_size;
}

describe('front matter cache', () => {
  it('gives two versions of a draft with the same front matter the same reading', () => {
    const first = analyze(`${FRONT}\n1. First version [text].\n`).frontMatter!;
    const second = analyze(`${FRONT}\n1. Second version, [edited] further.\n`).frontMatter!;
    assert.strictEqual(second, first);
    assert.strictEqual(first.title, 'Draft outcome document of the conference');
    assert.strictEqual(first.problems.length, 1, 'the unknown language is reported');
  });

  it('reads an edited front matter anew', () => {
    const before = analyze(`${FRONT}\n1. Text.\n`).frontMatter!;
    const after = analyze(`${FRONT.replace('language: xx', 'language: fr')}\n1. Text.\n`).frontMatter!;
    assert.notStrictEqual(after, before);
    assert.strictEqual(after.language, 'fr');
    assert.deepStrictEqual(after.problems, []);
  });

  it('keeps the offsets of the document the front matter stands in (a byte order mark moves them)', () => {
    const plain = analyze(`${FRONT}\n1. Text.\n`).frontMatter!;
    const withMark = analyze(`\ufeff${FRONT}\n1. Text.\n`).frontMatter!;
    assert.notStrictEqual(withMark, plain);
    assert.strictEqual(withMark.start, plain.start + 1);
    assert.strictEqual(withMark.body.start, plain.body.start + 1);
    assert.strictEqual(withMark.problems[0].start, plain.problems[0].start + 1);
  });

  it('hands out frozen readings, as models share them', () => {
    const frontMatter = analyze(`${FRONT}\n1. Text.\n`).frontMatter!;
    assert.ok(Object.isFrozen(frontMatter) && Object.isFrozen(frontMatter.data) && Object.isFrozen(frontMatter.problems) && Object.isFrozen(frontMatter.body));
    assert.throws(() => {
      (frontMatter.data as Record<string, unknown>).title = 'changed';
    }, TypeError);
  });

  it('reads a very long front matter every time, and reads it right', () => {
    const long = `---\ntitle: Long\nnotes: "${'n'.repeat(MAX_CACHED_FRONT_MATTER)}"\n---\n`;
    const first = analyze(`${long}\n1. Text.\n`).frontMatter!;
    const second = analyze(`${long}\n1. Text.\n`).frontMatter!;
    assert.notStrictEqual(second, first);
    assert.deepStrictEqual(second, first);
    assert.strictEqual(first.title, 'Long');
  });

  it('keeps no view into the draft a front matter came from', () => {
    assert.ok((globalThis as { gc?: () => void }).gc, 'mocha runs with --expose-gc (.mocharc.json)');
    const before = largeObjectBytes();
    (() => {
      // A title of 13 characters or more: V8 would cut it from the text as a view, not a copy.
      const text = `---\ntitle: A front matter seen only in this draft\n---\n\n${'Filler prose of a long draft. '.repeat(200_000)}\n`;
      assert.strictEqual(analyze(text).frontMatter!.title, 'A front matter seen only in this draft');
      assert.ok(largeObjectBytes() - before > 5_000_000, 'the text is alive while analysed');
    })();
    const kept = largeObjectBytes() - before;
    assert.ok(kept < 1_000_000, `${(kept / 1e6).toFixed(1)} MB still held after the draft is gone`);
  });
});
