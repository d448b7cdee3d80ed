// The term table: occurrences by offset as the matcher adds them, the one at a cursor, and the objects it makes when asked.

import * as assert from 'assert';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import type { TermOccurrence } from '../../server/src/core/lexicon';

const { lexicon } = parseLexicon(
  [
    'terms:',
    '  - term: critical infrastructure',
    '    deprecated: [vital infrastructure]',
    '  - term: cyberspace',
    '    status: contested',
    '    useInstead: ICT environment',
    '  - term: ICT environment',
  ].join('\n'),
  'test.lexicon.yaml',
);

// Terms one character apart (`cyberspace—Critical`), further apart, and one that ends the text.
const TEXT = 'cyberspace—Critical infrastructure, then vital infrastructure';

function table() {
  return createTermMatcher([lexicon]).match(TEXT, [[0, TEXT.length]]);
}

/** The occurrence at `offset` as a plain search of the objects finds it. */
function searched(occurrences: readonly TermOccurrence[], offset: number, endIncluded: boolean): number {
  return occurrences.findIndex((t) => t.start <= offset && (endIncluded ? offset <= t.end : offset < t.end));
}

describe('term table', () => {
  it('holds the occurrences by start, each made as an object with its text, form and quick fix', () => {
    const occurrences = table().toArray();
    assert.deepStrictEqual(
      occurrences.map((t) => [t.start, t.end, t.matched, t.form, t.entry.term, t.replacement]),
      [
        [0, 10, 'cyberspace', 'term', 'cyberspace', 'ICT environment'],
        [11, 34, 'Critical infrastructure', 'term', 'critical infrastructure', undefined],
        [41, 61, 'vital infrastructure', 'deprecated', 'critical infrastructure', 'critical infrastructure'],
      ],
    );
  });

  it('reads its columns as the objects say', () => {
    const terms = table();
    const occurrences = terms.toArray();
    for (let i = 0; i < terms.length; i++) {
      assert.deepStrictEqual([terms.start(i), terms.end(i), terms.form(i), terms.entry(i)], [occurrences[i].start, occurrences[i].end, occurrences[i].form, occurrences[i].entry]);
      assert.deepStrictEqual(terms.occurrence(i), occurrences[i]);
    }
  });

  it('finds the occurrence at every offset as a search of the objects does, with and without its end', () => {
    const terms = table();
    const occurrences = terms.toArray();
    for (let offset = -1; offset <= TEXT.length + 1; offset++) {
      for (const endIncluded of [false, true]) assert.strictEqual(terms.indexAt(offset, endIncluded), searched(occurrences, offset, endIncluded), `offset ${offset}, end ${endIncluded ? '' : 'not '}included`);
    }
  });

  it('gives the first occurrence ending after an offset', () => {
    const terms = table();
    assert.deepStrictEqual([-1, 0, 9, 10, 11, 34, 60, 61, 99].map((offset) => terms.firstEndingAfter(offset)), [0, 0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('makes an empty table for another text with the same quick fixes', () => {
    const terms = table();
    const moved = terms.emptyFor(`  ${TEXT}`, 0);
    assert.strictEqual(moved.length, 0);
    for (let i = 0; i < terms.length; i++) moved.add(terms.start(i) + 2, terms.end(i) + 2, terms.pattern(i));
    assert.deepStrictEqual(
      moved.toArray(),
      terms.toArray().map((t) => ({ ...t, start: t.start + 2, end: t.end + 2 })),
    );
  });
});
