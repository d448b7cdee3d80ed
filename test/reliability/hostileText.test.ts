// Hostile texts finish in time linear in their size, without stack overflow, with sensible findings.

import * as assert from 'assert';
import { analyze, checkText, computeFindings, computeOutline, computeStats, hoverAt, LineIndex, parse } from '../../server/src/core';
import { MAX_FINDINGS_PER_ID } from '../../server/src/core/features/findings';
import { assertLinearGrowth } from '../support/growth';

/** Everything the editor computes for a document. */
function everything(text: string): void {
  const model = analyze(text);
  computeFindings(model);
  computeOutline(model);
  computeStats(model);
  hoverAt(model, text.length >> 1);
}

const HOSTILE: Record<string, (n: number) => string> = {
  'nested openers': (n) => '['.repeat(n),
  'lone closers': (n) => ']'.repeat(n),
  'one long line with brackets': (n) => 'word [x]{US} '.repeat(Math.ceil(n / 13)),
  'alternating delimiters': (n) => '[{<!--]}-->'.repeat(Math.ceil(n / 11)),
  'open braces': (n) => '{'.repeat(n),
  'comment openers': (n) => '<!--'.repeat(Math.ceil(n / 4)),
  'footnote openers': (n) => '[^'.repeat(Math.ceil(n / 2)),
  'separator slashes': (n) => '] / ['.repeat(Math.ceil(n / 5)),
  'lines of unclosed brackets': (n) => '[x\n'.repeat(Math.ceil(n / 3)),
  'labels without text': (n) => '(a) \n'.repeat(Math.ceil(n / 5)),
  'CR-only line endings': (n) => 'OP1. [a]{US}\r'.repeat(Math.ceil(n / 13)),
};

describe('hostile texts', () => {
  for (const [name, make] of Object.entries(HOSTILE)) {
    it(`${name}: linear growth`, function () {
      this.timeout(60000);
      assertLinearGrowth(make, 100_000, everything);
    });
  }

  it('100,000 nested "[": one capped list of unclosed brackets, no stack overflow', () => {
    const findings = checkText('['.repeat(100_000));
    const unclosed = findings.filter((f) => f.id === 'bracket.unclosed');
    assert.strictEqual(unclosed.length, MAX_FINDINGS_PER_ID + 1);
    assert.match(unclosed[unclosed.length - 1].message, /99000 more "bracket\.unclosed"/);
  });

  it('1,000,000 lone "]": strays capped, finishes', function () {
    this.timeout(60000);
    const findings = checkText(']'.repeat(1_000_000));
    assert.strictEqual(findings.length, MAX_FINDINGS_PER_ID + 1);
    assert.ok(findings.every((f) => f.id === 'bracket.stray'));
  });

  it('1,500 open brackets: the first 1,000 worded in order, the rest counted in one finding; none when switched off', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `Parties [shall ${i}] act.`).join(' ');
    const model = analyze(text);
    const open = computeFindings(model).filter((f) => f.id === 'bracket.open');
    assert.strictEqual(open.length, MAX_FINDINGS_PER_ID + 1);
    assert.match(open[MAX_FINDINGS_PER_ID - 1].message, /"\[shall 999\]"/);
    assert.match(open[MAX_FINDINGS_PER_ID].message, /500 more "bracket\.open"/);
    assert.deepStrictEqual([open[MAX_FINDINGS_PER_ID].start, open[MAX_FINDINGS_PER_ID].end], [open[MAX_FINDINGS_PER_ID - 1].start, open[MAX_FINDINGS_PER_ID - 1].end]);
    assert.strictEqual(computeFindings(model, { severities: { 'bracket.open': 'off' } }).filter((f) => f.id === 'bracket.open').length, 0);
  });

  it('1,500 alternative sets, option sets and placeholders: the first 1,000 of each worded, the rest counted in one finding', () => {
    const alternatives = Array.from({ length: 1500 }, (_, i) => `Parties [shall ${i}][should] act.`).join(' ');
    const sets = computeFindings(analyze(alternatives)).filter((f) => f.id === 'alternatives.open');
    assert.strictEqual(sets.length, MAX_FINDINGS_PER_ID + 1);
    assert.match(sets[MAX_FINDINGS_PER_ID - 1].message, /"shall 999" or "should"/);
    assert.match(sets[MAX_FINDINGS_PER_ID].message, /500 more "alternatives\.open"/);
    const options = Array.from({ length: 1500 }, (_, i) => `Option 1: First ${i}.\n\nOption 2: Second.`).join('\n\n');
    const open = computeFindings(analyze(options)).filter((f) => f.id === 'options.open');
    assert.strictEqual(open.length, MAX_FINDINGS_PER_ID + 1);
    assert.match(open[MAX_FINDINGS_PER_ID].message, /500 more "options\.open"/);
    assert.deepStrictEqual([open[MAX_FINDINGS_PER_ID].start, open[MAX_FINDINGS_PER_ID].end], [open[MAX_FINDINGS_PER_ID - 1].start, open[MAX_FINDINGS_PER_ID - 1].end]);
    const placeholders = Array.from({ length: 1500 }, (_, i) => `Parties {number ${i}} act.`).join(' ');
    const placeholderFindings = computeFindings(analyze(placeholders)).filter((f) => f.id === 'placeholder.open');
    assert.strictEqual(placeholderFindings.length, MAX_FINDINGS_PER_ID + 1);
    assert.match(placeholderFindings[MAX_FINDINGS_PER_ID - 1].message, /number 999/);
    assert.match(placeholderFindings[MAX_FINDINGS_PER_ID].message, /500 more "placeholder\.open"/);
  });

  it('a 10 MB single line finishes with its findings', function () {
    this.timeout(120000);
    const text = 'Parties [shall]{US} act. '.repeat(400_000);
    assert.ok(text.length >= 10_000_000);
    const model = analyze(text);
    assert.strictEqual(model.brackets.length, 400_000);
    assert.strictEqual(computeFindings(model).filter((f) => f.severity === 'error').length, 0);
  });

  it('a 5 MB front matter is refused with a clear finding, and the text after it is still read', () => {
    const text = `---\n${'key: value\n'.repeat(500_000)}---\nOP1. [a] text\n`;
    const findings = checkText(text);
    const invalid = findings.find((f) => f.id === 'frontmatter.invalid');
    assert.ok(invalid && /read only up to 100000 characters/.test(invalid.message), JSON.stringify(invalid));
    assert.ok(findings.some((f) => f.id === 'bracket.open'));
  });

  it('NUL bytes, lone surrogates, BOM, CR-only and mixed line endings, RTL and combining characters', () => {
    const texts = [
      '\uFEFFOP1. Text\u0000 [with\u0000 NUL]{US}.\n',
      'OP1. [\uD800 lone high]{US} and \uDC00 lone low [x\n',
      'OP1. a\rOP2. [b]\r\nOP3. c\n(a) d\r\r[^1]: note\n',
      'OP1. تؤكد [الدول]{EG} على [أهمية]/[ضرورة] التعاون\n',
      'OP1. e\u0301\u0301 [n\u0303]{FR} Z\u0351\u0352 text\n',
    ];
    for (const text of texts) {
      const index = new LineIndex(text);
      for (const finding of checkText(text)) {
        assert.ok(finding.start >= 0 && finding.end <= text.length && finding.start <= finding.end, `${finding.id} inside the text`);
        const start = index.position(finding.start);
        assert.strictEqual(index.offset(start.line, start.character), finding.start, 'positions round-trip');
      }
    }
    const mixed = analyze(texts[2]);
    assert.deepStrictEqual(mixed.paragraphs.map((p) => p.label?.text), ['OP1.', 'OP2.', 'OP3.', '(a)']);
    assert.strictEqual(checkText(texts[1]).filter((f) => f.id === 'bracket.unclosed').length, 1);
    assert.strictEqual(analyze(texts[3]).alternativeSets.length, 1);
  });

  it('every prefix of a realistic text parses losslessly and analyses without throwing', () => {
    const text =
      '---\ntitle: T\nlanguage: en\n---\n# Part\n\nPP1. {ad ref} Recalling [its [resolution]]{RU; opposed: US} 73/27,[^1]\n' +
      'OP2. [shall][should]{G77} / [a]/[b] <!-- c --> {placeholder} \\[We\\]\nOption 1: x\nOption 2: No text\n\n[^1]: {IR} Note\n  more.\n';
    for (let end = 0; end <= text.length; end++) {
      const prefix = text.slice(0, end);
      const tree = parse(prefix);
      assert.strictEqual(tree.tokens.toTokens().map((t) => prefix.slice(t.start, t.end)).join(''), prefix);
      everything(prefix);
    }
  });
});
