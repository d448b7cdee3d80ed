// The automaton reports every occurrence of its patterns that a plain search finds, whatever units the text has.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { AhoCorasick } from '../../server/src/core/lexicon/ahoCorasick';

/** Occurrences as `start..end id`, from the automaton: each output node and the shorter patterns down its chain. */
function found(patterns: readonly string[], text: string, mayStartAfter?: (previous: number, first: number) => boolean): string[] {
  const automaton = new AhoCorasick(mayStartAfter);
  patterns.forEach((pattern, id) => automaton.add(pattern, id));
  automaton.build();
  const codes = Uint16Array.from(text, (char) => char.charCodeAt(0));
  const occurrences: string[] = [];
  automaton.run(codes, 0, codes.length, 0, 0x20, (last, first) => {
    for (let node = first; node !== 0; node = automaton.nextOutput(node)) occurrences.push(`${last + 1 - automaton.lengthAt(node)}..${last + 1} ${automaton.patternAt(node)}`);
  });
  return occurrences.sort();
}

/** The plain search: every pattern at every place where it may start (the first of equal patterns). */
function searched(patterns: readonly string[], text: string, mayStartAfter?: (previous: number, first: number) => boolean): string[] {
  const occurrences: string[] = [];
  patterns.forEach((pattern, id) => {
    if (pattern.length === 0 || patterns.indexOf(pattern) !== id) return;
    for (let start = 0; start + pattern.length <= text.length; start++) {
      const previous = start > 0 ? text.charCodeAt(start - 1) : 0x20;
      if (text.startsWith(pattern, start) && (mayStartAfter === undefined || mayStartAfter(previous, pattern.charCodeAt(0)))) occurrences.push(`${start}..${start + pattern.length} ${id}`);
    }
  });
  return occurrences.sort();
}

function check(patterns: readonly string[], text: string, mayStartAfter?: (previous: number, first: number) => boolean): void {
  assert.deepStrictEqual(found(patterns, text, mayStartAfter), searched(patterns, text, mayStartAfter));
}

/** Starts only after a space: the matcher's rule that no match starts inside a word, in small. */
const afterSpace = (previous: number): boolean => previous === 0x20;

describe('AhoCorasick', () => {
  it('finds overlapping, nested and repeated patterns, across units no pattern has', () => {
    check(['he', 'she', 'his', 'hers'], 'ushers xhe shis');
    check(['ab', 'b', 'abc', 'c'], 'abcxabzc');
    check(['a a', 'a'], 'a a a z a');
    check(['ab', 'b'], 'ab zb b', afterSpace);
  });

  it('finds what the plain search finds in random texts, with and without a start rule', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'z', 'y'), maxLength: 60 });
    const patterns = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(fc.property(patterns, text, fc.boolean(), (p, t, rule) => check(p, t, rule ? afterSpace : undefined)), { numRuns: 1000 });
  });

  it('finds what the plain search finds with a large alphabet, where most states are records rather than rows', () => {
    // Some 2,000 units make rows so wide that only the first hundred-odd states get one.
    const unit = fc.integer({ min: 0, max: 1999 }).map((k) => String.fromCharCode(0x4e00 + k));
    const common = fc.constantFrom('\u4e00', '\u4e01', '\u4e02', ' ');
    const patternUnit = fc.oneof({ arbitrary: common, weight: 3 }, { arbitrary: unit, weight: 1 });
    const patterns = fc.array(fc.string({ unit: patternUnit, minLength: 1, maxLength: 5 }), { minLength: 300, maxLength: 400 });
    const text = fc.string({ unit: fc.oneof(patternUnit, fc.constantFrom('z', 'y')), maxLength: 200 });
    fc.assert(fc.property(patterns, text, fc.boolean(), (p, t, rule) => check(p, t, rule ? afterSpace : undefined)), { numRuns: 60 });
  });
});
