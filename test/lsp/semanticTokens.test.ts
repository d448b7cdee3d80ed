// Semantic tokens at the LSP edge: relative encoding, one token per line, ranges, and the legend in step with package.json.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { computeSemanticTokens, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticTokenData } from '../../server/src/core/features/semanticTokens';
import { TextLines } from '../../server/src/lsp/positions';
import { encodeSemanticTokens, SEMANTIC_TOKENS_LEGEND } from '../../server/src/lsp/semanticTokens';
import { decodeSemanticTokens, describeToken } from '../support/decodeSemanticTokens';
import { REPO_ROOT } from '../support/paths';

function encoded(text: string, within?: { start: number; end: number }): string[] {
  const registry = builtinRegistry();
  const tokens = computeSemanticTokens(analyze(text, { delegations: registry }), { delegations: registry });
  const data = encodeSemanticTokens(tokens, new TextLines(text), within);
  return decodeSemanticTokens(data, SEMANTIC_TOKENS_LEGEND, text).map((t) => `${t.line}:${t.character} ${describeToken(t)}`);
}

describe('LSP semantic tokens', () => {
  it('encodes lines and characters relatively, in UTF-16 units', () => {
    assert.deepStrictEqual(encoded('OP1. 😀 [a]{US}\r\n[b]'), [
      '0:8 bracket.depth1 [',
      '0:10 bracket.depth1 ]',
      '0:11 attribution {',
      '0:12 delegation US',
      '0:14 attribution }',
      '1:0 bracket.depth1 [',
      '1:2 bracket.depth1 ]',
    ]);
    const tokens: SemanticTokenData[] = [{ start: 2, end: 3, type: 'bracket', modifiers: [] }, { start: 7, end: 8, type: 'bracket', modifiers: ['stray'] }, { start: 9, end: 10, type: 'bracket', modifiers: [] }];
    assert.deepStrictEqual(Array.from(encodeSemanticTokens(tokens, new TextLines('ab[de]\n]\n['))), [0, 2, 1, 8, 0, 1, 0, 1, 8, 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('stray'), 1, 0, 1, 8, 0]);
  });

  it('splits a token over lines into one token per line, without the line breaks and empty pieces', () => {
    // A blank line ends the paragraph, so this `{` is unclosed: only the brace is a token.
    assert.deepStrictEqual(encoded('Text {to be\r\n\r\ncompleted} end.'), ['0:5 placeholder.unclosed {']);
    assert.deepStrictEqual(encoded('Text {to be\ncompleted\nlater} end.'), ['0:5 placeholder {to be', '1:0 placeholder completed', '2:0 placeholder later}']);
    const tokens: SemanticTokenData[] = [{ start: 1, end: 9, type: 'placeholder', modifiers: [] }];
    assert.deepStrictEqual(Array.from(encodeSemanticTokens(tokens, new TextLines('a{b\r\n\r\nc}d'))), [0, 1, 2, 3, 0, 2, 0, 2, 3, 0]);
  });

  it('a range keeps the tokens that overlap it', () => {
    const text = '[a]\n[b]{US}\n[c]';
    assert.deepStrictEqual(encoded(text, { start: 4, end: 8 }), ['1:0 bracket.depth1 [', '1:2 bracket.depth1 ]', '1:3 attribution {']);
  });

  it('the legend is the core vocabulary, and package.json declares it with a scope for every type', () => {
    assert.deepStrictEqual(SEMANTIC_TOKENS_LEGEND.tokenTypes, [...SEMANTIC_TOKEN_TYPES]);
    assert.deepStrictEqual(SEMANTIC_TOKENS_LEGEND.tokenModifiers, [...SEMANTIC_TOKEN_MODIFIERS]);
    assert.ok(SEMANTIC_TOKEN_MODIFIERS.length <= 31, 'modifiers fit in the bit set');
    const contributes = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).contributes;
    assert.deepStrictEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id), [...SEMANTIC_TOKEN_TYPES]);
    // `deprecated` is one of VS Code's standard modifiers, so the manifest does not declare it again.
    assert.deepStrictEqual(contributes.semanticTokenModifiers.map((m: { id: string }) => m.id), SEMANTIC_TOKEN_MODIFIERS.filter((m) => m !== 'deprecated'));
    const scopes: Record<string, string[]> = contributes.semanticTokenScopes.find((s: { language: string }) => s.language === 'negotext').scopes;
    for (const type of SEMANTIC_TOKEN_TYPES) assert.ok(scopes[type], `no scope for ${type}`);
    for (const selector of Object.keys(scopes)) {
      const [type, ...modifiers] = selector.split('.');
      assert.ok((SEMANTIC_TOKEN_TYPES as readonly string[]).includes(type), selector);
      for (const modifier of modifiers) assert.ok((SEMANTIC_TOKEN_MODIFIERS as readonly string[]).includes(modifier), selector);
      for (const scope of scopes[selector]) assert.ok(scope.split(' ').every((s) => s.endsWith('.negotext')), `${selector}: ${scope}`);
    }
    // Among selectors of equal weight VS Code takes the last: an unclosed or stray bracket must win over its depth.
    const keys = Object.keys(scopes);
    assert.ok(keys.indexOf('bracket.unclosed') > keys.indexOf('bracket.depth6'));
  });
});
