// createTermMatcher and findEntry: which spans of prose match which lexicon forms, in the six languages.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createTermMatcher, findEntry, parseLexicon, type Lexicon, type LexiconLanguage, type TermOccurrence } from '../../server/src/core/lexicon';

const ROOT = path.resolve(__dirname, '../../..');

function lexiconOf(yaml: string): Lexicon {
  const { lexicon, problems } = parseLexicon(yaml, 'test.lexicon.yaml');
  assert.deepStrictEqual(problems, []);
  return lexicon;
}

const example = parseLexicon(fs.readFileSync(path.join(ROOT, 'examples/ict.lexicon.yaml'), 'utf8'), 'examples/ict.lexicon.yaml').lexicon;

/**
 * Matches `marked` (the whole text is prose) and checks the spans: ⟦ and ⟧ mark each expected occurrence
 * and are removed before matching. Returns the occurrences for further checks.
 */
function check(lexicons: Lexicon[], marked: string, language: LexiconLanguage = 'en'): TermOccurrence[] {
  let text = '';
  const expected: string[] = [];
  let open = -1;
  for (const char of marked) {
    if (char === '⟦') open = text.length;
    else if (char === '⟧') expected.push(`${open}..${text.length} ${text.slice(open, text.length)}`);
    else text += char;
  }
  const occurrences = createTermMatcher(lexicons, language).match(text, [[0, text.length]]).toArray();
  assert.deepStrictEqual(occurrences.map((o) => `${o.start}..${o.end} ${o.matched}`), expected);
  for (const occurrence of occurrences) assert.strictEqual(occurrence.matched, text.slice(occurrence.start, occurrence.end));
  return occurrences;
}

const english = lexiconOf(`
terms:
  - term: information and communications technologies
    abbreviation: ICTs
    variants: [information and communication technologies]
    deprecated: [cyber technologies]
  - term: communications technologies
  - term: critical infrastructure
  - term: critical information infrastructure
  - term: State
  - term: confidence-building measures
    abbreviation: CBMs
  - term: ICT environment
    deprecated: [cyberspace]
  - term: information technology
    abbreviation: IT
  - term: cyber sovereignty
    status: contested
    useInstead: State sovereignty
  - term: State sovereignty
  - term: cyber weapon
    status: rejected
  - term: 24/7 network
  - term: process
  - term: approach
`);

describe('createTermMatcher', () => {
  describe('English', () => {
    it('folds plurals: technology/technologies, State/States, infrastructure(s), measure/measures', () => {
      check([english], 'The ⟦States⟧ and the ⟦State⟧ protect ⟦critical infrastructures⟧ and ⟦critical infrastructure⟧.');
      check([english], '⟦Information and communications technology⟧ and ⟦confidence-building measure⟧, ⟦processes⟧, ⟦approaches⟧.');
    });

    it('does not fold verb forms or other words built on a term', () => {
      check([english], 'They measured it; a statesman stated; the processor; the critical infrastructured.');
      check([english], 'confidence-building measured');
    });

    it('is case-insensitive and reports the text as written', () => {
      check([english], '⟦CRITICAL INFRASTRUCTURE⟧, ⟦Critical Infrastructure⟧');
    });

    it('takes the longest match first and never overlaps', () => {
      const occurrences = check([english], 'Use of ⟦information and communications technologies⟧ and ⟦communications technologies⟧; ⟦critical information infrastructure⟧.');
      assert.deepStrictEqual(occurrences.map((o) => o.entry.term), ['information and communications technologies', 'communications technologies', 'critical information infrastructure']);
    });

    it('matches on word boundaries only, hyphens and apostrophes being boundaries', () => {
      check([english], 'non-⟦State⟧ actors, the ⟦States⟧\' duties, Statehood, interState, State1, 1State');
    });

    it('needs a boundary only where the form has a letter or digit: 24/7 network', () => {
      check([english], 'the ⟦24/7 network⟧; 124/7 network; (⟦24/7 networks⟧)');
    });

    it('matches across a line break and indentation, and any run of spaces', () => {
      check([english], 'protect their ⟦critical\n      infrastructure⟧ and ⟦critical \t information   infrastructures⟧');
    });

    it('keeps the capitals of abbreviations, with an optional plural s', () => {
      const occurrences = check([english], '⟦ICTs⟧, ⟦ICT⟧, icts, Icts, ⟦CBMs⟧, ⟦CBM⟧; ⟦IT⟧ is; it is; It is');
      assert.deepStrictEqual(occurrences.map((o) => o.form), ['abbreviation', 'abbreviation', 'abbreviation', 'abbreviation', 'abbreviation']);
    });

    it('reports which form matched: term, variant, deprecated', () => {
      const occurrences = check(
        [english],
        '⟦information and communication technologies⟧, ⟦information and communications technologies⟧, ⟦cyber technologies⟧; ⟦Information and  Communication\n  Technologies⟧, ⟦INFORMATION AND COMMUNICATIONS TECHNOLOGIES⟧',
      );
      // Forms that fold alike are told apart by their spelling, whatever the case and the spaces.
      assert.deepStrictEqual(occurrences.map((o) => o.form), ['variant', 'term', 'deprecated', 'variant', 'term']);
    });

    it('offers the agreed term for deprecated forms and the useInstead term for contested ones, capitalised like the text', () => {
      const occurrences = check([english], '⟦Cyberspace⟧ and ⟦cyberspace⟧; ⟦Cyber sovereignty⟧; ⟦cyber weapons⟧.');
      assert.deepStrictEqual(occurrences.map((o) => o.replacement), ['ICT environment', 'ICT environment', 'State sovereignty', undefined]);
    });

    it('matches only inside the given ranges, reading touching ranges as one', () => {
      const text = 'critical infrastructure {critical infrastructure} critical infrastructure';
      const matcher = createTermMatcher([english]);
      const ranges: Array<[number, number]> = [[0, 24], [49, 58], [58, text.length]];
      assert.deepStrictEqual(matcher.match(text, ranges).toArray().map((o) => [o.start, o.end]), [[0, 23], [50, 73]]);
      assert.deepStrictEqual(matcher.match(text, [[0, 9], [10, 23]]).toArray(), []);
      assert.deepStrictEqual(matcher.match(text, []).toArray(), []);
      assert.deepStrictEqual(matcher.match(text, [[-5, 3], [60, 500]]).length, 0);
      assert.deepStrictEqual(createTermMatcher([]).match(text, [[0, text.length]]).toArray(), []);
    });

    it('reads an emoji or a lone surrogate as punctuation, an astral letter as part of its word', () => {
      check([english], '🇺🇳⟦States⟧🇺🇳 and \ud800⟦critical infrastructure⟧\udc00; 𝐀State, State𝐀, 𝐀 ⟦State⟧ 𝐀');
    });

    it('gives agreed forms precedence over deprecated ones, and earlier lexicons over later ones', () => {
      const other = lexiconOf('terms:\n  - term: critical infrastructure\n    source: other\n  - term: old term\n    deprecated: [State]\n');
      const occurrences = check([english, other], 'the ⟦State⟧ and ⟦critical infrastructure⟧');
      assert.deepStrictEqual(occurrences.map((o) => [o.form, o.entry.source]), [['term', undefined], ['term', undefined]]);
    });
  });

  describe('other languages', () => {
    it('French: translations, typographic apostrophes, plurals, elision', () => {
      const occurrences = check([example], 'L’⟦environnement informatique⟧ et les ⟦technologies de l’information et des communications⟧ ; les ⟦mesures de confiance⟧ et une ⟦mesure de confiance⟧ ; la ⟦souveraineté des États⟧ ; le ⟦cyberespace⟧.', 'fr');
      assert.deepStrictEqual(occurrences.map((o) => o.form), ['translation', 'translation', 'translation', 'translation', 'translation', 'deprecated']);
      assert.strictEqual(occurrences[5].replacement, 'environnement informatique');
    });

    it('does not match English forms in a French text', () => {
      check([example], 'Les critical infrastructure ne sont pas des ⟦infrastructures critiques⟧.', 'fr');
    });

    it('Russian: case forms, ё, abbreviations', () => {
      check([example], 'использования ⟦информационно-коммуникационных технологий⟧ и ⟦ИКТ⟧, ⟦государственного суверенитета⟧, ⟦критически важной инфраструктуры⟧ и ⟦мер укрепления доверия⟧; ⟦киберпреступностью⟧', 'ru');
      check([english, lexiconOf('terms:\n  - term: x\n    translations: { ru: объём данных }\n')], '⟦объем данных⟧ и ⟦ОБЪЁМ ДАННЫХ⟧', 'ru');
    });

    it('Arabic: the term after a proclitic, the article after ل, short vowels ignored', () => {
      const occurrences = check([example], 'إن ⟦تكنولوجيا المعلومات والاتصالات⟧ و⟦الجريمة السيبرانية⟧ و⟦للجريمة السيبرانية⟧ وب⟦البنية التحتية الحيوية⟧ و⟦الْجَرِيمَة السيبرانية⟧', 'ar');
      assert.ok(occurrences.every((o) => o.entry.term !== undefined));
      assert.deepStrictEqual(occurrences.map((o) => o.entry.term), ['information and communications technologies', 'cybercrime', 'cybercrime', 'critical infrastructure', 'cybercrime']);
    });

    it('Arabic: no match inside a longer word', () => {
      check([example], 'مالجريمة السيبرانية وحقوق الإنسانية', 'ar');
    });

    it('Chinese: substrings in text without spaces, longest first', () => {
      const occurrences = check([example], '各国应保护⟦关键信息基础设施⟧和⟦关键基础设施⟧，打击⟦网络犯罪⟧，促进⟦信息和通信技术⟧的和平利用，避免使用⟦网络空间⟧一词。', 'zh');
      assert.deepStrictEqual(occurrences.map((o) => o.form), ['translation', 'translation', 'translation', 'translation', 'deprecated']);
      assert.strictEqual(occurrences[4].replacement, '信通技术环境');
    });

    it('Spanish: plurals', () => {
      check([example], 'las ⟦medidas de fomento de la confianza⟧ y la ⟦infraestructura crítica⟧ y las ⟦infraestructuras críticas⟧', 'es');
    });
  });

  describe('the example lexicon in English', () => {
    it('finds the terms of a real paragraph', () => {
      const text = 'Recognizing that the ⟦use of ICTs for criminal purposes⟧, including ⟦child pornography⟧, and ⟦malicious ICT activities⟧ against ⟦critical infrastructure⟧ threaten ⟦State sovereignty⟧ in ⟦cyberspace⟧, and that ⟦mutual legal assistance⟧ and the ⟦24/7 network⟧ under the Budapest Convention';
      const occurrences = check([example], text);
      assert.deepStrictEqual(occurrences.filter((o) => o.form === 'deprecated').map((o) => [o.matched, o.replacement]), [['child pornography', 'child sexual abuse material'], ['cyberspace', 'ICT environment']]);
    });
  });
});

describe('findEntry', () => {
  it('finds an entry by any form, compared as the matcher compares', () => {
    const find = (text: string): string | undefined => findEntry([english, example], text)?.term;
    assert.strictEqual(find('Critical  Infrastructures'), 'critical infrastructure');
    assert.strictEqual(find(' ICTs '), 'information and communications technologies');
    assert.strictEqual(find('cyber technologies'), 'information and communications technologies');
    assert.strictEqual(find('cybercriminalité'), 'cybercrime');
    assert.strictEqual(find('网络犯罪'), 'cybercrime');
    assert.strictEqual(find('информационно-коммуникационных технологий'), 'information and communications technologies');
    assert.strictEqual(find('nothing of the sort'), undefined);
    assert.strictEqual(find('   '), undefined);
  });

  it('prefers the first lexicon', () => {
    assert.strictEqual(findEntry([english, example], 'critical infrastructure')?.source, undefined);
    assert.strictEqual(findEntry([example, english], 'critical infrastructure')?.source, 'A/70/174, para. 13 (f)-(h); A/76/135');
  });
});
