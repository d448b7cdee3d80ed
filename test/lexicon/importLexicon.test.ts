// importLexicon: TBX (2019 and 2008 dialects), CSV and TSV fixtures, hostile XML, and writing the result as YAML.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { importLexicon, parseLexicon, toLexiconYaml, type DataFileProblem, type LexiconEntry } from '../../server/src/core/lexicon';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/lexicon');

function load(name: string): { text: string; entries: LexiconEntry[]; problems: DataFileProblem[] } {
  const text = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
  const { lexicon, problems } = importLexicon(text, path.join(FIXTURES, name));
  assert.strictEqual(lexicon.path, path.join(FIXTURES, name));
  return { text, entries: lexicon.entries, problems };
}

/** An entry without offsets, for comparing content. */
function content(entry: LexiconEntry): Omit<LexiconEntry, 'start' | 'end' | 'termStart' | 'termEnd'> {
  const { start, end, termStart, termEnd, ...rest } = entry;
  return rest;
}

/** Problems as `id "covered text"`, which shows where each one points. */
function located(text: string, problems: readonly DataFileProblem[]): string[] {
  return problems.map((p) => `${p.id} ${JSON.stringify(text.slice(p.start, p.end))}`);
}

describe('importLexicon', () => {
  describe('TBX', () => {
    it('reads TBX 2019 (DCA style): statuses, abbreviation, languages, definition, source, note', () => {
      const { text, entries, problems } = load('tbx2019-dca.tbx');
      assert.deepStrictEqual(content(entries[0]), {
        term: 'critical infrastructure',
        status: 'agreed',
        abbreviation: 'CI',
        variants: ['vital infrastructure'],
        deprecated: ['key infrastructure'],
        translations: {
          fr: ['infrastructures critiques', 'infrastructures vitales'],
          es: 'infraestructura crítica',
          ru: 'критически важная инфраструктура',
          zh: '关键基础设施',
          ar: 'البنية التحتية الحيوية',
        },
        deprecatedTranslations: { fr: ['infrastructures clés'] },
        definition: 'Facilities, systems and networks essential to services for the public.',
        source: 'A/70/174, para. 13 (f)',
        note: 'Norms 13 (f) & (g).',
      });
      assert.strictEqual(text.slice(entries[0].termStart, entries[0].termEnd), 'critical infrastructure');
      assert.ok(text.slice(entries[0].start, entries[0].end).startsWith('<conceptEntry id="c1">'));
      assert.ok(text.slice(entries[0].start, entries[0].end).endsWith('</conceptEntry>'));
      // Inline markup and CDATA are text; an English definition inside langSec is the definition.
      assert.deepStrictEqual(content(entries[1]), {
        term: 'electronic evidence',
        status: 'agreed',
        variants: [],
        deprecated: [],
        translations: { es: 'pruebas electrónicas' },
        deprecatedTranslations: {},
        definition: 'Evidence in electronic form.',
      });
      assert.strictEqual(entries.length, 2);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.unknownLanguage', 'lexicon.missingTerm']);
      assert.strictEqual(text.slice(problems[0].start, problems[0].end), '<langSec xml:lang="de">');
      const skipped = text.slice(problems[1].start, problems[1].end);
      assert.ok(skipped.startsWith('<conceptEntry id="c2">') && skipped.endsWith('</conceptEntry>'), skipped);
    });

    it('reads TBX 2019 (DCT style): data categories as namespaced elements', () => {
      const { entries, problems } = load('tbx2019-dct.tbx');
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(entries.map(content), [
        {
          term: 'traffic data',
          status: 'agreed',
          variants: [],
          deprecated: ['traffic information'],
          translations: { fr: 'données relatives au trafic' },
          deprecatedTranslations: {},
          definition: 'Data about a communication: origin, destination, route, time, size, duration.',
          source: 'ETS No. 185, art. 1 (d)',
        },
      ]);
    });

    it('reads TBX 2008 (martif, termEntry, langSet, tig and ntig), ignoring an external DTD it never loads', () => {
      const { entries, problems } = load('martif2008.tbx');
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(entries.map(content), [
        {
          term: '24/7 network',
          status: 'agreed',
          variants: ['24/7 contact network'],
          deprecated: [],
          translations: { fr: 'réseau 24/7', ru: 'сеть 24/7' },
          deprecatedTranslations: {},
          definition: 'A network of points of contact available 24 hours a day, 7 days a week.',
          source: 'ETS No. 185, art. 35',
        },
        {
          term: 'child sexual abuse material',
          status: 'agreed',
          variants: [],
          deprecated: ['child pornography'],
          translations: { es: 'material de abuso sexual infantil' },
          deprecatedTranslations: { es: ['pornografía infantil'] },
        },
      ]);
    });

    it('refuses a DOCTYPE declaring an external entity, resolving nothing', () => {
      const { text, entries, problems } = load('external-entity.tbx');
      assert.deepStrictEqual(entries, []);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.tbxEntity']);
      assert.ok(text.slice(problems[0].start, problems[0].end).startsWith('<!DOCTYPE martif ['));
      assert.ok(text.slice(problems[0].start, problems[0].end).endsWith(']>'));
      assert.match(problems[0].message, /never expanded/);
    });

    it('refuses an entity expansion bomb at once, expanding nothing', () => {
      const started = process.hrtime.bigint();
      const { entries, problems } = load('entity-bomb.tbx');
      assert.deepStrictEqual(entries, []);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.tbxEntity']);
      // Not a timing assertion on the machine: an expanded bomb would take minutes and gigabytes.
      assert.ok(Number(process.hrtime.bigint() - started) / 1e9 < 10);
    });

    it('reports XML that is not well-formed where saxes found it, leaving unknown entities unexpanded', () => {
      const { text, entries, problems } = load('broken.tbx');
      assert.deepStrictEqual(located(text, problems), ['lexicon.tbx "&nbsp;"', 'lexicon.tbx ">"']);
      assert.strictEqual(text.slice(problems[1].start - 5, problems[1].end), '</tig>');
      assert.deepStrictEqual(entries.map((entry) => entry.term), ['mutual legal assistance', 'dual&nbsp;criminality', 'illegal access']);
    });

    it('says so when the XML has no TBX entries', () => {
      const { problems } = importLexicon('<html><body>terms</body></html>', 'page.tbx');
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.tbx']);
    });
  });

  describe('CSV and TSV', () => {
    it('reads a CSV with language columns, optional fields, several forms per cell and quoted cells', () => {
      const { text, entries, problems } = load('terms.csv');
      assert.deepStrictEqual(entries.map(content), [
        {
          term: 'information and communications technologies',
          status: 'agreed',
          abbreviation: 'ICTs',
          variants: ['information and communication technologies'],
          deprecated: ['cyber technologies'],
          translations: {
            fr: ["technologies de l'information et des communications", 'TIC'],
            es: 'tecnologías de la información y las comunicaciones',
            ru: 'информационно-коммуникационные технологии',
            zh: '信息和通信技术',
            ar: 'تكنولوجيا المعلومات والاتصالات',
          },
          deprecatedTranslations: { fr: ['cybertechnologies'] },
          definition: 'Technologies for information, including "ICTs" in the broad sense.',
          source: 'A/70/174',
        },
        {
          term: 'cyber sovereignty',
          status: 'agreed',
          variants: [],
          deprecated: [],
          translations: { fr: 'cybersouveraineté', zh: '网络主权' },
          deprecatedTranslations: {},
          note: 'Promoted by some delegations;\nnot in any consensus text.',
        },
        {
          term: 'personal data',
          status: 'agreed',
          variants: [],
          deprecated: [],
          translations: { fr: 'données personnelles', es: 'datos personales', ru: 'персональные данные', zh: '个人数据', ar: 'البيانات الشخصية' },
          deprecatedTranslations: {},
        },
      ]);
      assert.deepStrictEqual(located(text, problems), [
        'lexicon.unknownField "colour"',
        'lexicon.unknownStatus "contsted"',
        'lexicon.missingTerm ",données personnelles,,,,,,,,,,,,"',
      ]);
      assert.match(problems[1].message, /Did you mean “contested”\?/);
      // A row whose quoted cell spans two lines covers both.
      assert.strictEqual(text.slice(entries[1].start, entries[1].end).split('\n').length, 2);
    });

    it('reads a TSV, where quotes inside a cell are text', () => {
      const { entries, problems } = load('terms.tsv');
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(entries.map((e) => [e.term, e.translations.fr, e.status, e.source]), [
        ['State sovereignty', 'souveraineté des États', 'agreed', 'A/68/98, para. 20'],
        ['the "State" of play', "l'état des lieux", 'proposed', undefined],
      ]);
    });

    it('reads a semicolon-separated CSV, as European spreadsheets export', () => {
      const { entries, problems } = load('semicolon.csv');
      assert.deepStrictEqual(problems, []);
      assert.deepStrictEqual(entries.map((e) => [e.term, e.translations.fr]), [['cybercrime', 'cybercriminalité']]);
    });

    it('reports broken quoting at the line where the quote opened, keeping the rows before it', () => {
      const { text, entries, problems } = load('broken-quote.csv');
      assert.deepStrictEqual(located(text, problems), ['lexicon.csv "content data,\\"données relatives au contenu"']);
      assert.match(problems[0].message, /^Line 3: /);
      assert.deepStrictEqual(entries.map((e) => e.term), ['traffic data']);
    });

    it('reports other CSV errors with their line', () => {
      const text = 'en,fr\ncybercrime,cybercriminalité\nbad "quote" here,x\n';
      const { lexicon, problems } = importLexicon(text, 'bad.csv');
      assert.deepStrictEqual(located(text, problems), ['lexicon.csv "bad \\"quote\\" here,x"']);
      assert.match(problems[0].message, /^Line 3: /);
      assert.deepStrictEqual(lexicon.entries.map((e) => e.term), ['cybercrime']);
    });

    it('needs an en column', () => {
      const text = 'fr,es\ncybercriminalité,ciberdelincuencia\n';
      const { lexicon, problems } = importLexicon(text, 'x.csv');
      assert.deepStrictEqual(located(text, problems), ['lexicon.csvHeader "fr,es"']);
      assert.deepStrictEqual(lexicon.entries, []);
    });
  });

  describe('formats', () => {
    it('chooses the reader by extension, case-insensitively, and refuses others', () => {
      assert.strictEqual(importLexicon('terms:\n  - term: cybercrime\n', 'A.LEXICON.YML').lexicon.entries[0].term, 'cybercrime');
      assert.strictEqual(importLexicon('en\ncybercrime\n', 'file:///x/terms.TSV?version=2').lexicon.entries[0].term, 'cybercrime');
      const { lexicon, problems } = importLexicon('whatever', 'terms.xlsx');
      assert.deepStrictEqual(lexicon.entries, []);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.unsupportedFormat']);
    });

    it('writes imported lexicons as YAML that reads back to the same entries', () => {
      for (const name of ['tbx2019-dca.tbx', 'martif2008.tbx', 'terms.csv']) {
        const { entries } = load(name);
        const yaml = toLexiconYaml({ path: name, entries });
        const back = parseLexicon(yaml, `${name}.lexicon.yaml`);
        assert.deepStrictEqual(back.problems, [], `${name}:\n${yaml}`);
        assert.deepStrictEqual(back.lexicon.entries.map(content), entries.map(content), name);
      }
    });

    it('writes the documented field order, inline lists and no default status', () => {
      const { entries } = load('martif2008.tbx');
      const yaml = toLexiconYaml({ path: 'martif2008.tbx', entries });
      assert.match(yaml, /^# Lexicon written by Negotext from martif2008\.tbx\./);
      assert.match(yaml, /  - term: 24\/7 network\n    definition: .*\n    source: ETS No\. 185, art\. 35\n    variants: \[24\/7 contact network\]\n    translations:\n      fr: réseau 24\/7\n/);
      assert.doesNotMatch(yaml, /status:/);
    });
  });
});
