// A lexicon form's key is the prose normalisation of the form as one range, trimmed, whatever came before it.

import * as assert from 'assert';
import * as fc from 'fast-check';
import type { LexiconLanguage } from '../../server/src/core/lexicon';
import { normalizeForm, normalizeInto } from '../../server/src/core/lexicon/normalizeForMatching';
import { NormalizedStream } from '../../server/src/core/lexicon/normalizedStream';

const LANGUAGES: readonly LexiconLanguage[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];

/** Pieces that exercise the rules: plurals, capitals, apostrophes, hyphens, Cyrillic, Arabic, Chinese, odd spaces. */
const PIECES = ['States', 'technologies', 'ICTs', 'l’information', 'État', 'технологий', 'ОБЪЁМ', 'والجريمة', 'الْجَرِيمَة', '网络犯罪', '𝐀𝐁', '\ud800', ' ', '  ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '-', '‑', "'", ',', '.'];

/** The key as the whole prose normalisation reads it: one range, decoded and trimmed. */
function plainKey(form: string, language: LexiconLanguage): string {
  const stream = new NormalizedStream(form.length + 16);
  normalizeInto(form, [[0, form.length]], language, stream);
  let text = '';
  for (let i = 0; i < stream.length; i++) text += String.fromCharCode(stream.codeAt(i));
  return text.trim();
}

describe('lexicon form keys', () => {
  it('are the prose normalisation of the form, in every language', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), fc.constantFrom(...LANGUAGES), (pieces, language) => {
        const form = pieces.join('');
        assert.strictEqual(normalizeForm(form, language), plainKey(form, language));
      }),
    );
  });

  it('are the same before and after a form long enough to grow the stream the keys are made in', () => {
    const before = normalizeForm('Critical  Infrastructures', 'en');
    const long = 'technologies '.repeat(1000);
    assert.strictEqual(normalizeForm(long, 'en'), plainKey(long, 'en'));
    assert.strictEqual(normalizeForm('Critical  Infrastructures', 'en'), before);
    assert.strictEqual(before, 'critical infrastructure');
  });
});
