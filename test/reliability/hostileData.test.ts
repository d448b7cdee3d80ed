// Hostile data files through the entry points a user hits: the server's diagnostics for an open lexicon, term base or
// delegations file, a draft that names one, and the CLI (`negotext lexicon import`, `negotext import`). Each gets a
// clear problem naming the file and the line, in bounded time, and the server goes on answering.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { DocumentSymbolRequest, type Diagnostic, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { DELEGATIONS_LIMITS } from '../../server/src/core/delegations';
import { LEXICON_LIMITS, parseLexicon } from '../../server/src/core/lexicon';
import { TestServer, uriOf } from '../protocol/testServer';
import { runCliIn } from '../reports/runCli';
import { fixturePath } from '../support/paths';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

/** A "billion laughs" YAML: ten anchors, each a list of nine aliases to the previous one (9^9 nodes expanded). */
function yamlLaughs(last: string): string {
  const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const previous = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
  }
  lines.push(last);
  return `${lines.join('\n')}\n`;
}

describe('hostile data files', function () {
  this.timeout(120_000);
  let root: string;
  let server: TestServer;
  const write = (name: string, text: string | Uint8Array) => {
    fs.writeFileSync(path.join(root, name), text);
    return path.join(root, name);
  };

  /** Writes a data file, opens it in the server, and returns its diagnostics once some are published. */
  async function problemsOf(name: string, text: string, languageId = 'yaml', timeoutMs = 10_000): Promise<Diagnostic[]> {
    const uri = await server.open(uriOf(write(name, text)), text, languageId);
    const { diagnostics } = await server.waitForDiagnostics(uri, (p: PublishDiagnosticsParams) => p.diagnostics.length > 0, timeoutMs);
    await server.close(uri);
    return diagnostics;
  }

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-hostile-data-'));
    server = await TestServer.start({ root });
  });
  afterEach(async function () {
    // Whatever a file did, the server still answers requests and checks drafts.
    if (!server) return;
    const uri = await server.open(uriOf(path.join(root, `alive-${this.currentTest?.title.length}.ntx`)), '# Part\n\nOP1. [a]{US}\n');
    const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(Array.isArray(symbols) && symbols.length > 0, 'the server still answers');
    await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes('bracket.open'));
    await server.close(uri);
  });
  after(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
    fs.rmSync(root, { recursive: true, force: true });
  });

  describe('lexicon YAML', () => {
    it('a billion-laughs file: no alias is expanded past the one level a lexicon reads; each shows as a wrong type', async () => {
      const text = yamlLaughs('terms:\n  - term: laughter\n    variants: *j\n    definition: *j\n');
      const started = Date.now();
      const diagnostics = await problemsOf('laughs.lexicon.yaml', text);
      assert.ok(Date.now() - started < 5000, 'read at once');
      // The nine aliases in `variants: *j` are each a list where text is expected; `definition: *j` is a list too.
      const wrong = diagnostics.filter((d) => d.code === 'lexicon.wrongType');
      assert.strictEqual(wrong.length, 10, codes(diagnostics).join());
      // Each is placed on the list the alias names (the anchors `&i` and `&j`), not on a copy of it.
      assert.deepStrictEqual([...new Set(wrong.map((d) => d.range.start.line))].sort(), [8, 9]);
    });

    it('more aliases than the limit: one lexicon.limit at the first alias past it, the rest ignored', async () => {
      const entries = Array.from({ length: 60 }, (_, i) => `  - term: t${i}\n    variants: [*v, *v]\n`).join('');
      const text = `shared: &v shared variant\nterms:\n${entries}`;
      const diagnostics = await problemsOf('aliases.lexicon.yaml', text);
      const limits = diagnostics.filter((d) => d.code === 'lexicon.limit');
      assert.strictEqual(limits.length, 1, codes(diagnostics).join());
      assert.match(String(limits[0].message), new RegExp(`More than ${LEXICON_LIMITS.maxAliases} aliases`));
      // Aliases 1..100 are followed (two per entry): the 101st is the first of entry 51, on its `variants:` line.
      assert.strictEqual(limits[0].range.start.line, 2 + 50 * 2 + 1);
    });

    for (const [shape, text, line] of [
      ['flow lists', `terms: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 0],
      ['flow mappings', `terms:\n  - term: x\n    translations: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 2],
      ['compact block lists', `terms:\n  - ${'- '.repeat(10_000)}x\n`, 1],
    ] as const) {
      it(`10,000 levels of ${shape}: refused with lexicon.limit on the line where it gets too deep, no stack overflow`, async () => {
        const diagnostics = await problemsOf(`deep-${shape.replace(/ /g, '-')}.lexicon.yaml`, text);
        assert.deepStrictEqual(codes(diagnostics), ['lexicon.limit']);
        assert.match(String(diagnostics[0].message), new RegExp(`deeper than ${LEXICON_LIMITS.maxYamlNesting} levels`));
        assert.strictEqual(diagnostics[0].range.start.line, line);
      });
    }

    it('10,000 levels of indentation: refused by the size limit before anything is parsed', () => {
      const text = `terms:\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x\n`;
      const { lexicon, problems } = parseLexicon(text, 'indented.lexicon.yaml');
      assert.deepStrictEqual(lexicon.entries, []);
      assert.deepStrictEqual(problems.map((p) => p.id), ['lexicon.limit']);
      assert.match(problems[0].message, /the limit is 5,000,000/);
    });

    it('100,001 terms: the first 100,000 are read and used in drafts, the limit is reported at the 100,001st', async function () {
      const entries: string[] = [];
      for (let i = 0; i <= LEXICON_LIMITS.maxEntries; i++) entries.push(i % 10_000 === 9_999 || i === LEXICON_LIMITS.maxEntries ? `- term: t${i}\n  deprecated: [old t${i}]\n` : `- term: t${i}\n`);
      const text = `terms:\n${entries.join('')}`;
      const diagnostics = await problemsOf('many.lexicon.yaml', text, 'yaml', 60_000);
      assert.deepStrictEqual(codes(diagnostics), ['lexicon.limit']);
      assert.match(String(diagnostics[0].message), /Only the first 100,000 entries are read/);
      assert.strictEqual(diagnostics[0].range.start.line, text.slice(0, text.indexOf(`- term: t${LEXICON_LIMITS.maxEntries}\n`)).split('\n').length - 1);
      // A draft naming the lexicon is checked with the entries that were read, and not with the one past the limit.
      const draft = await server.open(uriOf(path.join(root, 'uses-many.ntx')), '---\nlexicon: ./many.lexicon.yaml\n---\nOP1. We use old t99999 and old t100000.\n');
      const { diagnostics: findings } = await server.waitForDiagnostics(draft, (p) => p.diagnostics.length > 0, 60_000);
      assert.deepStrictEqual(findings.map((d) => String(d.message)), ['Deprecated term "old t99999": the agreed term is "t99999".']);
      await server.close(draft);
    });

    it('wrong types everywhere: each value reported on its own line, the rest of the file still read', async () => {
      const text = [
        'title: [not, text]', // 0: a list where text is expected
        'terms:',
        '  - term: [a, list]', // 2
        '    status: {a: map}', // 3
        '    variants: {a: map}', // 4
        '  - term: good term', // 5
        '    definition: [x]', // 6
        '    translations: just text', // 7
        '    deprecatedTranslations: {fr: {a: b}}', // 8
        '    note: {}', // 9
        '  - just a string', // 10
        '  - 42', // 11
        '  - [a, list]', // 12
        '  - term: other term', // 13
        '    deprecated: {a: b}', // 14
        '    abbreviation: [A]', // 15
        '',
      ].join('\n');
      const diagnostics = await problemsOf('types.lexicon.yaml', text);
      const lines = diagnostics.filter((d) => d.code === 'lexicon.wrongType').map((d) => d.range.start.line);
      assert.deepStrictEqual(lines, [2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 14, 15], JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line, d.message])));
      // `title` is descriptive and not read, so its type does not matter; the two good entries are kept.
      const { lexicon } = parseLexicon(text, 'types.lexicon.yaml');
      assert.deepStrictEqual(lexicon.entries.map((e) => e.term), ['good term', 'other term']);
    });
  });

  describe('front matter YAML', () => {
    for (const [shape, body] of [
      ['flow lists', `lexicon: ${'['.repeat(10_000)}`],
      ['flow mappings', `title: ${'{a: '.repeat(10_000)}`],
      ['compact block lists', `${'- '.repeat(10_000)}x`],
    ] as const) {
      it(`10,000 levels of ${shape}: skipped with one frontmatter.invalid where it gets too deep; the text below is checked`, async () => {
        const text = `---\n${body}\n---\nOP1. [a] text\n`;
        const uri = await server.open(uriOf(path.join(root, `deep-front-matter-${shape.replace(/ /g, '-')}.ntx`)), text);
        const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
        await server.close(uri);
        assert.deepStrictEqual(codes(diagnostics), ['frontmatter.invalid', 'bracket.open']);
        assert.match(String(diagnostics[0].message), /nests deeper than 64 levels here, so it was skipped/);
        assert.strictEqual(diagnostics[0].range.start.line, 1);
      });
    }
  });

  describe('delegations files', () => {
    it('an alias bomb: delegations.aliasLimit at its first alias, nothing read', async () => {
      const diagnostics = await problemsOf('delegations.yaml', yamlLaughs('delegations: *j'));
      assert.deepStrictEqual(codes(diagnostics), ['delegations.aliasLimit']);
      assert.strictEqual(diagnostics[0].range.start.line, 1);
    });

    it('10,000 levels of nesting: delegations.limit where it gets too deep', async () => {
      const diagnostics = await problemsOf('deep.delegations.yaml', `delegations:\n  - code: X\n    members: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
      assert.deepStrictEqual(codes(diagnostics), ['delegations.limit']);
      assert.match(String(diagnostics[0].message), new RegExp(`deeper than ${DELEGATIONS_LIMITS.maxNesting} levels`));
      assert.strictEqual(diagnostics[0].range.start.line, 2);
    });

    it('10,001 entries, each naming an unknown member: bounded problems and time, entries past the limit not read', async () => {
      const text = `delegations:\n${Array.from({ length: DELEGATIONS_LIMITS.maxEntries + 1 }, (_, i) => `  - {code: X${i}, name: D${i}, members: [NOPE${i}]}\n`).join('')}`;
      const started = Date.now();
      const diagnostics = await problemsOf('many.delegations.yaml', text, 'yaml', 60_000);
      assert.ok(diagnostics.length <= DELEGATIONS_LIMITS.maxProblems + 2, `${diagnostics.length} problems`);
      const limits = diagnostics.filter((d) => d.code === 'delegations.limit').map((d) => String(d.message));
      assert.ok(limits.includes('Only the first 10,000 entries are read.'), limits.join('\n'));
      assert.ok(limits.some((m) => /more problems were not listed/.test(m)), limits.join('\n'));
      // Before the bounds, each unknown member scanned the whole registry for a "did you mean": hours, not seconds.
      assert.ok(Date.now() - started < 50_000, `${Date.now() - started} ms`);
    });

    it('a file over the size limit is refused before parsing', async () => {
      const text = `delegations:\n  - code: X\n    note: "${'x'.repeat(DELEGATIONS_LIMITS.maxChars)}"\n`;
      const diagnostics = await problemsOf('huge.delegations.yaml', text);
      assert.deepStrictEqual(codes(diagnostics), ['delegations.limit']);
      assert.match(String(diagnostics[0].message), /the limit is 1,000,000/);
    });

    it('wrong types: reported at the offending value', async () => {
      const text = 'delegations:\n  - code: [US]\n  - code: XA\n    name: {a: b}\n    aliases: EC\n    members: [1, {a: b}]\n  - 42\n';
      const diagnostics = await problemsOf('types.delegations.yaml', text);
      const wrong = diagnostics.filter((d) => d.code === 'delegations.wrongType').map((d) => d.range.start.line);
      assert.deepStrictEqual(wrong, [1, 3, 4, 5, 5, 6], JSON.stringify(diagnostics.map((d) => [d.code, d.range.start.line])));
    });
  });

  describe('TBX and CSV term bases', () => {
    const secret = 'xyzzy-secret-marker';

    it('an external entity is never resolved: the CLI names file and line, the server reports it, a draft uses nothing from it', async () => {
      const secretFile = write('secret.txt', secret);
      const tbx = `<?xml version="1.0"?>\n<!DOCTYPE martif [\n  <!ENTITY xxe SYSTEM "file://${secretFile}">\n]>\n<martif type="TBX"><text><body>\n<termEntry><langSet xml:lang="en"><tig><term>&xxe;</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig><tig><term>agreed thing</term></tig></langSet></termEntry>\n</body></text></martif>\n`;
      write('xxe.tbx', tbx);
      const cli = runCliIn(root, 'lexicon', 'import', 'xxe.tbx');
      assert.strictEqual(cli.status, 1, cli.stderr);
      assert.match(cli.stderr, /^xxe\.tbx:2:1: error lexicon\.tbxEntity: /m);
      assert.ok(!cli.stdout.includes(secret) && !cli.stderr.includes(secret), 'the entity was not expanded');
      const diagnostics = await problemsOf('xxe.tbx', tbx, 'xml');
      assert.deepStrictEqual(codes(diagnostics), ['lexicon.tbxEntity']);
      assert.strictEqual(diagnostics[0].range.start.line, 1);
      const draft = await server.open(uriOf(path.join(root, 'uses-xxe.ntx')), `---\nlexicon: ./xxe.tbx\n---\nOP1. The ${secret} and the agreed thing.\n`);
      const { diagnostics: findings } = await server.waitForDiagnostics(draft);
      assert.deepStrictEqual(codes(findings), []);
      await server.close(draft);
    });

    it('an entity bomb and a remote DTD parameter entity: refused at once, with file and line', () => {
      write('bomb.tbx', fs.readFileSync(fixturePath('lexicon', 'entity-bomb.tbx'), 'utf8'));
      write('remote.tbx', '<?xml version="1.0"?>\n<!DOCTYPE martif [\n  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %remote;\n]>\n<martif><text><body/></text></martif>\n');
      for (const file of ['bomb.tbx', 'remote.tbx']) {
        const result = runCliIn(root, 'lexicon', 'import', file);
        assert.strictEqual(result.status, 1, result.stderr);
        assert.match(result.stderr, new RegExp(`^${file.replace('.', '\\.')}:2:1: error lexicon\\.tbxEntity: `, 'm'));
        assert.match(result.stderr, /no entries could be read/);
        assert.strictEqual(result.stdout, '');
      }
    });

    it('10,000 nested XML elements: refused past the depth limit without a stack overflow', () => {
      write('deep.tbx', `<martif><text><body>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}</body></text></martif>\n`);
      const result = runCliIn(root, 'lexicon', 'import', 'deep.tbx');
      assert.strictEqual(result.status, 1, result.stderr);
      assert.match(result.stderr, /^deep\.tbx:1:\d+: error lexicon\.limit: /m);
    });

    it('broken CSV quoting: reported at the line where the quote opened; the rows before it are imported', async () => {
      const csv = 'en,fr\ncybercrime,cybercriminalité\n"traffic data,données\nrelatives au trafic\ncontent data,données relatives au contenu\n';
      write('broken.csv', csv);
      const result = runCliIn(root, 'lexicon', 'import', 'broken.csv');
      assert.strictEqual(result.status, 1, result.stderr);
      assert.match(result.stderr, /^broken\.csv:3:1: error lexicon\.csv: Line 3: /m);
      assert.match(result.stdout, /term: cybercrime/);
      const diagnostics = await problemsOf('broken.csv', csv, 'csv');
      assert.deepStrictEqual(codes(diagnostics), ['lexicon.csv']);
      assert.strictEqual(diagnostics[0].range.start.line, 2);
    });

    it('a term base over the import size limit is refused by its size on disk, before it is read', () => {
      const file = write('huge.csv', '');
      fs.truncateSync(file, LEXICON_LIMITS.maxImportChars * 4 + 1);
      const result = runCliIn(root, 'lexicon', 'import', 'huge.csv');
      assert.strictEqual(result.status, 2);
      assert.match(result.stderr, /cannot import huge\.csv: it is [\d,]+ bytes; the import limit is 20,000,000 characters/);
    });
  });

  describe('Word import', () => {
    it('a zip bomb (60 MB of zeros in a few kilobytes) is refused by the CLI with exit 2', async () => {
      const zip = new JSZip();
      zip.file('[Content_Types].xml', '<Types/>');
      zip.file('word/document.xml', new Uint8Array(60 * 1024 * 1024));
      write('bomb.docx', await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
      assert.ok(fs.statSync(path.join(root, 'bomb.docx')).size < 1024 * 1024);
      const result = runCliIn(root, 'import', 'bomb.docx');
      assert.strictEqual(result.status, 2);
      assert.strictEqual(result.stderr.trim(), 'negotext: cannot import bomb.docx: it unpacks to more than 50 MB');
      assert.strictEqual(result.stdout, '');
    });

    it('a file that is not a zip, and an empty file, are "not a Word document"', () => {
      write('text.docx', 'Just some text pretending to be Word.\n');
      write('empty.docx', '');
      for (const name of ['text.docx', 'empty.docx']) {
        const result = runCliIn(root, 'import', name);
        assert.strictEqual(result.status, 2);
        assert.strictEqual(result.stderr.trim(), `negotext: cannot import ${name}: not a Word document`);
      }
    });
  });
});
