// The outline columns give back what was put in, walk as the tree they link, and agree with the outline's objects.

import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze, computeOutline, type OutlineItem } from '../../server/src/core';
import { Outline } from '../../server/src/core/features/outlineTable';
import { TextLines, toLspRange } from '../../server/src/lsp/positions';
import { DocumentSymbolsAnswer } from '../../server/src/lsp/symbols';
import { generateText } from '../performance/generateText';
import { REPO_ROOT } from '../support/paths';

/** A hand-made outline: a heading over a paragraph (with a sub-paragraph) and an option set, then a second heading. */
function handMade(): Outline {
  const outline = new Outline(6);
  const part = outline.add('heading', 'Part', 0, 50, { start: 2, end: 6 }, undefined);
  const op1 = outline.add('paragraph', 'OP1 Decides', 10, 20, { start: 10, end: 14 }, 'ad ref');
  const sub = outline.add('paragraph', '(a) first', 21, 40, { start: 21, end: 24 }, 'agreed');
  const set = outline.add('optionSet', 'Options (2)', 41, 45, { start: 41, end: 50 }, undefined);
  const next = outline.add('heading', 'Next', 60, 70, { start: 62, end: 66 }, undefined);
  outline.prependChild(-1, next);
  outline.prependChild(-1, part);
  outline.prependChild(part, set);
  outline.prependChild(part, op1);
  outline.prependChild(op1, sub);
  outline.setExtent(part, 55, 70);
  outline.setExtent(op1, 40, 2);
  outline.setExtent(sub, 40, 1);
  return outline;
}

/** Every item of the tree, parents first, with its depth: the order `Outline.forEach` promises. */
function preorder(items: ReadonlyArray<OutlineItem>, depth = 0, into: Array<[OutlineItem, number]> = []): Array<[OutlineItem, number]> {
  for (const item of items) {
    into.push([item, depth]);
    preorder(item.children, depth + 1, into);
  }
  return into;
}

/** Asserts that each item of `outline`, read from its columns in `forEach` order, is the object `items()` made for it. */
function checkColumnsAgree(outline: Outline, what: string): void {
  const expected = preorder(outline.items());
  const read: Array<[unknown, number]> = [];
  outline.forEach((index, depth) => {
    const item = {
      kind: outline.kind(index),
      name: outline.name(index),
      detail: outline.detail(index),
      range: { start: outline.start(index), end: outline.end(index) },
      selectionRange: { start: outline.selectionStart(index), end: outline.selectionEnd(index) },
      openBrackets: outline.openBrackets(index),
      status: outline.status(index),
    };
    read.push([item, depth]);
  });
  assert.deepStrictEqual(read, expected.map(([{ children: _children, ...fields }, depth]) => [fields, depth]), what);
}

describe('outline table', () => {
  it('keeps every field and links children in the order they are put in front', () => {
    const outline = handMade();
    assert.strictEqual(outline.length, 5);
    const names: string[] = [];
    outline.forEach((index, depth) => names.push(`${'  '.repeat(depth)}${outline.name(index)} [${outline.detail(index)}]`));
    assert.deepStrictEqual(names, ['Part [70 open brackets]', '  OP1 Decides [2 open brackets · ad ref]', '    (a) first [1 open bracket · agreed]', '  Options (2) []', 'Next []']);
    assert.deepStrictEqual([outline.end(0), outline.end(1), outline.end(3)], [55, 40, 45]);
    assert.deepStrictEqual([outline.firstChild(3), outline.nextSibling(4), outline.firstRoot], [-1, -1, 0]);
  });

  it('makes its objects once, in the tree the links describe, leaves sharing one frozen list', () => {
    const outline = handMade();
    const items = outline.items();
    assert.strictEqual(outline.items(), items);
    assert.deepStrictEqual(
      items.map((item) => [item.name, item.children.map((child) => [child.name, child.children.map((c) => c.name)])]),
      [['Part', [['OP1 Decides', ['(a) first']], ['Options (2)', []]]], ['Next', []]],
    );
    assert.strictEqual(items[1].children, items[0].children[1].children);
    assert.ok(Object.isFrozen(items[1].children));
    checkColumnsAgree(outline, 'hand-made');
  });

  it('an outline with no items walks nothing', () => {
    const outline = computeOutline(analyze('Just prose, no heading and no label.\n'));
    assert.deepStrictEqual([outline.length, outline.firstRoot, outline.items()], [0, -1, []]);
    outline.forEach(() => assert.fail('no item to visit'));
  });

  it('agrees with its objects on the fixtures and a generated draft', () => {
    const fixtures = path.join(REPO_ROOT, 'test', 'fixtures', 'realistic');
    const texts: Array<[string, string]> = [['generated 100 KB', generateText(100_000)]];
    for (const name of readdirSync(fixtures).filter((file) => file.endsWith('.ntx'))) texts.push([name, readFileSync(path.join(fixtures, name), 'utf8')]);
    assert.ok(texts.length > 3, 'the realistic fixtures are found');
    for (const [what, text] of texts) checkColumnsAgree(computeOutline(analyze(text)), what);
  });

  it('gives document symbols that are its objects as LSP symbols', () => {
    const text = generateText(30_000);
    const outline = computeOutline(analyze(text));
    const lines = new TextLines(text);
    const asSymbols = (items: ReadonlyArray<OutlineItem>): unknown[] =>
      items.map((item) => ({
        name: item.name,
        kind: { heading: 2, paragraph: 8, optionSet: 10, option: 22 }[item.kind],
        range: toLspRange(lines, item.range),
        selectionRange: toLspRange(lines, item.selectionRange),
        ...(item.detail ? { detail: item.detail } : {}),
        ...(item.children.length > 0 ? { children: asSymbols(item.children) } : {}),
      }));
    assert.deepStrictEqual(JSON.parse(JSON.stringify(new DocumentSymbolsAnswer(outline, lines))), asSymbols(outline.items()));
  });
});
