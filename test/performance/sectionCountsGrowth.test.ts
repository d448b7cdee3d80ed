// Per-section counts grow with the sections, not with sections times open points: the statistics and the status report.

import { analyze, computeStats, type DocumentModel } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { buildStatusReport } from '../../server/src/core/reports';
import { assertLinearGrowth } from '../support/growth';

const registry = builtinRegistry();

/** A draft of `count` short sections, each with brackets, an alternative set, a placeholder, an option set and a footnote. */
function sections(count: number): string {
  const section = (i: number) => `# Section ${i}\n\nOP1. The Parties [shall][should] act {…} on [this]{EU} matter[^${i}].\n\nOption 1: Text.\n\nOption 2: No text\n\n[^${i}]: A note.\n\n`;
  return Array.from({ length: count }, (_, i) => section(i)).join('');
}

/** Each text analysed once, so that what is timed is the counting alone. */
const models = new Map<string, DocumentModel>();
const modelOf = (text: string): DocumentModel => {
  let model = models.get(text);
  if (!model) models.set(text, (model = analyze(text, { delegations: registry })));
  return model;
};

/**
 * Counting every list for every section made both quadratic: 2.5 s and 2.2 s for a 10 MB draft's 7,000 sections,
 * and 3.4–4.0 times the time for twice these sections.
 */
describe('per-section counts growth', function () {
  this.timeout(120_000);

  it('doubling the sections less than triples the statistics time', () => {
    assertLinearGrowth(sections, 3000, (text) => computeStats(modelOf(text)));
  });

  it("doubling the sections less than triples the status report's time", () => {
    assertLinearGrowth(sections, 3000, (text) => buildStatusReport([{ file: 'draft.ntx', model: modelOf(text) }]));
  });
});
