// termFindings, describeTerm and renderTermMarkdown: what diagnostics and hover get from occurrences and entries.

import * as assert from 'assert';
import { createTermMatcher, describeTerm, parseLexicon, renderTermMarkdown, termFindings } from '../../server/src/core/lexicon';

const { lexicon } = parseLexicon(
  `
terms:
  - term: ICT environment
    source: A/76/135
    deprecated: [cyberspace]
    translations: { fr: environnement informatique, ar: بيئة تكنولوجيا المعلومات والاتصالات }
    deprecatedTranslations: { fr: [cyberespace] }
  - term: cyber sovereignty
    status: contested
    useInstead: State sovereignty
    note: Not in any consensus text.
  - term: State sovereignty
    abbreviation: SS
    definition: Sovereignty applies to ICT activities | *including* <b>infrastructure</b>.
    translations: { fr: souveraineté des États, zh: 国家主权 }
  - term: cyber weapon
    status: rejected
  - term: programme of action
    status: proposed
`,
  'f.lexicon.yaml',
);

describe('termFindings', () => {
  it('flags deprecated forms with the agreed term, contested and rejected terms, and nothing else', () => {
    const text = 'In Cyberspace, cyber sovereignty and cyber weapons; the programme of action and State sovereignty.';
    const findings = termFindings(createTermMatcher([lexicon]).match(text, [[0, text.length]]).toArray());
    assert.deepStrictEqual(
      findings.map((f) => [f.id, f.severity, text.slice(f.start, f.end), f.replacement]),
      [
        ['term.deprecated', 'warning', 'Cyberspace', 'ICT environment'],
        ['term.contested', 'information', 'cyber sovereignty', 'State sovereignty'],
        ['term.rejected', 'warning', 'cyber weapons', undefined],
      ],
    );
    assert.strictEqual(findings[0].message, '“Cyberspace” is deprecated; the agreed term is “ICT environment” (A/76/135).');
    assert.strictEqual(findings[1].message, '“cyber sovereignty” is contested in this negotiation. Not in any consensus text. Agreed wording: “State sovereignty”.');
    assert.strictEqual(findings[2].message, '“cyber weapons” was rejected in this negotiation.');
  });

  it('offers the agreed term in the document language', () => {
    const text = 'Le cyberespace et la cyber sovereignty.';
    const findings = termFindings(createTermMatcher([lexicon], 'fr').match(text, [[0, text.length]]).toArray());
    assert.deepStrictEqual(findings.map((f) => [f.id, f.replacement]), [['term.deprecated', 'environnement informatique']]);
  });
});

describe('describeTerm and renderTermMarkdown', () => {
  it('describes an entry with the six languages in hover order, English from the term', () => {
    const info = describeTerm(lexicon.entries[2]);
    assert.deepStrictEqual(info.languages, [
      { language: 'ar', forms: [] },
      { language: 'zh', forms: ['国家主权'] },
      { language: 'en', forms: ['State sovereignty'] },
      { language: 'fr', forms: ['souveraineté des États'] },
      { language: 'es', forms: [] },
      { language: 'ru', forms: [] },
    ]);
    assert.strictEqual(info.status, 'agreed');
    assert.strictEqual(info.abbreviation, 'SS');
  });

  it('renders short Markdown: bold term and status, definition, precedent, table of languages, escaped text', () => {
    assert.strictEqual(
      renderTermMarkdown(describeTerm(lexicon.entries[2])),
      [
        '**State sovereignty** (SS) · agreed',
        '',
        'Sovereignty applies to ICT activities \\| \\*including\\* \\<b\\>infrastructure\\</b\\>.',
        '',
        '| | |',
        '|---|---|',
        '| ar | — |',
        '| zh | 国家主权 |',
        '| en | State sovereignty |',
        '| fr | souveraineté des États |',
        '| es | — |',
        '| ru | — |',
      ].join('\n'),
    );
    const deprecated = renderTermMarkdown(describeTerm(lexicon.entries[0]));
    assert.match(deprecated, /^\*\*ICT environment\*\* · agreed\n\n\*Precedent:\* A\/76\/135\n\n\*Avoid:\* cyberspace\n\n\| \| \|/);
    const contested = renderTermMarkdown(describeTerm(lexicon.entries[1]));
    assert.match(contested, /^\*\*cyber sovereignty\*\* · contested\n\n\*Note:\* Not in any consensus text\.\n\n\*Use instead:\* State sovereignty\n/);
  });
});
