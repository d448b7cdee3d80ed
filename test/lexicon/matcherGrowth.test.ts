// The matcher scans in linear time: doubling the text roughly doubles the time, with 2,000 terms.

import * as assert from 'assert';
import { createTermMatcher, type Lexicon, type LexiconEntry } from '../../server/src/core/lexicon';

/** A deterministic pseudo-random generator, so that the corpus is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const next = random(42);
const syllables = ['ca', 'pa', 'ci', 'ty', 'tech', 'no', 'lo', 'gy', 'in', 'fra', 'struc', 'ture', 'se', 'cu', 'ri', 'da', 'ta', 'net', 'work', 'mea', 'sure'];
const word = (): string => Array.from({ length: 2 + Math.floor(next() * 3) }, () => syllables[Math.floor(next() * syllables.length)]).join('');
const vocabulary = Array.from({ length: 3_000 }, word);

function entry(term: string): LexiconEntry {
  return { term, status: 'agreed', variants: [], deprecated: [], translations: {}, deprecatedTranslations: {}, start: 0, end: 0, termStart: 0, termEnd: 0 };
}

/** 2,000 terms of one to four words drawn from the same vocabulary as the text, so that many partly match. */
const lexicon: Lexicon = {
  path: 'synthetic.lexicon.yaml',
  entries: Array.from({ length: 2_000 }, () => entry(Array.from({ length: 1 + Math.floor(next() * 4) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' '))),
};

function text(length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const part = next() < 0.1 ? lexicon.entries[Math.floor(next() * lexicon.entries.length)].term : vocabulary[Math.floor(next() * vocabulary.length)];
    const separator = next() < 0.05 ? '\n    ' : next() < 0.1 ? ', ' : ' ';
    parts.push(part, separator);
    size += part.length + separator.length;
  }
  return parts.join('').slice(0, length);
}

/** Milliseconds taken by `run`. */
function time(run: () => void): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

describe('term matcher growth', function () {
  this.timeout(120_000);

  it('doubling a 512 KB text to 1 MB less than triples the matching time (2,000 terms)', () => {
    const matcher = createTermMatcher([lexicon]);
    const half = text(512 * 1024);
    const full = half + ' ' + text(512 * 1024 - 1);
    let found = 0;
    matcher.match(half, [[0, half.length]]); // warm-up: compile the hot paths before measuring
    /** The ratio of the fastest runs of each size, interleaved so that both sizes see the same load. */
    const measure = (): { small: number; large: number; ratio: number } => {
      let small = Infinity;
      let large = Infinity;
      for (let i = 0; i < 7; i++) {
        small = Math.min(small, time(() => {
          found = matcher.match(half, [[0, half.length]]).length;
        }));
        large = Math.min(large, time(() => matcher.match(full, [[0, full.length]])));
      }
      return { small, large, ratio: large / small };
    };
    // Other processes on a shared machine can slow a whole series of runs; a quadratic matcher is slow in
    // every attempt (a ratio near 4), so one attempt under 3 out of three shows linear growth.
    const attempts: Array<{ small: number; large: number; ratio: number }> = [];
    do attempts.push(measure());
    while (attempts[attempts.length - 1].ratio >= 3 && attempts.length < 3);
    const shown = attempts.map(({ small, large, ratio }) => `${small.toFixed(0)} ms for 512 KB, ${large.toFixed(0)} ms for 1 MB, ratio ${ratio.toFixed(2)}`).join('; ');
    if (process.env.LEXICON_TIMINGS) console.log(`      ${shown}; ${found} occurrences in 512 KB`);
    assert.ok(found > 1_000, `only ${found} occurrences: the corpus does not exercise the matcher`);
    assert.ok(attempts[attempts.length - 1].ratio < 3, `time ratios: ${shown}`);
  });
});
