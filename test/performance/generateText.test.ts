// The benchmark's generator stays deterministic and realistic: the density and constructs the benchmark documents.

import * as assert from 'assert';
import { analyze, computeFindings } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import { generateLexicon, generateText } from './generateText';

describe('benchmark text generator', () => {
  const lexiconText = generateLexicon();
  const text = generateText(200 * 1024);

  it('is deterministic: the same size and seed give the same text and lexicon', () => {
    assert.strictEqual(generateText(200 * 1024), text);
    assert.strictEqual(generateLexicon().text, lexiconText.text);
    assert.notStrictEqual(generateText(200 * 1024, { seed: 2 }), text);
  });

  it('writes at least the size asked, and a smaller text is a prefix of a larger one with the same seed', () => {
    assert.ok(text.length >= 200 * 1024 && text.length < 210 * 1024, `${text.length} characters`);
    const smaller = generateText(100 * 1024);
    assert.ok(text.startsWith(smaller));
  });

  it('generates a 2,000-term lexicon that reads without problems', () => {
    const { lexicon, problems } = parseLexicon(lexiconText.text, 'bench.lexicon.yaml');
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(lexicon.entries.length, 2_000);
    assert.ok(lexicon.entries.some((e) => e.deprecated.length > 0) && lexicon.entries.some((e) => e.variants.length > 0));
  });

  it('has the density of a compilation text: one bracket per 300 to 500 characters, nested to depth 4', () => {
    const registry = builtinRegistry();
    const { lexicon } = parseLexicon(lexiconText.text, 'bench.lexicon.yaml');
    const model = analyze(text, { delegations: registry, terms: createTermMatcher([lexicon], 'en') });
    const perBracket = text.length / model.brackets.length;
    assert.ok(perBracket >= 300 && perBracket <= 500, `one bracket per ${perBracket.toFixed(0)} characters`);
    assert.strictEqual(Math.max(...model.brackets.map((b) => b.depth)), 4);
    assert.ok(model.alternativeSets.length > 0 && model.optionSets.length > 0 && model.footnoteDefinitions.length > 0);
    assert.ok(model.terms.toArray().some((t) => t.form === 'deprecated') && model.terms.length > 500);
    // A clean draft: open points and terms, but no errors or warnings other than deprecated and rejected terms.
    const faults = computeFindings(model, { delegations: registry }).filter((f) => f.severity !== 'information' && !f.id.startsWith('term.'));
    assert.deepStrictEqual(faults.map((f) => `${f.id}: ${f.message}`), []);
  });
});
