// The status and positions reports: their numbers on a small resolution, their four formats, and what the HTML may contain.

import * as assert from 'assert';
import * as fs from 'fs';
import { buildPositionsReport, buildStatusReport, renderReport, REPORT_FORMATS } from '../../server/src/core/reports';
import { forEachProseWord, proseWordCount } from '../../server/src/core/reports/wordCount';
import type { DocumentModel } from '../../server/src/core/analysis/model';
import { generateText } from '../performance/generateText';
import { analyze } from '../../server/src/core';
import { fixturePath } from '../support/paths';
import { analyseText, registry } from './analyseFixture';
import { expectFile } from './expectFile';
import { heapAfterCollection } from '../support/heap';

const FILE = 'resolution.ntx';
const text = fs.readFileSync(fixturePath('reports', FILE), 'utf8');
const inputs = [{ file: FILE, model: analyseText(text) }];

/**
 * Builds a report over 40 drafts of 100 KB, made as the report reads them, and checks that what it keeps afterwards is
 * far less than the drafts: a name, heading or excerpt kept as a view into its draft (V8 slices of 13 characters or
 * more) would keep every draft alive. `count` tells how many documents the report holds (asked after the heap is
 * measured, so that the report is alive while it is).
 */
function checkKeepsNoText<R>(build: (inputs: Iterable<{ file: string; model: DocumentModel }>) => R, count: (report: R) => number): void {
  build([{ file: 'warm.ntx', model: analyze('# H\nOP1. [x]{US} y') }]);
  // Much prose around a heading, attributed brackets, an unlabelled paragraph and a footnote, each long enough to be a view.
  const prose = 'the parties agree to cooperate further in good faith '.repeat(2000);
  let chars = 0;
  const before = heapAfterCollection();
  function* inputs() {
    for (let i = 0; i < 40; i++) {
      const text = `# A heading long enough to be a view ${i}\nOP1. Decides ${prose} [to act on the matter at once ${i}]{proposed: US; opposed: CN}.\n\nAn unlabelled paragraph ${i}.\n\nOP2. {EU} y.[^1]\n\n[^1]: {RU} A footnote long enough to be a view ${i}.\n`;
      chars += text.length;
      yield { file: `d${i}.ntx`, model: analyze(text) };
    }
  }
  const report = build(inputs());
  const kept = heapAfterCollection() - before;
  assert.strictEqual(count(report), 40);
  assert.ok(kept < chars / 4, `the report keeps ${(kept / 1048576).toFixed(2)} MB for ${(chars / 1048576).toFixed(2)} M characters of drafts`);
}

describe('status report', () => {
  const report = buildStatusReport(inputs);
  const doc = report.documents[0];

  it('counts open points per document', () => {
    assert.deepStrictEqual(
      { brackets: doc.brackets, topLevel: doc.topLevelBrackets, alternatives: doc.alternativeSets, options: doc.optionSets, placeholders: doc.placeholders, footnotes: doc.footnotes },
      // [the purposes], [Deeply], [a working][an expert], [2025 / 2026], [on the implementation], [in New York], [best], [regional]
      { brackets: 9, topLevel: 9, alternatives: 2, options: 1, placeholders: 1, footnotes: 2 },
    );
    assert.deepStrictEqual(doc.statuses, { agreed: 1, adRef: 1, pending: 1, none: 9 });
    assert.strictEqual(doc.footnoteDefinitions.length, 2);
  });

  it('shares agreed: words outside brackets and open option sets, over all words', () => {
    const pp2 = doc.sections[0].paragraphs.find((p) => p.name === 'PP2')!;
    // "Bearing in mind" (3) outside; "the purposes and principles of the Charter" (7) inside.
    assert.deepStrictEqual({ words: pp2.words, inBrackets: pp2.wordsInBrackets }, { words: 10, inBrackets: 7 });
    assert.strictEqual(pp2.shareAgreed, 0.3);
    const option1 = doc.sections[1].paragraphs.find((p) => p.name === 'Option 1')!;
    assert.strictEqual(option1.option, '1 of 2');
    // "Hold two sessions" is outside brackets but inside an open option set: not agreed either.
    assert.deepStrictEqual({ inBrackets: option1.wordsInBrackets, inOptions: option1.wordsInOptionSets, share: option1.shareAgreed }, { inBrackets: 3, inOptions: 3, share: 0 });
    const summed = doc.sections.reduce((n, s) => n + s.words, 0) + doc.footnoteDefinitions.reduce((n, f) => n + f.words, 0);
    assert.strictEqual(doc.words, summed, 'sections and footnotes add up to the document');
  });

  it('names paragraphs by label path and places them at their label', () => {
    const operative = doc.sections[1];
    assert.deepStrictEqual(operative.paragraphs.map((p) => p.name), ['OP1', 'OP2', 'OP3', 'Option 1', 'Option 2', 'OP4', 'OP4 (a)', 'OP4 (b)']);
    const op2 = operative.paragraphs[1];
    assert.deepStrictEqual({ line: op2.location.line, column: op2.location.column, file: op2.location.file }, { line: 21, column: 1, file: FILE });
    assert.strictEqual(text.slice(op2.location.offset, op2.location.offset + 4), 'OP2.');
  });

  it('keeps none of the drafts\' text once built: names, headings and excerpts are copies, not views into it', () => {
    checkKeepsNoText(buildStatusReport, (report) => report.documents.length);
  });

  for (const format of REPORT_FORMATS) {
    it(`renders as ${format} (fixture resolution.status.${format})`, () => {
      expectFile(fixturePath('reports', `resolution.status.${format}`), renderReport(report, format));
    });
  }
});

describe('positions report', () => {
  const report = buildPositionsReport(inputs, registry);
  const entriesOf = (code: string) => report.delegations.find((d) => d.code === code)!.entries.map(({ item, role }) => ({ role, kind: report.items[item].kind, paragraph: report.items[item].paragraph, member: report.items[item].member }));

  it('resolves written names to canonical codes and keeps each role with its item', () => {
    // `Russia` in PP2 and `RU` elsewhere are one delegation; `USA` is `US`.
    assert.deepStrictEqual(entriesOf('RU'), [
      { role: 'opposed', kind: 'bracket', paragraph: 'PP2', member: undefined },
      { role: 'supported', kind: 'bracket', paragraph: 'PP3', member: undefined },
      { role: 'proposed', kind: 'option', paragraph: 'Option 2', member: 'Option 2 of 2, no text' },
    ]);
    assert.ok(entriesOf('US').some((e) => e.kind === 'alternative' && e.member === 'alternative 2 of 2' && e.role === 'supported'));
    assert.deepStrictEqual(entriesOf('IR'), [{ role: 'reservation', kind: 'footnote', paragraph: '[^a]', member: undefined }]);
    assert.deepStrictEqual(entriesOf('G77').map((e) => e.role), ['proposed', 'retain']);
    assert.strictEqual(report.delegations.find((d) => d.code === 'RU')!.name, 'Russian Federation');
    assert.ok(!report.delegations.some((d) => d.code === 'Russia' || d.code === 'USA'));
  });

  it('gives locations an editor can jump to', () => {
    const item = report.items.find((i) => i.kind === 'bracket' && i.paragraph === 'PP3')!;
    assert.deepStrictEqual({ line: item.location.line, column: item.location.column }, { line: 13, column: 6 });
    assert.strictEqual(text[item.location.offset], '[');
  });

  it('keeps none of the drafts\' text once built: excerpts and names are copies, not views into it', () => {
    checkKeepsNoText((inputs) => buildPositionsReport(inputs, registry), (report) => report.files.length);
  });

  it('builds the paragraph × delegation matrix', () => {
    const pp2 = report.matrix.rows.find((r) => r.paragraph === 'PP2')!;
    assert.deepStrictEqual(pp2.cells, { EU: ['proposed'], RU: ['opposed'] });
    const op2 = report.matrix.rows.find((r) => r.paragraph === 'OP2')!;
    assert.deepStrictEqual(op2.cells, { G77: ['retain'], EU: ['delete'] });
    assert.deepStrictEqual([...report.matrix.delegations], [...report.matrix.delegations].sort());
  });

  for (const format of REPORT_FORMATS) {
    it(`renders as ${format} (fixture resolution.positions.${format})`, () => {
      expectFile(fixturePath('reports', `resolution.positions.${format}`), renderReport(report, format));
    });
  }
});

describe('report HTML for a webview', () => {
  const hostile = 'OP1. Decides [<script>alert(1)</script> & "quotes"]{proposed: EU} <img src=x onerror=alert(2)>.\n';
  const model = analyseText(hostile);
  const pages = [
    renderReport(buildStatusReport([{ file: 'a "b" <c>.ntx', model }]), 'html'),
    renderReport(buildPositionsReport([{ file: 'a "b" <c>.ntx', model }], registry), 'html', { nonce: 'abc123' }),
  ];

  it('escapes document text and file names', () => {
    for (const page of pages) {
      assert.ok(!/<script|<img/i.test(page), 'no element comes from the document');
      assert.ok(page.includes('a &quot;b&quot; &lt;c&gt;.ntx'));
    }
    assert.ok(pages[1].includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;'));
  });

  it('has no script, no inline handler and no style attribute, and declares a policy that forbids scripts', () => {
    for (const page of pages) {
      assert.ok(!/\son[a-z]+=/i.test(page.replace(/&[a-z]+;/g, '')), 'no on*= attribute');
      assert.ok(!/\sstyle=/i.test(page), 'no style attribute');
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*script-src 'none'">/);
    }
    assert.match(pages[1], /<style nonce="abc123">/);
    assert.match(pages[1], /style-src 'nonce-abc123'/);
  });

  it('lets scripts with its nonce run only when asked (for an editor\'s link script), and never without a nonce', () => {
    const status = buildStatusReport([{ file: 'a.ntx', model }]);
    const allowed = renderReport(status, 'html', { nonce: 'abc123', scriptNonce: true });
    assert.match(allowed, /content="default-src 'none'; style-src 'nonce-abc123'; img-src 'none'; script-src 'nonce-abc123'"/);
    assert.ok(!/<script/i.test(allowed), 'the page adds no script itself');
    assert.match(renderReport(status, 'html', { scriptNonce: true }), /style-src 'unsafe-inline'; img-src 'none'; script-src 'none'"/);
  });

  it('links carry the file, line, column and offset', () => {
    const link = /<a href="([^"]+)" data-file="([^"]+)" data-line="(\d+)" data-column="(\d+)" data-offset="(\d+)">/.exec(pages[1])!;
    assert.ok(link, 'a link with data attributes');
    assert.deepStrictEqual(link.slice(1), ['a%20%22b%22%20%3Cc%3E.ntx#L1', 'a &quot;b&quot; &lt;c&gt;.ntx', '1', '14', '13']);
  });
});

describe('report CSV', () => {
  it('quotes separators and keeps formulas from running', () => {
    const model = analyseText('OP1. Notes ["=HYPERLINK(1)", and more]{EU}.\n');
    const csv = renderReport(buildPositionsReport([{ file: 'x,y.ntx', model }], registry), 'csv');
    const row = csv.split('\r\n')[1];
    assert.ok(row.startsWith('EU,European Union,true,proposed,bracket,,"x,y.ntx",1,12,11,'), row);
    assert.ok(row.endsWith(',"""=HYPERLINK(1)"", and more"'), row);
    const formula = renderReport(buildPositionsReport([{ file: 'f.ntx', model: analyseText('OP1. [=1+1]{EU}.\n') }], registry), 'csv');
    assert.ok(formula.split('\r\n')[1].endsWith(",'=1+1"), 'a cell starting with = is prefixed');
  });
});

/** Every word of the prose the plain way: each prose range's words, each looked up among all brackets and option sets. */
function wordsLookedUp(model: DocumentModel): string[] {
  const words: string[] = [];
  const word = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+(?:['’.\-][\p{L}\p{N}\p{M}]+)*/gu;
  for (const prose of model.prose) {
    for (const match of model.text.slice(prose.start, prose.end).matchAll(word)) {
      const start = prose.start + match.index!;
      const inBracket = model.brackets.some((b) => b.depth === 1 && b.start <= start && start < b.end);
      const inOptionSet = !inBracket && model.optionSets.some((set) => set.members.length > 1 && set.start <= start && start < set.end);
      words.push(`${start} ${inBracket} ${inOptionSet}`);
    }
  }
  return words;
}

function wordsVisited(model: DocumentModel): string[] {
  const words: string[] = [];
  forEachProseWord(model, (start, inBracket, inOptionSet) => words.push(`${start} ${inBracket} ${inOptionSet}`));
  return words;
}

describe('word count', () => {
  it('counts the prose as the status report does: joined words are one, each Chinese character one, labels and annotations none', () => {
    const model = analyze("OP1. The co-operation of States' [shall]{US} respect 中文 U.N rules.\n\n(a) {agreed} and 3.5 degrees");
    assert.strictEqual(proseWordCount(model), 13);
    assert.deepStrictEqual(wordsVisited(model), wordsLookedUp(model));
  });

  it('tells every word of a draft in or out of brackets and option sets as looking each one up does', () => {
    for (const seed of [1, 2, 3]) {
      const model = analyze(generateText(20_000, { seed }));
      const visited = wordsVisited(model);
      assert.ok(visited.some((w) => w.endsWith('true false')) && visited.some((w) => w.endsWith('false true')), 'the draft has words in brackets and in option sets');
      assert.deepStrictEqual(visited, wordsLookedUp(model));
    }
  });
});
