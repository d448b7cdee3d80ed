// Terms kept from an earlier version of a document are exactly the terms a fresh match finds, and only changed prose is matched again.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, earlierTermsOf, type DocumentModel, type TermMatcher } from '../../server/src/core';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import type { RangeList } from '../../server/src/core/text/rangeList';
import { generateLexicon, generateText } from '../performance/generateText';

const GENERATED = parseLexicon(generateLexicon({ terms: 300 }).text, 'bench.lexicon.yaml').lexicon;
const CHINESE = parseLexicon(
  'terms:\n  - term: critical infrastructure\n    translations:\n      zh: 关键基础设施\n  - term: capacity-building\n    translations:\n      zh: 能力建设\n',
  'zh.lexicon.yaml',
).lexicon;

/** A matcher that counts the characters of prose it is asked to match, so a test can see what was matched again. */
class CountingMatcher implements TermMatcher {
  matchedCharacters = 0;
  constructor(private readonly inner: TermMatcher) {}
  match(text: string, ranges: RangeList): ReturnType<TermMatcher['match']> {
    const flat = ranges as Int32Array;
    for (let i = 0; i + 1 < flat.length; i += 2) this.matchedCharacters += flat[i + 1] - flat[i];
    return this.inner.match(text, ranges);
  }
}

/** What drafters type, and what changes the prose far from the edit: brackets, braces, comments, labels, terms. */
const INSERTS = ['e', ' ', 'x y', '[', ']', '{', '}', '{US}', '<!--', '-->', '\n', '\n\n', 'OP9. ', '\\', '`', 'critical infrastructure', 'CBMs', 'ICTs', ' capacity-building ', '关键基础设施', '能力'];

interface Edit {
  readonly at: number;
  readonly remove: number;
  readonly insert: string;
}

/** Runs per property; `npm run fuzz` raises it (NEGOTEXT_FUZZ_RUNS). */
const RUNS = Number(process.env.NEGOTEXT_FUZZ_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });

const edit: fc.Arbitrary<Edit> = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(12), insert: fc.constantFrom(...INSERTS) });

function apply(text: string, { at, remove, insert }: Edit): string {
  const start = Math.min(text.length, Math.floor(at * text.length));
  return text.slice(0, start) + insert + text.slice(Math.min(text.length, start + remove));
}

/** Analyses `text` as the server analyses a new version: with the terms of the version before. */
function reanalyse(earlier: DocumentModel, text: string, matcher: TermMatcher): DocumentModel {
  return analyze(text, { terms: matcher, earlierTerms: earlierTermsOf(earlier, matcher, text) });
}

/** Edits `text` in turn, each version analysed with the one before's terms, and compares with a fresh analysis. */
function check(text: string, edits: readonly Edit[], matcher: TermMatcher): void {
  let model = analyze(text, { terms: matcher });
  for (const step of edits) {
    const next = apply(model.text, step);
    model = reanalyse(model, next, matcher);
    assert.deepStrictEqual(model.terms.toArray(), analyze(next, { terms: matcher }).terms.toArray(), `after ${JSON.stringify(step)}`);
  }
}

describe('terms kept from an earlier version', () => {
  const english = createTermMatcher([GENERATED], 'en');
  const french = createTermMatcher([GENERATED], 'fr');
  const chinese = createTermMatcher([CHINESE], 'zh');
  const draft = generateText(12_000, { seed: 7 });

  it('are what a fresh match finds, after any edits', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => check(draft, edits, english)), runs(150));
  });

  it('are what a fresh match finds in French, and in Chinese, which is matched unit by unit', () => {
    const frenchDraft = "OP1. Les technologies de l'information et des communications [et les infrastructures critiques]{FR}.\n\nOP2. Les mesures de confiance.\n";
    const chineseDraft = 'OP1. 关键基础设施[和能力建设]{CN}。\n\nOP2. 能力建设。\n';
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        check(frenchDraft, edits, french);
        check(chineseDraft, edits, chinese);
      }),
      runs(150),
    );
  });

  it('are matched again when a prose range keeps its place but changes its first or last character', () => {
    // `critical infrastructure` is all of the prose before `{US}` and after the label: its range is the same after
    // each of these edits, and only its characters say whether it is still a term.
    const text = 'OP1. critical infrastructure{US} and more.\n';
    const range = analyze(text).prose.find((r) => r.start <= text.indexOf('critical') && text.indexOf('{') <= r.end);
    assert.ok(range, 'the term is in one prose range');
    const first = range.start;
    const last = range.end - 1;
    for (const [at, insert] of [
      [first, 'x'],
      [last, 'x'],
      [last, 'es'],
    ] as const) {
      // The middle of the character, so that rounding in `apply` cannot move the edit to its neighbour.
      check(text, [{ at: (at + 0.5) / text.length, remove: 1, insert }], english);
    }
  });

  it('come from the earlier version: a keystroke matches one paragraph again, not the draft', () => {
    const counting = new CountingMatcher(english);
    const earlier = analyze(draft, { terms: counting });
    assert.ok(earlier.terms.length > 20, 'the draft has terms to keep');
    counting.matchedCharacters = 0;
    const at = draft.indexOf('critical infrastructure', draft.length >> 1);
    const next = `${draft.slice(0, at)}e${draft.slice(at)}`;
    const model = reanalyse(earlier, next, counting);
    assert.ok(counting.matchedCharacters > 0 && counting.matchedCharacters < 2_000, `matched ${counting.matchedCharacters} characters again`);
    assert.deepStrictEqual(model.terms.toArray(), analyze(next, { terms: english }).terms.toArray());
  });

  it('keep no earlier text alive: a kept term’s text is cut from the new version', async () => {
    const gc = (globalThis as { gc?: () => void }).gc;
    assert.ok(gc, 'mocha runs with --expose-gc (.mocharc.json)');
    // Two bytes a character, as a draft with one `…` is kept: each version is 2 MB.
    const state = { model: analyze(`${generateText(1 << 20, { seed: 3 })}…\n`, { terms: english }) };
    const edit = (at: number): void => {
      const text = state.model.text;
      const next = `${text.slice(0, at)}e${text.slice(at)}`;
      const earlierTerms = earlierTermsOf(state.model, english, next);
      state.model = analyze(next, { terms: english, earlierTerms });
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    // Edits here and there, each version's terms found again around its edit and kept after: each version held alive
    // by them would add 2 MB.
    for (const at of [0.9, 0.1, 0.5, 0.3, 0.7, 0.2]) edit(Math.floor(at * state.model.text.length));
    // Let the last job's values go (an engine may keep a frame's values until the job ends).
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // Kept as it should be, it grows by about 0.1 MB; with the earlier terms as they were, by some 4 MB.
    assert.ok(grown < 1_500_000, `the heap grew by ${(grown / 1e6).toFixed(1)} MB over six edits`);
  });

  it('are not kept from a different matcher, nor when nothing is shared', () => {
    const counting = new CountingMatcher(english);
    const earlier = analyze(draft, { terms: french });
    counting.matchedCharacters = 0;
    const model = analyze(draft, { terms: counting, earlierTerms: earlierTermsOf(earlier, french, draft) });
    assert.ok(counting.matchedCharacters > draft.length / 2, 'a French matcher’s terms were kept for an English one');
    assert.deepStrictEqual(model.terms.toArray(), analyze(draft, { terms: english }).terms.toArray());
    check(draft, [{ at: 0, remove: draft.length, insert: 'OP1. critical infrastructure\n' }], english);
  });
});
