// The full analysis grows linearly: each doubling of a generated negotiation text (100 → 200 → 400 KB) less than
// triples the median time, without and with a 2,000-term lexicon; so do the per-section counts with the sections.
// Ratios only, never absolute times.

import * as assert from 'assert';
import { analyze, computeFindings, computeOutline, computeStats, type TermMatcher } from '../../server/src/core';
import { buildStatusReport } from '../../server/src/core/reports';
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
 * Median milliseconds per input, from interleaved rounds (each round times every input once, in a rotated order), so
 * that a burst of load on a shared machine hits all sizes alike. The first round is a warm-up.
 */
function medians<T>(inputs: readonly T[], run: (input: T) => unknown, rounds: number): number[] {
  const times: number[][] = inputs.map(() => []);
  for (let round = 0; round <= rounds; round++) {
    for (let k = 0; k < inputs.length; k++) {
      const i = (round + k) % inputs.length;
      const started = process.hrtime.bigint();
      run(inputs[i]);
      const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
      if (round > 0) times[i].push(elapsed);
    }
  }
  return times.map(median);
}

/**
 * Asserts that every doubling of the input (`sizes`, each twice the one before) less than triples the time. A machine
 * shared with parallel builds can still slow one size for a whole measurement, so a failing measurement is repeated
 * once with more rounds before failing.
 */
function assertLinear<T>(inputs: readonly T[], sizes: readonly number[], unit: string, run: (input: T) => unknown): void {
  const ratiosOf = (rounds: number) => {
    const ms = medians(inputs, run, rounds);
    return { ms, ratios: ms.slice(1).map((t, i) => t / ms[i] / (sizes[i + 1] / sizes[i] / 2)) };
  };
  let measured = ratiosOf(7);
  if (measured.ratios.some((r) => r >= 3)) measured = ratiosOf(15);
  const detail = `medians ${measured.ms.map((t) => t.toFixed(1)).join(', ')} ms for ${sizes.join(', ')} ${unit}; ratios per doubling ${measured.ratios.map((r) => r.toFixed(2)).join(', ')}`;
  if (process.env.GROWTH_TIMINGS) console.log(`      ${detail}`);
  for (const ratio of measured.ratios) assert.ok(ratio < 3, detail);
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

  it('doubling the text less than triples the full analysis time', () => {
    assertLinear(texts, SIZES.map((size) => size / KB), 'KB', (text) => fullAnalysis(text));
  });

  it('doubling the text less than triples the full analysis time with a 2,000-term lexicon', () => {
    assertLinear(texts, SIZES.map((size) => size / KB), 'KB', (text) => fullAnalysis(text, matcher));
  });
});

/**
 * Per-section counts grow with the sections, not with sections times open points: a draft of many short sections,
 * each with its brackets, option set, placeholder and footnote, doubled twice. Counting every list for every section
 * made the statistics and the status report quadratic (2.5 s and 2.2 s for a 10 MB draft).
 */
describe('per-section counts growth', function () {
  this.timeout(180_000);
  const SECTIONS = [1500, 3000, 6000];
  const section = (i: number) => `# Section ${i}\n\nOP1. The Parties [shall][should] act {…} on [this]{EU} matter[^${i}].\n\nOption 1: Text.\n\nOption 2: No text\n\n[^${i}]: A note.\n\n`;
  const models = SECTIONS.map((count) => analyze(Array.from({ length: count }, (_, i) => section(i)).join(''), { delegations: registry }));

  it('doubling the sections less than triples the statistics time', () => {
    assertLinear(models, SECTIONS, 'sections', (model) => computeStats(model));
  });

  it("doubling the sections less than triples the status report's time", () => {
    assertLinear(models, SECTIONS, 'sections', (model) => buildStatusReport([{ file: 'draft.ntx', model }]));
  });
});
