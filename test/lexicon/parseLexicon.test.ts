// parseLexicon: entries read from YAML, and every problem at its exact offsets, including hostile input.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { LEXICON_LIMITS, parseLexicon } from '../../server/src/core/lexicon';
import { assertProblems, parseCarets } from './carets';

/** Parses annotated YAML and checks that the problems are exactly the annotated ones. */
function check(annotated: string): ReturnType<typeof parseLexicon> {
  const { text, expected } = parseCarets(annotated);
  const result = parseLexicon(text, 'test.lexicon.yaml');
  assertProblems(text, result.problems, expected);
  return result;
}

describe('parseLexicon', () => {
  describe('entries', () => {
    it('reads every field, with defaults and offsets', () => {
      const text = [
        'terms:',
        '  - term: information and communications technologies',
        '    abbreviation: ICTs',
        '    definition: Technologies for information.',
        '    source: A/70/174',
        '    variants: [information and communication technologies]',
        '    deprecated:',
        '      - cyber technologies',
        '    translations: { fr: "technologies de l\'information et des communications", ru: [ИКТ, информационно-коммуникационные технологии] }',
        '    deprecatedTranslations: { fr: cybertechnologies }',
        '    note: Agreed in 2015.',
        '  - term: cyber sovereignty',
        '    status: Contested',
        '    useInstead: State sovereignty',
      ].join('\n');
      const { lexicon, problems } = parseLexicon(text, 'x.lexicon.yaml');
      assert.deepStrictEqual(problems, []);
      assert.strictEqual(lexicon.path, 'x.lexicon.yaml');
      const [ict, sovereignty] = lexicon.entries;
      assert.deepStrictEqual(
        { ...ict },
        {
          term: 'information and communications technologies',
          abbreviation: 'ICTs',
          status: 'agreed',
          definition: 'Technologies for information.',
          source: 'A/70/174',
          variants: ['information and communication technologies'],
          deprecated: ['cyber technologies'],
          translations: { fr: "technologies de l'information et des communications", ru: ['ИКТ', 'информационно-коммуникационные технологии'] },
          deprecatedTranslations: { fr: ['cybertechnologies'] },
          note: 'Agreed in 2015.',
          start: text.indexOf('term: information'),
          end: text.indexOf('  - term: cyber') - 1,
          termStart: text.indexOf('information and communications'),
          termEnd: text.indexOf('information and communications') + 'information and communications technologies'.length,
        },
      );
      assert.strictEqual(sovereignty.status, 'contested');
      assert.strictEqual(sovereignty.useInstead, 'State sovereignty');
      assert.strictEqual(sovereignty.end, text.length);
    });

    it('reads an empty file, or one with only comments, as an empty lexicon', () => {
      for (const text of ['', '   \n', '# nothing yet\n', 'terms:\n', 'terms: []\n']) {
        assert.deepStrictEqual(parseLexicon(text, 'e.lexicon.yaml'), { lexicon: { path: 'e.lexicon.yaml', entries: [] }, problems: [] }, JSON.stringify(text));
      }
    });

    it('reads numbers as written, a single text as a list of one, and leaves empty fields out', () => {
      const { lexicon } = check(['terms:', '  - term: 24/7 network', '    source: 2001', '    variants: 24-7 network', '    definition:', '    note: ""'].join('\n'));
      assert.strictEqual(lexicon.entries[0].source, '2001');
      assert.deepStrictEqual(lexicon.entries[0].variants, ['24-7 network']);
      assert.strictEqual(lexicon.entries[0].definition, undefined);
      assert.strictEqual(lexicon.entries[0].note, undefined);
    });

    it('follows aliases to shared values', () => {
      const { lexicon } = check(['shared: &fr { fr: cybercriminalité }', '^^^^^^ lexicon.unknownField', 'terms:', '  - term: cybercrime', '    translations: *fr'].join('\n'));
      assert.deepStrictEqual(lexicon.entries[0].translations, { fr: 'cybercriminalité' });
    });
  });

  describe('problems', () => {
    it('reports a YAML syntax error where the parser found it, and keeps what it could read', () => {
      const { lexicon } = check([
        'terms:',
        '  - term: cybercrime',
        '  - term: "electronic evidence',
        '                             ^ lexicon.yaml',
      ].join('\n'));
      // The entries before the error are intact; how the parser recovers the broken one is its own business.
      assert.strictEqual(lexicon.entries[0].term, 'cybercrime');
    });

    it('reports a duplicate key as a YAML error', () => {
      check(['terms:', '  - term: a', '    term: b', '    ^ lexicon.yaml'].join('\n'));
    });

    it('reports an entry without a term over the whole entry, and skips it', () => {
      const { lexicon } = check([
        'terms:',
        '  - definition: no term here',
        '    ^^^^^^^^^^^^^^^^^^^^^^^^ lexicon.missingTerm',
        '  - term: traffic data',
        '  - term:',
        '    ^^^^^ lexicon.missingTerm',
      ].join('\n'));
      assert.deepStrictEqual(lexicon.entries.map((entry) => entry.term), ['traffic data']);
    });

    it('reports an unknown status with a suggestion, and counts the entry as agreed', () => {
      const { lexicon, problems } = check([
        'terms:',
        '  - term: due diligence',
        '    status: contsted',
        '            ^^^^^^^^ lexicon.unknownStatus',
        '  - term: cyber weapon',
        '    status: banned',
        '            ^^^^^^ lexicon.unknownStatus',
      ].join('\n'));
      assert.match(problems[0].message, /Did you mean “contested”\?/);
      assert.doesNotMatch(problems[1].message, /Did you mean/);
      assert.strictEqual(problems[0].severity, 'error');
      assert.strictEqual(lexicon.entries[0].status, 'agreed');
    });

    it('reports duplicate terms, variants and abbreviations, compared as the matcher compares', () => {
      const { problems } = check([
        'terms:',
        '  - term: critical infrastructure',
        '    abbreviation: CI',
        '  - term: Critical  Infrastructures',
        '          ^^^^^^^^^^^^^^^^^^^^^^^^^ lexicon.duplicateTerm',
        '  - term: critical information infrastructure',
        '    variants: [critical infrastructure, CII]',
        '               ^^^^^^^^^^^^^^^^^^^^^^^ lexicon.duplicateTerm',
        '    abbreviation: CI',
        '                  ^^ lexicon.duplicateTerm',
      ].join('\n'));
      assert.match(problems[0].message, /“critical infrastructure” \(line 2\)/);
    });

    it('reports a deprecated form that is an agreed form of its own entry, in English or in a translation', () => {
      check([
        'terms:',
        '  - term: ICT environment',
        '    deprecated: [cyberspace, ICT environments]',
        '                             ^^^^^^^^^^^^^^^^ lexicon.deprecatedIsAgreed',
        '  - term: cyber sovereignty',
        '    status: contested',
        '  - term: State sovereignty',
        '    deprecated: [cyber sovereignty]',
        '    translations: { fr: souveraineté des États }',
        '    deprecatedTranslations: { fr: [souveraineté étatique, Souveraineté des États] }',
        '                                                          ^^^^^^^^^^^^^^^^^^^^^^ lexicon.deprecatedIsAgreed',
      ].join('\n'));
    });

    it('reports the deprecated form agreed elsewhere', () => {
      const { problems } = check([
        'terms:',
        '  - term: ICT environment',
        '    deprecated: [cyberspace]',
        '                 ^^^^^^^^^^ lexicon.deprecatedIsAgreed',
        '  - term: cyberspace',
      ].join('\n'));
      assert.match(problems[0].message, /agreed entry “cyberspace” \(line 4\)/);
    });

    it('reports values of the wrong type and ignores them', () => {
      const { lexicon } = check([
        'terms:',
        '  - term: [a, b]',
        '          ^^^^^^ lexicon.wrongType',
        '  - term: traffic data',
        '    variants: { a: b }',
        '              ^^^^^^^^ lexicon.wrongType',
        '    deprecated: [ok, [nested]]',
        '                     ^^^^^^^^ lexicon.wrongType',
        '    translations: [données relatives au trafic]',
        '                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ lexicon.wrongType',
        '  - just a string',
        '    ^^^^^^^^^^^^^ lexicon.wrongType',
      ].join('\n'));
      assert.deepStrictEqual(lexicon.entries.map((entry) => [entry.term, entry.variants, entry.deprecated, entry.translations]), [['traffic data', [], ['ok'], {}]]);
    });

    it('reports a `terms` that is not a list, and a file that is not a mapping', () => {
      check(['terms: cybercrime', '       ^^^^^^^^^^ lexicon.wrongType'].join('\n'));
      check(['- term: cybercrime', '^^^^^^^^^^^^^^^^^^ lexicon.wrongType'].join('\n'));
    });

    it('reports unknown fields and languages with suggestions', () => {
      const { problems } = check([
        'titel: ICT terms',
        '^^^^^ lexicon.unknownField',
        'terms:',
        '  - term: cybercrime',
        '    defintion: crime using ICTs',
        '    ^^^^^^^^^ lexicon.unknownField',
        '    translations: { fr: cybercriminalité, de: Cyberkriminalität, rus: x }',
        '                                          ^^ lexicon.unknownLanguage',
        '                                                                 ^^^ lexicon.unknownLanguage',
      ].join('\n'));
      assert.deepStrictEqual(problems.map((p) => p.severity), ['warning', 'warning', 'warning', 'warning']);
      assert.match(problems[0].message, /Did you mean “title”\?/);
      assert.match(problems[1].message, /Did you mean “definition”\?/);
      assert.match(problems[3].message, /Did you mean “ru”\?/);
    });

    it('reports a missing `terms:` list', () => {
      check(['title: ICT terms', '^^^^^^^^^^^^^^^^ lexicon.noTerms'].join('\n'));
    });

    it('warns about forms too long to be matched', () => {
      const long = 'x'.repeat(LEXICON_LIMITS.maxFormChars + 1);
      const { problems } = parseLexicon(`terms:\n  - term: ${long}\n`, 'l.lexicon.yaml');
      assert.deepStrictEqual(problems.map((p) => [p.id, p.start, p.end]), [['lexicon.formTooLong', 17, 17 + long.length]]);
    });
  });

  describe('hostile input', () => {
    it('refuses a file over the size limit without parsing it', () => {
      const text = 'terms:\n' + '  - term: x\n'.repeat(Math.ceil(LEXICON_LIMITS.maxYamlChars / 12) + 1);
      const { lexicon, problems } = parseLexicon(text, 'big.lexicon.yaml');
      assert.deepStrictEqual(lexicon.entries, []);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.limit']);
      assert.match(problems[0].message, /limit is 5,000,000/);
    });

    it('refuses deep nesting of every kind, at the place it gets too deep, instead of overflowing the stack', () => {
      const cases = {
        flow: 'terms: ' + '['.repeat(100_000),
        flowMaps: 'terms: ' + '{a: '.repeat(100_000),
        compact: 'terms:\n' + '- '.repeat(100_000) + 'x',
        indentation: 'terms:\n' + Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i + 1) + `k${i}:`).join('\n'),
      };
      for (const [name, text] of Object.entries(cases)) {
        const { lexicon, problems } = parseLexicon(text, 'deep.lexicon.yaml');
        assert.deepStrictEqual(lexicon.entries, [], name);
        assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.limit'], name);
        assert.ok(problems[0].start > 0 && problems[0].start < 2_000 * 70, `${name} at ${problems[0].start}`);
      }
    });

    it('does not count brackets in quoted, plain and block scalars as nesting', () => {
      const brackets = '['.repeat(200);
      const text = [
        'terms:',
        `  - term: "${brackets}"`,
        `    note: see ${brackets}`,
        '    definition: |',
        `      ${brackets}`,
        `      ${'- '.repeat(200)}`,
      ].join('\n');
      const { lexicon, problems } = parseLexicon(text, 'ok.lexicon.yaml');
      assert.deepStrictEqual(problems.filter((p) => p.id === 'lexicon.limit'), []);
      assert.strictEqual(lexicon.entries.length, 1);
    });

    it('stops following aliases past the limit (billion laughs)', () => {
      const text = [
        'a: &a [x, x, x, x, x, x, x, x, x]',
        'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
        'shared: &t { fr: texte }',
        'terms:',
        ...Array.from({ length: LEXICON_LIMITS.maxAliases + 20 }, (_, i) => `  - { term: t${i}, translations: *t }`),
      ].join('\n');
      const { lexicon, problems } = parseLexicon(text, 'bomb.lexicon.yaml');
      const limits = problems.filter((p) => p.id === 'lexicon.limit');
      assert.strictEqual(limits.length, 1);
      assert.strictEqual(text.slice(limits[0].start, limits[0].end), '*t');
      assert.strictEqual(lexicon.entries.filter((entry) => entry.translations.fr === 'texte').length, LEXICON_LIMITS.maxAliases);
    });

    it('never throws, whatever the input', () => {
      const yamlish = fc.string({ unit: fc.constantFrom('[', ']', '{', '}', '-', ' ', '\n', ':', 'a', '*', '&', '"', "'", '#', '|', '>', '?', ',', '!', 't', 'e', 'r', 'm', 's'), maxLength: 200 });
      fc.assert(
        fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 }), yamlish.map((s) => `terms:\n  - term: ${s}`)), (text) => {
          const { problems } = parseLexicon(text, 'fuzz.lexicon.yaml');
          for (const problem of problems) assert.ok(problem.start >= 0 && problem.end >= problem.start && problem.end <= text.length);
        }),
        { numRuns: 500 },
      );
    });
  });
});
