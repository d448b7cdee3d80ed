// The full analysis grows linearly: each doubling of a generated negotiation text (100 → 200 → 400 KB) less than
// triples the median time, without and with a 2,000-term lexicon. Ratios only, never absolute times.

import * as assert from 'assert';
import { analyze, computeFindings, computeOutline, type TermMatcher } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import { generateLexicon, generateText } from './generateText';

const registry = builtinRegistry();

/** What the editor does for one version: parse, model, every finding, the outline. */
function fullAnalysis(text: string, terms?: TermMatcher): number {
  const model = analyze(text, terms ? { delegations: registry, terms } : { delegations: registry });
  return computeFindings(model, { delegations: registry }).length + computeOutline(model).length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median milliseconds per text, from interleaved rounds (each round times every text once, in a rotated order), so
 * that a burst of load on a shared machine hits all sizes alike. The first round is a warm-up.
 */
function medians(texts: readonly string[], run: (text: string) => number, rounds: number): number[] {
  const times: number[][] = texts.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    for (let k = 0; k < texts.length; k++) {
      const i = (round + k) % texts.length;
      const started = process.hrtime.bigint();
      run(texts[i]);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (round > 0) times[i].push(elapsed);
    }
  }
  return times.map(median);
}

const KB = 1024;
const SIZES = [100 * KB, 200 * KB, 400 * KB];

describe('analysis growth on generated negotiation texts', function () {
  this.timeout(180_000);
  const texts = SIZES.map((size) => generateText(size));
  let matcher: TermMatcher;

  before(() => {
    const { lexicon, problems } = parseLexicon(generateLexicon().text, 'bench.lexicon.yaml');
    assert.deepStrictEqual(problems, []);
    matcher = createTermMatcher([lexicon], 'en');
  });

  /**
   * Asserts that every doubling less than triples the time. A machine shared with parallel builds can still slow one
   * size for a whole measurement, so a failing measurement is repeated once with more rounds before failing.
   */
  function assertLinear(run: (text: string) => number): void {
    const ratiosOf = (rounds: number) => {
      const ms = medians(texts, run, rounds);
      return { ms, ratios: ms.slice(1).map((t, i) => t / ms[i] / (texts[i + 1].length / texts[i].length / 2)) };
    };
    let measured = ratiosOf(7);
    if (measured.ratios.some((r) => r >= 3)) measured = ratiosOf(15);
    const detail = `medians ${measured.ms.map((t) => t.toFixed(1)).join(', ')} ms for ${SIZES.map((s) => s / KB).join(', ')} KB; ratios per doubling ${measured.ratios.map((r) => r.toFixed(2)).join(', ')}`;
    if (process.env.GROWTH_TIMINGS) console.log(`      ${detail}`);
    for (const ratio of measured.ratios) assert.ok(ratio < 3, detail);
  }

  it('doubling the text less than triples the full analysis time', () => {
    assertLinear((text) => fullAnalysis(text));
  });

  it('doubling the text less than triples the full analysis time with a 2,000-term lexicon', () => {
    assertLinear((text) => fullAnalysis(text, matcher));
  });
});
