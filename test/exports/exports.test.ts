// The agreed and scenario exports: fixtures with their expected texts, the decisions they document, and properties over generated drafts.

import * as assert from 'assert';
import * as fs from 'fs';
import { agreedText, scenarioText } from '../../server/src/core/exports';
import { fixturePath } from '../support/paths';
import { analyseText, registry } from '../reports/analyseFixture';
import { expectFile } from '../reports/expectFile';

const groupsOf = (code: string) => registry.resolve(code)?.groups ?? [];

function read(name: string): string {
  return fs.readFileSync(fixturePath('exports', name), 'utf8');
}

/** A text parses cleanly: no bracket, no stray closer, no finding above information. */
function assertClean(text: string): void {
  const model = analyseText(text);
  assert.deepStrictEqual({ brackets: model.brackets.length, strays: model.strayClosers.length }, { brackets: 0, strays: 0 }, text);
}

describe('exports: fixtures', () => {
  for (const name of ['resolution', 'edges']) {
    const model = analyseText(read(`${name}.ntx`));
    const outputs: Array<[string, string]> = [
      ['agreed', agreedText(model).text],
      ['scenario', scenarioText(model).text],
      ['scenario-RU', scenarioText(model, { prefer: 'RU', groupsOf }).text],
      ['scenario-FR', scenarioText(model, { prefer: 'FR', groupsOf }).text],
    ];
    for (const [kind, text] of outputs) {
      it(`${name}: ${kind} (fixture ${name}.${kind}.ntx) has no brackets left`, () => {
        expectFile(fixturePath('exports', `${name}.${kind}.ntx`), text);
        assertClean(text);
      });
    }
  }
});

describe('exports: agreed text', () => {
  const model = analyseText(read('resolution.ntx'));
  const result = agreedText(model);

  it('drops an open option set whole, and says so', () => {
    assert.ok(!/Option|Hold two sessions|No text/.test(result.text));
    assert.ok(result.text.includes('OP3. Decides that the working group shall:\n\nOP4.'));
    assert.ok(result.notes.some((n) => n.kind === 'optionSetDropped' && n.message.includes('Option 1, Option 2')));
  });

  it('drops pending paragraphs and paragraphs left without words; keeps labels as they were', () => {
    assert.ok(!result.text.includes('PP4.'), 'pending');
    assert.ok(!result.text.includes('PP3.'), 'bracketed whole');
    assert.ok(result.text.includes('PP2. Bearing in mind,[^1]'));
  });

  it('keeps footnotes, renumbered by first remaining reference, without their attributions', () => {
    assert.match(result.text, /\[\^1\]: The Islamic Republic of Iran dissociates itself/);
    assert.match(result.text, /\[\^2\]: The United States understands/);
    assert.ok(!/\{(IR|US|reservation)/.test(result.text));
  });

  it('keeps placeholders and lists them', () => {
    assert.ok(result.text.includes('{at its eightieth session}'));
    assert.deepStrictEqual(result.notes.filter((n) => n.kind === 'placeholder').map((n) => model.text.slice(n.offset, n.offset + 4)), ['{at ']);
  });

  it('takes a footnote written right after a bracket with it, drops unreferenced footnotes, keeps escapes', () => {
    const edges = agreedText(analyseText(read('edges.ntx')));
    assert.ok(!edges.text.includes('Caveat on'), 'the caveat on the deleted words went with them');
    assert.ok(!edges.text.includes('Nobody refers'), 'an unused definition is dropped');
    assert.ok(edges.notes.some((n) => n.kind === 'footnoteDropped' && n.message.includes('[^unused]')));
    assert.ok(edges.text.includes('6. \\[Editorial\\] brackets stay[^1] as they are.'));
    assert.ok(edges.text.includes('[^1]: First footnote, referred to twice.'));
    assert.ok(!edges.text.includes('<!--'), 'comments are dropped');
  });
});

describe('exports: scenario text', () => {
  const model = analyseText(read('resolution.ntx'));

  it('takes the first alternative, the first option and accepts plain brackets by default', () => {
    const { text } = scenarioText(model);
    assert.ok(text.includes('OP1. Decides to convene a working group in 2025;'));
    assert.ok(text.includes('OP3. Decides that the working group shall:\n\nHold two sessions in New York;\n\nOP4.'));
    assert.ok(text.includes('PP4. Noting with concern'), 'a scenario keeps pending paragraphs');
  });

  it('follows a delegation: its wording, its deletions, its "No text"', () => {
    const { text } = scenarioText(model, { prefer: 'RU', groupsOf });
    assert.ok(text.includes('PP2. Bearing in mind,[^1]'), 'RU opposed the bracket: deleted');
    assert.ok(text.includes('PP3. Deeply concerned about the misuse of ICTs,'), 'RU supported it: accepted');
    assert.ok(!text.includes('Hold two sessions'), 'RU proposed "No text"');
  });

  it('lets a group speak for its members without a position of their own (FR through the EU)', () => {
    const { text } = scenarioText(model, { prefer: 'FR', groupsOf });
    assert.ok(text.includes('convene an expert group in 2025'), 'EU proposed the second alternative');
    assert.ok(text.includes('to report {at its eightieth session}.'), 'EU wants the bracket deleted');
    assert.ok(text.includes('(b) by regional seminars.'), 'FR proposed it itself');
  });
});

describe('exports: properties over generated drafts', () => {
  // Loaded lazily: fast-check is an ES module package with a CommonJS build.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const fc = require('fast-check') as typeof import('fast-check');

  type Item = { kind: 'plain'; words: number; footnote: boolean } | { kind: 'bracket'; attribution: number; nested: boolean } | { kind: 'alternatives'; members: number; slash: boolean } | { kind: 'inner' } | { kind: 'comment' } | { kind: 'placeholder' };
  type Block = { kind: 'paragraph'; label: boolean; items: Item[] } | { kind: 'options'; members: number; noText: boolean };

  const item: import('fast-check').Arbitrary<Item> = fc.oneof(
    fc.record({ kind: fc.constant('plain' as const), words: fc.integer({ min: 1, max: 3 }), footnote: fc.boolean() }),
    fc.record({ kind: fc.constant('bracket' as const), attribution: fc.integer({ min: 0, max: 2 }), nested: fc.boolean() }),
    fc.record({ kind: fc.constant('alternatives' as const), members: fc.integer({ min: 2, max: 3 }), slash: fc.boolean() }),
    fc.constant({ kind: 'inner' as const }),
    fc.constant({ kind: 'comment' as const }),
    fc.constant({ kind: 'placeholder' as const }),
  );
  const block: import('fast-check').Arbitrary<Block> = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('paragraph' as const), label: fc.boolean(), items: fc.array(item, { minLength: 1, maxLength: 6 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('options' as const), members: fc.integer({ min: 2, max: 3 }), noText: fc.boolean() }) },
  );
  const ATTRIBUTIONS = ['', '{EU}', '{proposed: RU; opposed: US}'];

  /**
   * Renders a draft. Word names say what should survive: `o` plain text, `h` placeholders and `n` footnote text
   * survive everywhere; `a` (first alternatives, first options) and `b` (plain bracket text) only in the scenario;
   * `x` (other alternatives and options) and `c` (comments) nowhere.
   */
  function render(blocks: Block[]) {
    let count = 0;
    const word = (prefix: string) => `${prefix}${++count}`;
    const words = (prefix: string, n: number) => Array.from({ length: n }, () => word(prefix)).join(' ');
    const paragraphs: string[] = [];
    const footnotes: string[] = [];
    const plainSegments: string[] = [];
    let label = 0;
    let lastWasOption = false;
    for (const b of blocks) {
      if (b.kind === 'options') {
        // A chapeau between two sets keeps them apart, as in a real text.
        if (lastWasOption) paragraphs.push(`OP${++label}. ${words('o', 1)}:`);
        for (let k = 1; k <= b.members; k++) paragraphs.push(`Option ${k}: ${k === 2 && b.noText ? 'No text' : words(k === 1 ? 'a' : 'x', 2)}`);
        lastWasOption = true;
        continue;
      }
      lastWasOption = false;
      const parts: string[] = [];
      let previousPlain = false;
      for (const it of b.items) {
        // Constructs are kept apart by a plain word, so that two brackets never become one alternative set by accident.
        if (it.kind !== 'plain' && parts.length > 0 && !previousPlain) parts.push(words('o', 1));
        previousPlain = it.kind === 'plain';
        if (it.kind === 'plain') {
          const segment = words('o', it.words);
          plainSegments.push(segment);
          if (it.footnote) {
            const labelText = `f${++count}`;
            footnotes.push(`[^${labelText}]: ${words('n', 2)}`);
            parts.push(`${segment}[^${labelText}]`);
          } else parts.push(segment);
        } else if (it.kind === 'bracket') parts.push(`[${words('b', 1)}${it.nested ? ` [${words('b', 1)}]{US}` : ''} ${words('b', 1)}]${ATTRIBUTIONS[it.attribution]}`);
        else if (it.kind === 'alternatives') parts.push(Array.from({ length: it.members }, (_, k) => `[${words(k === 0 ? 'a' : 'x', 2)}]${k === 1 ? '{G77}' : ''}`).join(it.slash ? '/' : ''));
        else if (it.kind === 'inner') parts.push(`[${words('a', 1)} / ${words('x', 1)}]`);
        else if (it.kind === 'comment') parts.push(`<!-- ${words('c', 1)} -->`);
        else parts.push(`{${words('h', 1)}}`);
      }
      paragraphs.push(`${b.label ? `OP${++label}. ` : ''}${parts.join(' ')}`);
    }
    return { text: `${[...paragraphs, ...footnotes].join('\n\n')}\n`, plainSegments };
  }

  const surviving = (text: string, prefixes: string) => text.match(new RegExp(`\\b[${prefixes}]\\d+\\b`, 'g')) ?? [];

  it('agreed: no brackets left, plain text and placeholders unchanged and in order, nothing bracketed kept', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const { text, plainSegments } = render(blocks);
        const output = agreedText(analyseText(text)).text;
        assertClean(output);
        assert.deepStrictEqual(surviving(output, 'ohn'), surviving(text, 'ohn'));
        assert.deepStrictEqual(surviving(output, 'abxc'), []);
        for (const segment of plainSegments) assert.ok(output.includes(segment), `"${segment}" unchanged in\n${output}`);
      }),
      { numRuns: 300 },
    );
  });

  it('scenario: no brackets left, first choices and bracket text kept, in order, everything else unchanged', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const { text, plainSegments } = render(blocks);
        const output = scenarioText(analyseText(text)).text;
        assertClean(output);
        assert.deepStrictEqual(surviving(output, 'ohnab'), surviving(text, 'ohnab'));
        assert.deepStrictEqual(surviving(output, 'xc'), []);
        for (const segment of plainSegments) assert.ok(output.includes(segment), `"${segment}" unchanged in\n${output}`);
      }),
      { numRuns: 300 },
    );
  });

  it('footnotes come out numbered 1..n in order of first reference', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const output = agreedText(analyseText(render(blocks).text)).text;
        const references = [...output.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => m[1]);
        const firsts = references.filter((label, i) => references.indexOf(label) === i);
        assert.deepStrictEqual(firsts, firsts.map((_, i) => String(i + 1)));
        const definitions = [...output.matchAll(/^\[\^([^\]]+)\]:/gm)].map((m) => m[1]);
        assert.deepStrictEqual([...definitions].sort(), [...firsts].sort());
      }),
      { numRuns: 200 },
    );
  });
});
