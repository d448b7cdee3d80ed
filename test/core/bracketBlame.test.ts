// Which opener gets blamed: one missing `]` in a long text with brackets that legitimately span paragraphs.

import * as assert from 'assert';
import { checkText, LineIndex } from '../../server/src/core';

/** A long convention text: articles bracketed as a whole across paragraphs, and local brackets everywhere. */
function longDocument(articles: number): string[] {
  const lines: string[] = [];
  for (let a = 1; a <= articles; a++) {
    lines.push(`## Article ${a}`, '');
    const spanning = a % 3 === 0; // every third article is bracketed as a whole, across its paragraphs
    for (let p = 1; p <= 4; p++) {
      const open = spanning && p === 1 ? '[' : '';
      const close = spanning && p === 4 ? ']{US; opposed: RU}' : '';
      lines.push(`${open}${p}. Each State Party shall [take][adopt]{EU} such [legislative and other] measures as [may be necessary]{proposed: CN}.${close}`);
    }
    lines.push('');
  }
  return lines;
}

function errorsOf(text: string) {
  return checkText(text).filter((f) => f.severity === 'error');
}

describe('bracket blame', () => {
  it('a correct long text with spanning brackets has no errors', () => {
    assert.deepStrictEqual(errorsOf(longDocument(60).join('\n')), []);
  });

  for (const [article, paragraph] of [[3, 2], [30, 3], [45, 1], [7, 4]] as const) {
    it(`one missing "]" in article ${article}, paragraph ${paragraph} is blamed there, once`, () => {
      const lines = longDocument(60);
      const lineNumber = lines.indexOf(`## Article ${article}`) + 1 + paragraph;
      // Drop the closer of "[legislative and other]" in that one paragraph.
      lines[lineNumber] = lines[lineNumber].replace('[legislative and other]', '[legislative and other');
      const text = lines.join('\n');
      const errors = errorsOf(text);
      assert.strictEqual(errors.length, 1, JSON.stringify(errors));
      assert.strictEqual(errors[0].id, 'bracket.unclosed');
      const at = new LineIndex(text).position(errors[0].start);
      assert.strictEqual(at.line, lineNumber);
      assert.strictEqual(text.slice(errors[0].start, errors[0].start + 12), '[legislative');
      assert.ok(errors[0].related && errors[0].related[0].start === text.indexOf('\n', errors[0].start), 'related information points at the paragraph end');
    });
  }

  it('one extra "]" inside a spanning article is the stray one', () => {
    const lines = longDocument(9);
    const lineNumber = lines.indexOf('## Article 6') + 3;
    lines[lineNumber] = lines[lineNumber].replace('such [legislative', 'such] [legislative');
    const text = lines.join('\n');
    const errors = errorsOf(text);
    assert.strictEqual(errors.length, 1, JSON.stringify(errors));
    assert.strictEqual(errors[0].id, 'bracket.stray');
    assert.strictEqual(new LineIndex(text).position(errors[0].start).line, lineNumber);
  });

  it('a chapeau bracket closing in a later sub-paragraph is not an error', () => {
    const text = 'OP3. Decides [that States shall:\n  (a) act;\n  (b) report.]\nOP4. Further [decides] to remain seized.\n';
    assert.deepStrictEqual(errorsOf(text), []);
  });
});
