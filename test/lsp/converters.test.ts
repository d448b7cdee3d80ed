// The other LSP converters: diagnostics (code, source, related information), folds as lines, and the settings reader.

import * as assert from 'assert';
import { DiagnosticSeverity, FoldingRangeKind } from 'vscode-languageserver';
import { analyze, computeFindings } from '../../server/src/core';
import { computeFolds } from '../../server/src/core/features/folding';
import { toLspDiagnostic } from '../../server/src/lsp/diagnostics';
import { toLspFoldingRanges } from '../../server/src/lsp/folding';
import { TextLines } from '../../server/src/lsp/positions';
import { readSettings } from '../../server/src/lsp/settings';

describe('LSP converters', () => {
  it('a finding becomes a diagnostic with its id as code and the expected closer as related information', () => {
    const text = 'OP1. Parties [shall\r\ntake 😀 measures.\r\n\r\nOP2. Next.';
    const finding = computeFindings(analyze(text)).find((f) => f.id === 'bracket.unclosed');
    assert.ok(finding);
    const diagnostic = toLspDiagnostic(finding, new TextLines(text), 'file:///d.ntx');
    assert.strictEqual(diagnostic.code, 'bracket.unclosed');
    assert.strictEqual(diagnostic.source, 'negotext');
    assert.strictEqual(diagnostic.severity, DiagnosticSeverity.Error);
    assert.deepStrictEqual(diagnostic.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 14 } });
    // The `]` is expected at the end of the paragraph, after the emoji (two units) on line 1.
    assert.deepStrictEqual(diagnostic.relatedInformation?.[0].location, { uri: 'file:///d.ntx', range: { start: { line: 1, character: 17 }, end: { line: 1, character: 17 } } });
  });

  it('folds become line ranges; one-line folds go, and one fold per start line stays (the widest)', () => {
    const text = '<!-- a\nb -->\n# H\nOP1. [x\ny]\nz';
    const folds = toLspFoldingRanges(computeFolds(analyze(text)), new TextLines(text));
    assert.deepStrictEqual(folds, [
      { startLine: 0, endLine: 1, kind: FoldingRangeKind.Comment },
      { startLine: 2, endLine: 5 },
      { startLine: 3, endLine: 5 },
    ]);
  });

  it('settings: nested as VS Code sends them, flat ids, bad values ignored', () => {
    const nested = readSettings({ diagnostics: { bracket: { unclosed: 'off', open: 'hint' }, label: { gap: 'loud' } }, lexicon: { paths: ['a.lexicon.yaml', 3] }, delegations: { path: 'd.yaml' } });
    assert.deepStrictEqual(nested, { severities: { 'bracket.unclosed': 'off', 'bracket.open': 'hint' }, lexiconPaths: ['a.lexicon.yaml'], delegationsPath: 'd.yaml' });
    const flat = readSettings({ diagnostics: { 'footnote.unused': 'warning' }, 'lexicon.paths': 'one.lexicon.yaml', 'delegations.path': '' });
    assert.deepStrictEqual(flat, { severities: { 'footnote.unused': 'warning' }, lexiconPaths: ['one.lexicon.yaml'] });
    assert.deepStrictEqual(readSettings(null), { severities: {}, lexiconPaths: [] });
  });
});
