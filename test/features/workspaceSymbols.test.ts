// Workspace symbol entries and query matching as (text or query, expected) data.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { symbolEntries, symbolQueryMatcher } from '../../server/src/core/features/workspaceSymbols';

/** Symbols as `kind name < container`. */
function checkSymbols(text: string, expected: string[]): void {
  assert.deepStrictEqual(symbolEntries(analyze(text)).map((e) => `${e.kind} ${e.name}${e.container ? ` < ${e.container}` : ''}`), expected);
}

function checkQuery(name: string, query: string, expected: boolean): void {
  assert.strictEqual(symbolQueryMatcher(query)(name), expected, `${name} ~ ${query}`);
}

describe('workspace symbols', () => {
  it('headings and labelled paragraphs with their section', () => {
    checkSymbols('# Part I\n## Article 1\nOP1. Decides:\n(a) to act.\n\nOption 1: A.\nOption 2: B.', [
      'heading Part I',
      'heading Article 1 < Part I',
      'paragraph OP1 Decides: < Article 1',
      'paragraph (a) to act. < Article 1',
    ]);
  });
  it('queries match in order, ignoring case and spaces', () => {
    checkQuery('OP3 Decides', 'op3', true);
    checkQuery('Article 2 bis', 'art2', true);
    checkQuery('Article 2', '', true);
    checkQuery('Article 2', '3', false);
    checkQuery('PP1 Recalling', 'rp', false);
  });
});
