// Document symbols (the Outline) and folding ranges for a whole document.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';

suite('outline and folding', () => {
  test('document symbols: headings, then labelled paragraphs with their open-bracket counts', async () => {
    const document = await openFixture('clean.ntx');
    const symbols = await waitFor('document symbols', async () => {
      const result = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      return result && result.length > 0 ? result : undefined;
    });
    assert.deepStrictEqual(symbols.map((s) => s.name), ['Preamble', 'Operative part']);
    const [preamble, operative] = symbols;
    assert.deepStrictEqual(preamble.children.map((s) => s.name.split(' ')[0]), ['PP1', 'PP2']);
    assert.deepStrictEqual(operative.children.map((s) => s.name.split(' ')[0]), ['OP1', 'OP2']);
    assert.match(operative.detail, /4 open brackets/);
    assert.match(operative.children[0].detail, /2 open brackets/);
    assert.match(preamble.children[1].detail, /ad ref/);
    assert.strictEqual(operative.children[0].selectionRange.start.line, 15);
  });

  test('folding ranges cover the front matter and each section', async () => {
    const document = await openFixture('clean.ntx');
    const ranges = await waitFor('folding ranges', async () => {
      const result = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
      return result && result.length > 0 ? result : undefined;
    });
    const starts = new Set(ranges.map((r) => r.start));
    assert.ok(starts.has(0), `a range starts at the front matter (line 1); starts: ${[...starts].join(', ')}`);
    assert.ok(starts.has(7), 'a range starts at "# Preamble" (line 8)');
    assert.ok(starts.has(13), 'a range starts at "# Operative part" (line 14)');
    const operative = ranges.find((r) => r.start === 13);
    assert.ok(operative && operative.end >= 17, 'the operative section folds at least to OP2');
  });
});
