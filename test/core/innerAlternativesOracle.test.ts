// A bracket's inner alternatives are what a plain reading finds: each spaced `/` splits the innermost closed bracket around it.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, lex } from '../../server/src/core';
import type { DocumentModel, Range } from '../../server/src/core/analysis/model';
import { Tok } from '../../server/src/core/syntax/tokens';
import { generateText } from '../performance/generateText';

/**
 * The inner alternatives of every bracket, read the obvious way: every `/` token that does not follow `]` or `}` goes
 * to the last-opened bracket that spans it, if that bracket is closed; a bracket with separators is cut at them.
 */
function oracleInnerAlternatives(text: string, model: DocumentModel): Range[][] {
  const { tokens } = lex(text);
  const separators: number[][] = model.brackets.map(() => []);
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.kinds[k] !== Tok.Slash) continue;
    const slash = tokens.starts[k];
    if (text[slash - 1] === ']' || text[slash - 1] === '}') continue;
    let owner = -1;
    model.brackets.forEach((bracket, index) => {
      if (bracket.start < slash && bracket.end > slash) owner = index;
    });
    if (owner >= 0 && model.brackets[owner].closed) separators[owner].push(slash);
  }
  return model.brackets.map((bracket, index) => {
    if (separators[index].length === 0) return [];
    const parts: Range[] = [];
    let from = bracket.start + 1;
    for (const slash of separators[index]) {
      parts.push({ start: from, end: slash });
      from = slash + 1;
    }
    parts.push({ start: from, end: bracket.end - 1 });
    return parts;
  });
}

function check(text: string): void {
  const model = analyze(text);
  const found = model.brackets.map((bracket) => bracket.innerAlternatives.map((part) => ({ start: part.start, end: part.end })));
  assert.deepStrictEqual(found, oracleInnerAlternatives(text, model), JSON.stringify(text));
}

const PIECES = ['[', ']', ' / ', '/', '] / [', ']/[', '{US}', '{', '}', 'a ', 'text', '\n', '\n\n', 'OP1. ', '(a) ', '<!-- / -->', '# ', '\\/'];

describe('inner alternatives oracle', () => {
  it('equals the plain reading on texts of brackets, slashes and annotations', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }), (pieces) => check(pieces.join(''))),
      { numRuns: 2000 },
    );
  });

  it('equals the plain reading on a benchmark text', () => {
    check(generateText(60_000, { seed: 3 }));
  });
});
