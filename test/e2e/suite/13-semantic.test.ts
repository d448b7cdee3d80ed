// Semantic tokens through VS Code's own commands: the legend the extension declares, and tokens decoded against it.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openScratch, waitFor } from './helpers';

const DRAFT = ['OP1. {proposed: Cnina} Decides to [hold]{US, G77} {number} sessions.', '', 'OP2. {Placeholder for preamble}', ''].join('\n');

/** Tokens as `line:character type.modifiers text`. */
function decode(document: vscode.TextDocument, legend: vscode.SemanticTokensLegend, tokens: vscode.SemanticTokens): string[] {
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
    const text = document.lineAt(line).text.slice(character, character + length);
    out.push(`${line}:${character} ${[legend.tokenTypes[type], ...modifiers].join('.')} ${text}`);
  }
  return out;
}

suite('semantic tokens', () => {
  test('the server colours what the grammar cannot know: an unknown delegation, a group, a placeholder after a label', async () => {
    const document = await openScratch('semantic', DRAFT);
    const legend = await waitFor('the semantic tokens legend', () =>
      vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri),
    );
    assert.ok(legend.tokenTypes.includes('placeholder'), `legend: ${legend.tokenTypes.join(', ')}`);
    assert.ok(legend.tokenModifiers.includes('unknown'));
    const tokens = await waitFor('semantic tokens', async () => {
      const result = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
      return result && result.data.length > 0 ? decode(document, legend, result) : undefined;
    });
    for (const expected of [
      '0:5 paragraphAnnotation {',
      '0:6 role proposed',
      '0:16 delegation.unknown Cnina',
      '0:34 bracket.depth1 [',
      '0:41 delegation US',
      '0:45 delegation.group G77',
      '0:50 placeholder {number}',
      '2:5 placeholder {Placeholder for preamble}',
    ]) {
      assert.ok(tokens.includes(expected), `no "${expected}" in:\n${tokens.join('\n')}`);
    }
  });
});
