// Completion as (text with `$0`, expected labels and the replaced text) data through one check helper.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { completionListAt, completionsAt, type CompletionData } from '../../server/src/core/features/completion';
import { bestTermItems, TERM_ITEM_LIMIT } from '../../server/src/core/features/bestTermItems';
import { parseLexicon } from '../../server/src/core/lexicon';
import { readCursor } from '../support/carets';

const TERMS = parseLexicon(
  `terms:
  - term: critical infrastructure
    status: agreed
    definition: Facilities and systems.
    translations: { fr: infrastructure critique }
  - term: cyberspace
    status: rejected
`,
  'terms.lexicon.yaml',
).lexicon.entries;

/**
 * The completion labels at the cursor must include `includes` and none of `excludes`; `replaced` is the text the
 * first included item replaces (the word being typed).
 */
function checkCompletion(marked: string, expectation: { includes: string[]; excludes?: string[]; replaced?: string; insert?: [string, string] }): CompletionData[] {
  const { text, offset } = readCursor(marked);
  const items = completionsAt(analyze(text), offset, { delegations: builtinRegistry().all(), terms: TERMS });
  const labels = items.map((i) => i.label);
  for (const label of expectation.includes) assert.ok(labels.includes(label), `missing "${label}" in ${labels.slice(0, 20).join(', ')}`);
  for (const label of expectation.excludes ?? []) assert.ok(!labels.includes(label), `unexpected "${label}"`);
  const first = items.find((i) => i.label === expectation.includes[0]);
  if (expectation.replaced !== undefined) assert.strictEqual(first && text.slice(first.replace.start, first.replace.end), expectation.replaced);
  if (expectation.insert) assert.strictEqual(items.find((i) => i.label === expectation.insert![0])?.insertText, expectation.insert[1]);
  return items;
}

describe('completion', () => {
  it('roles, delegations and no status keywords at the start of an attribution', () => {
    checkCompletion('[shall]{$0', { includes: ['proposed:', 'US', 'United States of America', 'G77'], excludes: ['agreed', 'ad ref'], insert: ['proposed:', 'proposed: '] });
  });
  it('status keywords in a paragraph annotation', () => checkCompletion('OP4. {$0', { includes: ['ad ref', 'agreed', 'pending', 'supported:'] }));
  it('delegations after a role, replacing the word typed', () => checkCompletion('[a]{supported: C$0}', { includes: ['CN'], excludes: ['proposed:'], replaced: 'C' }));
  it('delegations after a comma, a name with spaces replaced whole', () => checkCompletion('[a]{US, United St$0ates}', { includes: ['United States of America'], replaced: 'United States' }));
  it('the detail names the delegation and its groups', () => {
    const items = checkCompletion('[a]{$0}', { includes: ['FR'] });
    assert.match(items.find((i) => i.label === 'FR')!.detail ?? '', /France.*EU/);
  });
  it('footnote labels after [^, closing the reference', () => {
    checkCompletion('A[^$0\n\n[^iran]: Text.\n[^usa]: More.', { includes: ['iran', 'usa'], insert: ['iran', 'iran]'] });
  });
  it('footnote labels before an existing ] are inserted bare', () => checkCompletion('A[^i$0]\n\n[^iran]: Text.', { includes: ['iran'], insert: ['iran', 'iran'], replaced: 'i' }));
  it('a definition at a line start offers the undefined references', () => {
    checkCompletion('A[^x] B[^y].\n\n[^y]: Y.\n[^$0', { includes: ['x'], excludes: ['y'], insert: ['x', 'x]: '] });
  });
  it('lexicon terms for a word in progress, rejected ones left out', () => {
    checkCompletion('Protect the crit$0', { includes: ['critical infrastructure'], excludes: ['cyberspace'], replaced: 'crit' });
  });
  it('terms in the document language', () => checkCompletion('---\nlanguage: fr\n---\nProtéger les infra$0', { includes: ['infrastructure critique'], excludes: ['critical infrastructure'] }));
  it('no terms before a word is begun, nothing in comments', () => {
    checkCompletion('Protect the $0', { includes: [], excludes: ['critical infrastructure'] });
    checkCompletion('<!-- crit$0 -->', { includes: [], excludes: ['critical infrastructure'] });
  });
});

describe('completion: the best terms of a large lexicon', () => {
  const item = (label: string, agreed = true): CompletionData => ({ label, kind: 'term', insertText: label, replace: { start: 0, end: 0 }, sortText: agreed ? '0' : '1' });

  /** The labels `bestTermItems` keeps of `labels` (a `*` before a label: not agreed) for `typed`, with a limit of `limit`. */
  function checkBest(labels: string[], typed: string, limit: number, expected: string[], incomplete: boolean): void {
    const items = labels.map((l) => (l.startsWith('*') ? item(l.slice(1), false) : item(l)));
    const result = bestTermItems(items, typed, limit);
    assert.deepStrictEqual(result.indices.map((i) => items[i].label), expected);
    assert.strictEqual(result.incomplete, incomplete);
  }

  it('keeps every term when there are no more than the limit', () => {
    checkBest(['zeta', 'alpha'], 'x', 2, ['zeta', 'alpha'], false);
  });
  it('past the limit: labels starting with the word, then with a word starting with it, then holding its letters', () => {
    const labels = ['capacity-building', 'building capacity', 'critical infrastructure', '*capital flows', 'a (cap) note', 'ICT', 'cooperation plan'];
    checkBest(labels, 'cap', 6, ['capacity-building', 'capital flows', 'a (cap) note', 'building capacity', 'cooperation plan'], false);
    checkBest(labels, 'Cap', 3, ['capacity-building', 'capital flows', 'a (cap) note'], true);
  });
  it('a lexicon of thousands: at most the limit, marked incomplete, the terms starting with the word first', () => {
    const many = parseLexicon(`terms:\n${Array.from({ length: 3000 }, (_, i) => `  - term: critical term ${i}\n  - term: other ${i}\n`).join('')}  - term: critical infrastructure\n`, 'many.lexicon.yaml').lexicon.entries;
    const { text, offset } = readCursor('Protect the crit$0');
    const list = completionListAt(analyze(text), offset, { terms: many });
    assert.strictEqual(list.items.length, TERM_ITEM_LIMIT);
    assert.strictEqual(list.incomplete, true);
    assert.strictEqual(list.items[0].label, 'critical infrastructure');
  });
});
