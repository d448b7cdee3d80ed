// `negotext lexicon import` and `negotext terms` as a user runs them: a term base to lexicon YAML, and a terminology
// report across documents in text and JSON.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../../server/src/core';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import type { AnalysedFile } from '../../server/src/cli/analyseFiles';
import { buildTermReport } from '../../server/src/cli/commands/terms';
import { runCliIn } from '../reports/runCli';
import { fixturePath } from '../support/paths';
import { heapAfterCollection } from '../support/heap';

describe('cli: lexicon import and terms', function () {
  this.timeout(30_000);
  let folder: string;
  let drafts: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-terms-'));
    drafts = path.join(folder, 'drafts');
    fs.mkdirSync(drafts);
    fs.writeFileSync(
      path.join(drafts, 'ict.lexicon.yaml'),
      'terms:\n  - term: information and communications technologies\n    abbreviation: ICTs\n    deprecated: [cyber technologies]\n  - term: cyber sovereignty\n    status: contested\n    note: Promoted by some.\n  - term: cyber weapon\n    status: rejected\n    useInstead: ICT capabilities\n  - term: ICT capabilities\n',
    );
    fs.writeFileSync(path.join(drafts, 'a.ntx'), 'OP1. States use ICTs and cyber technologies.\n\nOP2. Some speak of cyber sovereignty.\n');
    fs.writeFileSync(path.join(drafts, 'b.ntx'), '---\nlexicon: ./ict.lexicon.yaml\n---\nOP1. Information and communications technologies, ICTs,\nand a cyber weapon.\n');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  it('lexicon import: a CSV term base as lexicon YAML that reads back, its problems with file and line', () => {
    fs.copyFileSync(fixturePath('lexicon', 'terms.csv'), path.join(folder, 'terms.csv'));
    const result = runCliIn(folder, 'lexicon', 'import', 'terms.csv');
    assert.strictEqual(result.status, 1, 'the fixture has errors (an unknown status, a row without en)');
    assert.match(result.stderr, /^terms\.csv:3:\d+: error lexicon\.unknownStatus: /m);
    assert.match(result.stderr, /^terms\.csv:1:\d+: warning lexicon\.unknownField: /m);
    const { lexicon, problems } = parseLexicon(result.stdout, 'out.lexicon.yaml');
    assert.deepStrictEqual(problems, []);
    assert.ok(lexicon.entries.some((e) => e.term === 'information and communications technologies' && e.abbreviation === 'ICTs'));
  });

  it('lexicon import: -o writes the file; bad usage and unknown formats exit 2', () => {
    assert.strictEqual(runCliIn(folder, 'lexicon', 'import', path.join('drafts', 'ict.lexicon.yaml'), '-o', 'copy.lexicon.yaml').status, 0);
    assert.match(fs.readFileSync(path.join(folder, 'copy.lexicon.yaml'), 'utf8'), /term: cyber sovereignty/);
    assert.strictEqual(runCliIn(folder, 'lexicon').status, 2);
    assert.strictEqual(runCliIn(folder, 'lexicon', 'export', 'x').status, 2);
    assert.strictEqual(runCliIn(folder, 'lexicon', 'import').status, 2);
    fs.writeFileSync(path.join(folder, 'terms.txt'), 'x');
    const unsupported = runCliIn(folder, 'lexicon', 'import', 'terms.txt');
    assert.strictEqual(unsupported.status, 2);
    assert.match(unsupported.stderr, /terms\.txt:1:1: error lexicon\.unsupportedFormat/);
    assert.match(runCliIn(folder, 'lexicon', 'import', 'nope.tbx').stderr, /cannot read nope\.tbx: no such file or folder/);
  });

  it('terms: uses per document, deprecated, contested and rejected uses with their places', () => {
    const result = runCliIn(drafts, 'terms', 'a.ntx', 'b.ntx');
    assert.strictEqual(result.status, 0, result.stderr);
    assert.strictEqual(
      result.stdout,
      [
        '3 terms used in 2 documents',
        '',
        'information and communications technologies (agreed, 4 uses, from ict.lexicon.yaml)',
        '  a.ntx: 2 uses',
        '  b.ntx: 2 uses',
        '  deprecated: a.ntx:1:26 "cyber technologies" → "information and communications technologies"',
        '',
        'cyber sovereignty (contested, 1 use, from ict.lexicon.yaml)',
        '  a.ntx: 1 use',
        '  contested: a.ntx:3:20 "cyber sovereignty"',
        '',
        'cyber weapon (rejected, 1 use, from ict.lexicon.yaml)',
        '  b.ntx: 1 use',
        '  rejected: b.ntx:5:7 "cyber weapon" → "ICT capabilities"',
        '',
      ].join('\n'),
    );
  });

  it('terms keeps none of the drafts\' text: a spelling kept for the report is a copy, not a view into its draft', () => {
    const lexicon = parseLexicon(fs.readFileSync(path.join(drafts, 'ict.lexicon.yaml'), 'utf8'), 'ict.lexicon.yaml').lexicon;
    const terms = createTermMatcher([lexicon]);
    const context = { lexicons: [lexicon] } as unknown as AnalysedFile['context'];
    // Much prose around one deprecated and one contested use (both spellings long enough to be views).
    const prose = 'the parties agree to cooperate further in good faith '.repeat(2000);
    let chars = 0;
    // A first report, so that what the first one makes once (compiled code, the matcher's tables) is not counted.
    buildTermReport([{ path: 'warm.ntx', text: 'cyber technologies', model: analyze('cyber technologies', { terms }), context }]);
    const before = heapAfterCollection();
    function* files() {
      for (let i = 0; i < 40; i++) {
        const text = `OP1. ${prose} cyber technologies and cyber sovereignty ${i}.\n`;
        chars += text.length;
        yield { path: `d${i}.ntx`, text, model: analyze(text, { terms }), context };
      }
    }
    const report = buildTermReport(files());
    const kept = heapAfterCollection() - before;
    assert.strictEqual(report.terms.reduce((n, t) => n + t.deprecated.length + t.contested.length, 0), 80);
    assert.ok(kept < chars / 10, `the report keeps ${(kept / 1048576).toFixed(2)} MB for ${(chars / 1048576).toFixed(2)} M characters of drafts`);
  });

  it('terms --format json, and a document with no lexicon is said so', () => {
    const result = runCliIn(drafts, 'terms', '--format', 'json', 'b.ntx');
    assert.strictEqual(result.status, 0, result.stderr);
    const report = JSON.parse(result.stdout);
    assert.strictEqual(report.version, 1);
    assert.deepStrictEqual(report.documents, ['b.ntx']);
    const weapon = report.terms.find((t: { term: string }) => t.term === 'cyber weapon');
    assert.deepStrictEqual(weapon, { term: 'cyber weapon', status: 'rejected', lexicon: path.join(drafts, 'ict.lexicon.yaml'), total: 1, uses: [{ file: 'b.ntx', count: 1 }], deprecated: [], contested: [], rejected: [{ file: 'b.ntx', line: 5, column: 7, matched: 'cyber weapon', replacement: 'ICT capabilities' }] });
    fs.mkdirSync(path.join(folder, 'alone'));
    fs.writeFileSync(path.join(folder, 'alone', 'c.ntx'), 'Nothing here.\n');
    const alone = runCliIn(path.join(folder, 'alone'), 'terms', 'c.ntx');
    assert.strictEqual(alone.status, 0);
    assert.match(alone.stderr, /c\.ntx: no lexicon applies/);
    assert.strictEqual(alone.stdout, '0 terms used in 1 document\n');
  });
});
