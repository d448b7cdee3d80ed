// Protocol: settings (severities, lexicon paths), lexicon and delegations files (open, edited, changed on disk) re-checking open drafts.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidChangeWatchedFilesNotification, FileChangeType, ReferencesRequest, WorkspaceSymbolRequest, type Diagnostic, type Location } from 'vscode-languageserver-protocol/node';
import { TestServer, uriOf } from './testServer';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

describe('protocol: workspace and settings', function () {
  let root: string;
  let server: TestServer;
  const write = (name: string, text: string) => fs.writeFileSync(path.join(root, name), text);

  beforeEach(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-protocol-'));
    write('old.lexicon.yaml', 'terms:\n  - term: digital technologies\n    status: agreed\n    deprecated: [cyber tools]\n');
    server = await TestServer.start({ root });
  });
  afterEach(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('severity settings turn findings off or change their severity, and a change re-checks open documents', async () => {
    const uri = await server.open(uriOf(path.join(root, 'a.ntx')), 'Parties [shall] use cyber tools.');
    const first = await server.waitForDiagnostics(uri);
    assert.deepStrictEqual(codes(first.diagnostics), ['bracket.open', 'term.deprecated']);
    assert.ok(server.configurationRequests.includes(uri), 'settings asked for with the document as scope');
    await server.changeSettings({ negotext: { diagnostics: { bracket: { open: 'off' }, term: { deprecated: 'error' } } } });
    const second = await server.waitForDiagnostics(uri, (p) => !codes(p.diagnostics).includes('bracket.open'));
    assert.deepStrictEqual(codes(second.diagnostics), ['term.deprecated']);
    assert.strictEqual(second.diagnostics[0].severity, 1);
  });

  it('negotext.lexicon.paths chooses the lexicon for documents whose front matter names none', async () => {
    write('chosen.lexicon.yaml', 'terms:\n  - term: safe tools\n    status: agreed\n    deprecated: [risky tools]\n');
    server.settings = { negotext: { lexicon: { paths: ['chosen.lexicon.yaml'] } } };
    const uri = await server.open(uriOf(path.join(root, 'b.ntx')), 'Use cyber tools and risky tools.');
    const { diagnostics } = await server.waitForDiagnostics(uri);
    assert.deepStrictEqual(diagnostics.map((d) => d.message), ['Deprecated term "risky tools": the agreed term is "safe tools".']);
  });

  it('an open lexicon shows its problems, and editing it (unsaved) re-checks open drafts', async () => {
    const draft = await server.open(uriOf(path.join(root, 'c.ntx')), 'We use cyber tools and online tools.');
    await server.waitForDiagnostics(draft, (p) => codes(p.diagnostics).join() === 'term.deprecated');
    const lexiconUri = await server.openFile(path.join(root, 'old.lexicon.yaml'), 'yaml');
    await server.waitForDiagnostics(lexiconUri, (p) => p.diagnostics.length === 0);
    await server.change(lexiconUri, 'terms:\n  - term: digital technologies\n    status: agred\n    deprecated: [cyber tools, online tools]\n');
    const problems = await server.waitForDiagnostics(lexiconUri, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(problems.diagnostics), ['lexicon.unknownStatus']);
    const rechecked = await server.waitForDiagnostics(draft, (p) => p.diagnostics.length === 2);
    assert.deepStrictEqual(codes(rechecked.diagnostics), ['term.deprecated', 'term.deprecated']);
  });

  it('typing in a lexicon re-checks the open drafts once it pauses, not at every keystroke', async () => {
    const draft = await server.open(uriOf(path.join(root, 'g.ntx')), 'We use cyber tools and online tools.');
    await server.waitForDiagnostics(draft, (p) => codes(p.diagnostics).join() === 'term.deprecated');
    const lexiconUri = await server.openFile(path.join(root, 'old.lexicon.yaml'), 'yaml');
    await server.waitForDiagnostics(lexiconUri, (p) => p.diagnostics.length === 0);
    const before = server.publications.get(draft) ?? 0;
    const lexicon = (deprecated: string) => `terms:\n  - term: digital technologies\n    status: agreed\n    deprecated: [${deprecated}]\n`;
    // Three keystrokes' worth of edits, each waited for until the lexicon's own check of it has come: the draft's
    // check would have come between them had each edit started one.
    for (const deprecated of ['cyber tools, online tools', 'online tools, cyber tools', 'online tools']) {
      await server.diagnosticsOfVersion(lexiconUri, await server.change(lexiconUri, lexicon(deprecated)));
    }
    const rechecked = await server.waitForDiagnostics(draft, () => (server.publications.get(draft) ?? 0) > before);
    assert.deepStrictEqual(
      rechecked.diagnostics.map((d) => [d.code, d.range.start.character]),
      [['term.deprecated', 23]],
      'the first check after the edits is of the lexicon as they left it',
    );
  });

  it('typing keeps term diagnostics right: a broken term goes, the terms after an edit move, a mended one comes back', async () => {
    // The server keeps the earlier version's terms where the prose is unchanged: these edits check that the kept
    // ones move with the text and that the edited paragraph is matched again.
    const uri = await server.open(uriOf(path.join(root, 'e.ntx')), 'OP1. Stop cyber tools.\n\nOP2. Ban cyber tools [now].\n\nOP3. And cyber tools.\n');
    const termsAt = async (version: number) => {
      const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.version === version);
      return diagnostics.filter((d) => d.code === 'term.deprecated').map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]);
    };
    const insert = (line: number, character: number, newText: string) => server.edit(uri, [{ range: { start: { line, character }, end: { line, character } }, newText }]);
    assert.deepStrictEqual(await termsAt(1), [[0, 10, 21], [2, 9, 20], [4, 9, 20]]);
    assert.deepStrictEqual(await termsAt(await insert(0, 15, 'x')), [[2, 9, 20], [4, 9, 20]]);
    assert.deepStrictEqual(await termsAt(await insert(2, 5, 'Hereby ')), [[2, 16, 27], [4, 9, 20]]);
    const mended = await server.edit(uri, [{ range: { start: { line: 0, character: 15 }, end: { line: 0, character: 16 } }, newText: '' }]);
    assert.deepStrictEqual(await termsAt(mended), [[0, 10, 21], [2, 16, 27], [4, 9, 20]]);
  });

  it('a lexicon created on disk is picked up after the file watcher reports it', async () => {
    const draft = await server.open(uriOf(path.join(root, 'd.ntx')), 'Protect the enabling environment.');
    await server.waitForDiagnostics(draft, (p) => p.diagnostics.length === 0);
    write('new.lexicon.yaml', 'terms:\n  - term: conducive environment\n    status: agreed\n    deprecated: [enabling environment]\n');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(root, 'new.lexicon.yaml')), type: FileChangeType.Created }] });
    const { diagnostics } = await server.waitForDiagnostics(draft, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(diagnostics), ['term.deprecated']);
  });

  it('a delegations.yaml changed on disk re-checks attributions', async () => {
    const draft = await server.open(uriOf(path.join(root, 'e.ntx')), '[text]{SICA}');
    await server.waitForDiagnostics(draft, (p) => codes(p.diagnostics).includes('delegation.unknown'));
    write('delegations.yaml', 'delegations:\n  - code: SICA\n    name: Central American Integration System\n    kind: organization\n');
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(root, 'delegations.yaml')), type: FileChangeType.Created }] });
    await server.waitForDiagnostics(draft, (p) => !codes(p.diagnostics).includes('delegation.unknown'));
  });

  it('workspace symbols and delegation references follow unopened drafts as they are written and deleted on disk', async () => {
    const symbols = async (query: string) =>
      ((await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []).map((s) => `${path.basename((s.location as Location).uri)} ${s.name}${s.containerName ? ` < ${s.containerName}` : ''}`);
    const draft = await server.open(uriOf(path.join(root, 'open.ntx')), '# Open\nOP1. [Notes]{Peru}.');
    const peru = async () => ((await server.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: draft }, position: { line: 1, character: 14 }, context: { includeDeclaration: true } })) ?? []).map((l) => `${path.basename(l.uri)}:${l.range.start.line}:${l.range.start.character}`);
    write('a.ntx', '# Part I\nOP1. [Decides]{Peru}.');
    assert.deepStrictEqual(await symbols('op1'), ['open.ntx OP1 [Notes]. < Open', 'a.ntx OP1 [Decides]. < Part I']);
    assert.deepStrictEqual(await peru(), ['open.ntx:1:13', 'a.ntx:1:15']);
    write('a.ntx', '# Part II\nOP1. Decides [again]{Chile, Peru}.');
    assert.deepStrictEqual(await symbols('op1'), ['open.ntx OP1 [Notes]. < Open', 'a.ntx OP1 Decides [again]. < Part II']);
    assert.deepStrictEqual(await peru(), ['open.ntx:1:13', 'a.ntx:1:28']);
    fs.rmSync(path.join(root, 'a.ntx'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(root, 'a.ntx')), type: FileChangeType.Deleted }] });
    assert.deepStrictEqual(await symbols('op1'), ['open.ntx OP1 [Notes]. < Open']);
  });

  it('a lexicon named in the front matter that cannot be read is reported where it is named', async () => {
    const text = '---\nlexicon: ./missing.lexicon.yaml\n---\nText.';
    const uri = await server.open(uriOf(path.join(root, 'f.ntx')), text);
    const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.deepStrictEqual(codes(diagnostics), ['workspace.fileNotFound']);
    assert.deepStrictEqual(diagnostics[0].range, { start: { line: 1, character: 9 }, end: { line: 1, character: 31 } });
  });
});
