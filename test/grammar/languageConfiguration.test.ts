// Checks language-configuration.json: square and curly brackets only, comment toggling, folding markers, word pattern.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');

interface RegExpSetting {
  pattern: string;
  flags?: string;
}

const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));

/** Builds a regular expression the way VS Code reads a language configuration (a string, or pattern and flags). */
function toRegExp(setting: string | RegExpSetting, extraFlags = ''): RegExp {
  const { pattern, flags = '' } = typeof setting === 'string' ? { pattern: setting } : setting;
  return new RegExp(pattern, flags + extraFlags);
}

/** The words VS Code would see in a line (double-click selection, word-based suggestions). */
function wordsOf(line: string): string[] {
  return line.match(toRegExp(config.wordPattern, 'g')) ?? [];
}

function pairsOf(pairs: Array<[string, string] | { open: string; close: string }>): string[] {
  return pairs.map((pair) => (Array.isArray(pair) ? pair.join('') : pair.open + pair.close));
}

describe('language configuration', () => {
  it('is referenced by package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'negotext');
    assert.strictEqual(path.resolve(root, language.configuration), path.join(root, 'language-configuration.json'));
  });

  it('pairs [ ] and { } but never ( ), so that labels such as a) do not look unbalanced', () => {
    assert.deepStrictEqual(pairsOf(config.brackets), ['[]', '{}']);
    assert.deepStrictEqual(pairsOf(config.colorizedBracketPairs), ['[]', '{}']);
    assert.deepStrictEqual(pairsOf(config.surroundingPairs), ['[]', '{}']);
    const autoClosing = pairsOf(config.autoClosingPairs);
    assert.ok(autoClosing.includes('[]') && autoClosing.includes('{}'));
    for (const setting of ['brackets', 'colorizedBracketPairs', 'surroundingPairs', 'autoClosingPairs']) {
      assert.ok(!pairsOf(config[setting]).some((pair) => pair.includes('(')), `${setting} pairs (`);
    }
  });

  it('toggles <!-- --> block comments', () => {
    assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']);
    assert.strictEqual(config.comments.lineComment, undefined);
  });

  it('folds <!-- #region --> ... <!-- #endregion --> and nothing else', () => {
    const start = toRegExp(config.folding.markers.start);
    const end = toRegExp(config.folding.markers.end);
    assert.ok(start.test('<!-- #region Preamble -->'));
    assert.ok(start.test('  <!-- region -->'));
    assert.ok(end.test('<!-- #endregion -->'));
    assert.ok(!start.test('<!-- #endregion -->'));
    assert.ok(!start.test('<!-- a note about the region -->'));
    assert.ok(!end.test('<!-- #region Preamble -->'));
  });

  it('keeps OP3bis and G77/China whole, and splits ad ref into its words', () => {
    assert.deepStrictEqual(wordsOf('OP3bis. [shall]{proposed: G77/China; ad ref}'), ['OP3bis', 'shall', 'proposed', 'G77/China', 'ad', 'ref']);
  });

  it('reads words in other scripts and with apostrophes', () => {
    assert.deepStrictEqual(wordsOf('Côte d’Ivoire, A/AC.291/L.4, информационно-коммуникационные'), ['Côte', 'd’Ivoire', 'A/AC.291/L.4', 'информационно-коммуникационные']);
  });
});
