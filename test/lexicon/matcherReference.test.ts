// The term matcher finds exactly what a slow, plain reference finds, on random texts, lexicons and prose ranges.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { createTermMatcher, parseLexicon, type Lexicon, type LexiconEntry, type LexiconLanguage, type LexiconStatus } from '../../server/src/core/lexicon';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { generateLexicon, generateText } from '../performance/generateText';
import { referenceMatch } from './reference/referenceMatcher';
import { NO_TERMS } from '../../server/src/core/lexicon/termTable';
import type { RangeList } from '../../server/src/core/text/rangeList';

/** The `[start, end]` pairs of a range list. */
function pairsOf(ranges: RangeList): Array<[number, number]> {
  if (!(ranges instanceof Int32Array)) return ranges.map(([start, end]) => [start, end]);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < ranges.length; i += 2) pairs.push([ranges[i], ranges[i + 1]]);
  return pairs;
}

/**
 * Words and pieces of words that exercise the rules: plurals and their exceptions, capitals of
 * abbreviations, hyphens, apostrophes, digits, accents, Cyrillic case endings and ё, Arabic proclitics,
 * the article after ل and short vowels, Chinese without spaces, astral letters and lone surrogates.
 */
const WORDS = [
  'state', 'States', 'STATE', 'technology', 'technologies', 'Technologys', 'process', 'processes', 'approach', 'approaches',
  'box', 'boxes', 'status', 'analysis', 'bus', 'ICT', 'ICTs', 'icts', 'IT', 'it', 'It', 'CBMs', 'critical', 'infrastructure',
  'infrastructures', 'confidence-building', 'measure', 'measures', '24/7', 'network', 'networks', 'non', 'of', 'a', 'as', 'is',
  'État', 'États', 'ÉTATS', 'mesure', 'mesures', 'cyberespace', 'l’information', "l'information", 'tecnologías', 'crítica', 'prix', 'travaux',
  'технологий', 'технологии', 'технологиям', 'объём', 'объем', 'ОБЪЁМ', 'данных', 'государственного', 'ИКТ',
  'الجريمة', 'والجريمة', 'للجريمة', 'وبالجريمة', 'مالجريمة', 'الْجَرِيمَة', 'السيبرانية', 'أمن', 'امن', 'ـ',
  '网络', '犯罪', '网络犯罪', '关键基础设施', '设施', 'İstanbul', 'straße', 'STRASSE', 'ﬁle', 'ǅemal', 'Ⅻ', 'x²',
];
/** Astral letters, which the matcher reads unit by unit: rarer, so that most cases take the word-by-word path. */
const ASTRAL_WORDS = ['𝐀𝐁', '𐐀𐐨', 'a𝐀', '🇺🇳'];
const SEPARATORS = [' ', ' ', ' ', '  ', '\n', '\n    ', '\t', ', ', '. ', '-', '‑', '’', "'", '/', '(', ')', '\u00a0', '\u00ad', '\u200b', '\u0000', '', '…', 'ـ'];
/** Lone surrogates, likewise rarer. */
const LONE_SURROGATES = ['\ud800', '\udc00'];
const LANGUAGES: readonly LexiconLanguage[] = ['en', 'fr', 'es', 'ru', 'ar', 'zh'];
const STATUSES: readonly LexiconStatus[] = ['agreed', 'agreed', 'proposed', 'contested', 'rejected'];

const word = fc.oneof({ arbitrary: fc.constantFrom(...WORDS), weight: 400 }, { arbitrary: fc.constantFrom(...ASTRAL_WORDS), weight: 1 });
/** A language, `language` two times in three. */
const inMostly = (language: LexiconLanguage): fc.Arbitrary<LexiconLanguage> => fc.oneof({ arbitrary: fc.constant(language), weight: 2 }, { arbitrary: fc.constantFrom(...LANGUAGES), weight: 1 });
const separator = fc.oneof({ arbitrary: fc.constantFrom(...SEPARATORS), weight: 400 }, { arbitrary: fc.constantFrom(...LONE_SURROGATES), weight: 1 });
/** A phrase of one to three words, as a lexicon form or a piece of text. */
const phrase = fc.tuple(word, fc.array(fc.tuple(separator, word), { maxLength: 2 })).map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''));
const forms = fc.array(phrase, { maxLength: 2 });

/** An entry; its translations are mostly in `language`, the document's. */
const entryIn = (language: LexiconLanguage): fc.Arbitrary<LexiconEntry> =>
  fc
  .record({
    term: phrase,
    abbreviation: fc.option(fc.constantFrom('ICT', 'ICTs', 'IT', 'CBMs', 'ИКТ', 'États', 'a'), { nil: undefined }),
    status: fc.constantFrom(...STATUSES),
    variants: forms,
    deprecated: forms,
    translation: fc.tuple(inMostly(language), forms),
    deprecatedTranslation: fc.tuple(inMostly(language), forms),
    useInstead: fc.option(phrase, { nil: undefined }),
  })
  .map(({ term, abbreviation, status, variants, deprecated, translation, deprecatedTranslation, useInstead }) => ({
    term,
    ...(abbreviation === undefined ? {} : { abbreviation }),
    status,
    ...(useInstead === undefined ? {} : { useInstead }),
    variants,
    deprecated,
    translations: { [translation[0]]: translation[1].length === 1 ? translation[1][0] : translation[1] },
    deprecatedTranslations: { [deprecatedTranslation[0]]: deprecatedTranslation[1] },
    start: 0,
    end: 0,
    termStart: 0,
    termEnd: 0,
  }));

const lexiconsIn = (language: LexiconLanguage): fc.Arbitrary<Lexicon[]> =>
  fc.array(fc.array(entryIn(language), { minLength: 1, maxLength: 8 }).map((entries): Lexicon => ({ path: 'random.lexicon.yaml', entries })), { minLength: 1, maxLength: 2 });
/** The forms a lexicon writes, to be written again in the text. */
function writtenForms(lexiconList: readonly Lexicon[]): string[] {
  return lexiconList.flatMap((lexicon) =>
    lexicon.entries.flatMap((e) => [e.term, ...(e.abbreviation === undefined ? [] : [e.abbreviation]), ...e.variants, ...e.deprecated, ...Object.values(e.translations).flat(), ...Object.values(e.deprecatedTranslations).flat()]),
  );
}

/** Text: the lexicon's forms (often re-cased), other phrases and words, joined by any separator. */
const textFor = (known: readonly string[]): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...known), fc.constantFrom(...known).map((f) => f.toUpperCase()), fc.constantFrom(...known).map((f) => f.toLowerCase()), phrase), separator), { maxLength: 25 })
    .map((parts) => parts.map(([p, s]) => p + s).join(''));
/** Prose ranges: the whole text, or random ones (unsorted, overlapping, touching, outside the text). */
const ranges = (length: number): fc.Arbitrary<Array<[number, number]>> =>
  fc.oneof(
    { arbitrary: fc.constant<Array<[number, number]>>([[0, length]]), weight: 2 },
    { arbitrary: fc.array(fc.tuple(fc.integer({ min: -3, max: length + 3 }), fc.integer({ min: -3, max: length + 3 })), { maxLength: 6 }), weight: 1 },
  );

/** Lexicons, a text that uses them, and its prose ranges. */
const matcherCase = fc.constantFrom(...LANGUAGES).chain((language) =>
  lexiconsIn(language).chain((lexiconList) =>
    textFor(writtenForms(lexiconList)).chain((written) => ranges(written.length).map((prose) => ({ language, lexiconList, written, prose }))),
  ),
);

describe('term matcher against the reference', () => {
  it('finds the same occurrences in a generated treaty text with the 2,000-term benchmark lexicon, in its prose ranges', function () {
    this.timeout(60_000);
    const lexicon = parseLexicon(generateLexicon().text, 'bench.lexicon.yaml').lexicon;
    const written = generateText(48 * 1024);
    let prose: RangeList = [];
    const registry = builtinRegistry();
    analyze(written, { delegations: registry, terms: { match: (_text, ranges) => ((prose = ranges), NO_TERMS) } });
    // Analysis hands its prose over flat; the reference reads pairs.
    assert.ok(prose instanceof Int32Array, 'the analysis gave the matcher its prose ranges flat');
    const pairs = pairsOf(prose);
    assert.ok(pairs.length > 20, 'the analysis gave the matcher its prose ranges');
    const actual = createTermMatcher([lexicon], 'en').match(written, prose).toArray();
    assert.ok(actual.length > 100, `only ${actual.length} occurrences`);
    assert.deepStrictEqual(actual, referenceMatch([lexicon], 'en', written, pairs));
  });

  it('finds the same occurrences on random texts, lexicons, languages and ranges', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(matcherCase, ({ language, lexiconList, written, prose }) => {
        const matcher = createTermMatcher(lexiconList, language);
        const expected = referenceMatch(lexiconList, language, written, prose);
        assert.deepStrictEqual(matcher.match(written, prose).toArray(), expected);
        // The same ranges flat, as analysis gives them, unsorted and overlapping ones included.
        assert.deepStrictEqual(matcher.match(written, Int32Array.from(prose.flat())).toArray(), expected);
      }),
      { numRuns: Number(process.env.NEGOTEXT_MATCHER_RUNS ?? 1500) },
    );
  });
});
