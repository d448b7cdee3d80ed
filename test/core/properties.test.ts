// Property tests: lexing and parsing are total, lossless and deterministic on arbitrary text.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze, checkText, lex, parse, type SyntaxElement } from '../../server/src/core';

/** Text made mostly of the language's own delimiters, which is where parsers break. */
const negotextish = fc
  .array(fc.constantFrom('[', ']', '{', '}', '] / [', ']/[', '][', ']{US}', '[^1]', '[^1]: ', '<!--', '-->', '\\[', '\\', '/', ' / ', '\n', '\r\n', '\r', '\n\n', '---\n', '# ', 'OP1. ', '(a) ', 'a) ', 'Option 1: ', 'No text', 'US, EU', 'proposed: ', ';', 'text ', ' ', '\t', 'é', '😀', '\uD800', '\u0000', 'ابن', '中文'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), negotextish);

describe('properties', () => {
  it('tokens cover the input exactly, in order', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = lex(text).tokens.toTokens();
        let at = 0;
        for (const token of tokens) {
          assert.strictEqual(token.start, at);
          assert.ok(token.end > token.start);
          at = token.end;
        }
        assert.strictEqual(at, text.length);
        assert.strictEqual(tokens.map((t) => text.slice(t.start, t.end)).join(''), text);
      }),
      { numRuns: 500 },
    );
  });

  it('the tree is lossless: every node covers its children contiguously', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = parse(text);
        const visit = (element: SyntaxElement): string => {
          if (!('children' in element)) return text.slice(element.start, element.end);
          let at = element.start;
          const joined = element.children
            .map((child) => {
              assert.strictEqual(child.start, at, `gap in ${element.kind}`);
              at = child.end;
              return visit(child);
            })
            .join('');
          assert.strictEqual(at, element.end);
          return joined;
        };
        assert.strictEqual(visit(tree.root), text);
      }),
      { numRuns: 500 },
    );
  });

  it('analysis and findings never throw and are deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const first = JSON.stringify(checkText(text));
        assert.strictEqual(JSON.stringify(checkText(text)), first);
        const model = analyze(text);
        for (const bracket of model.brackets) {
          assert.ok(bracket.start <= bracket.end && bracket.end <= text.length);
          // The delimiters are not kept: code reads the `[` at `start` and, of a closed bracket, the `]` before `end`.
          assert.strictEqual(text[bracket.start], '[');
          if (bracket.closed) assert.strictEqual(text[bracket.end - 1], ']');
        }
        // Nor an annotation's content: it runs from after the `{` at `start` to before the `}` that ends it, and an
        // unclosed annotation is only its `{`.
        for (const annotation of model.annotations) {
          assert.strictEqual(text[annotation.start], '{');
          if (annotation.closed) assert.strictEqual(text[annotation.end - 1], '}');
          else assert.strictEqual(annotation.end, annotation.start + 1);
        }
        // Lists made at their most and cut to their count have no holes.
        for (const list of [model.paragraphs, model.annotations, model.brackets]) for (let i = 0; i < list.length; i++) assert.ok(list[i] !== undefined, `hole at ${i}`);
      }),
      { numRuns: 500 },
    );
  });

  it('line endings do not change the reading: the same text with LF, CRLF or CR gives the same findings', () => {
    // A finding's offsets move with the line ends, so findings are compared by id and by the line they start on.
    const reading = (text: string) => {
      const lineOf = (offset: number) => text.slice(0, offset).split(/\r\n|\n|\r/).length;
      return checkText(text).map((finding) => `${finding.id}@${lineOf(finding.start)}`);
    };
    fc.assert(
      fc.property(negotextish, (text) => {
        const lf = text.replace(/\r\n?/g, '\n');
        const expected = reading(lf);
        assert.deepStrictEqual(reading(lf.replace(/\n/g, '\r\n')), expected, 'CRLF');
        assert.deepStrictEqual(reading(lf.replace(/\n/g, '\r')), expected, 'CR');
      }),
      { numRuns: 1000 },
    );
  });

  it('a front matter reads the same with LF, CRLF or CR line ends (the YAML library knows no lone CR)', () => {
    const lf = '---\ntitle: Draft\n\nlanguage: fr\n---\nOP1. Text\n';
    for (const text of [lf, lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r')]) {
      const model = analyze(text);
      assert.deepStrictEqual([model.frontMatter?.title, model.language, model.frontMatter?.problems], ['Draft', 'fr', []], JSON.stringify(text));
    }
  });
});
