// Footnote definition, references and rename as (text with `$0`, expected) data, one check helper per operation.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { applyEdits } from '../../server/src/core/features/edits';
import { footnoteAt, footnoteDefinitionOf, footnoteOccurrences, prepareFootnoteRename, renameFootnote } from '../../server/src/core/features/footnotes';
import { readCursor } from '../support/carets';

/** The definition the cursor's footnote goes to, as its text from the marker on (undefined: none). */
function checkDefinition(marked: string, expected: string | undefined): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text);
  const footnote = footnoteAt(model, offset);
  const definition = footnote && footnoteDefinitionOf(model, footnote.label);
  assert.strictEqual(definition && text.slice(definition.start, definition.end), expected);
}

/** References and definitions of the cursor's footnote, as `ref@offset` / `def@offset`. */
function checkOccurrences(marked: string, expected: string[]): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text);
  const footnote = footnoteAt(model, offset);
  assert.ok(footnote, 'no footnote at the cursor');
  const { references, definitions } = footnoteOccurrences(model, footnote.label);
  assert.deepStrictEqual([...references.map((r) => `ref@${r.start}`), ...definitions.map((d) => `def@${d.start}`)], expected);
}

/** Renaming at the cursor gives the expected text, or the expected error. */
function checkRename(marked: string, newName: string, expected: { text: string } | { error: RegExp }): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text);
  const result = renameFootnote(model, offset, newName);
  if ('error' in expected) {
    assert.ok('error' in result, 'rename should fail');
    assert.match(result.error, expected.error);
  } else {
    assert.ok('edits' in result, `rename failed: ${'error' in result ? result.error : ''}`);
    assert.strictEqual(applyEdits(text, result.edits), expected.text);
  }
}

describe('footnotes', () => {
  it('a reference goes to its definition', () => checkDefinition('See[^n$0ote].\n\n[^note]: The text.', '[^note]: The text.'));
  it('the first of duplicate definitions', () => checkDefinition('A[^1$0]\n\n[^1]: One.\n[^1]: Again.', '[^1]: One.'));
  it('an undefined reference has no definition', () => checkDefinition('See[^9$0].', undefined));
  it('references and the definition, from the definition marker', () => checkOccurrences('A[^1] B[^2] C[^1].\n\n[^1$0]: One.', ['ref@1', 'ref@13', 'def@20']));
  it('prepare rename covers the label only', () => {
    const { text, offset } = readCursor('See[^a$0bc] here.');
    const range = prepareFootnoteRename(analyze(text), offset);
    assert.strictEqual(range && text.slice(range.start, range.end), 'abc');
  });
  it('rename changes every reference and the definition', () => checkRename('A[^1] B[^1$0].\n\n[^1]: One.', 'iran', { text: 'A[^iran] B[^iran].\n\n[^iran]: One.' }));
  it('rename accepts the label written with brackets', () => checkRename('A[^1$0].\n\n[^1]: One.', '[^2]', { text: 'A[^2].\n\n[^2]: One.' }));
  it('rename onto an existing label is refused', () => checkRename('A[^1$0] B[^2].', '2', { error: /already exists/ }));
  it('rename to a label with a space is refused', () => checkRename('A[^1$0].', 'a b', { error: /spaces/ }));
  it('rename away from footnotes is refused', () => checkRename('A$0 [b].', 'x', { error: /no footnote/ }));
});
