// The server never opens a socket, resolves a host name or starts a process: a full protocol session exercising every
// feature, on a workspace whose data files point at the network, is run with a preload that records such calls.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FileChangeType,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  WorkspaceSymbolRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DOCUMENT_STATUS_REQUEST, NEXT_BRACKET_REQUEST, SERVER_INFO_REQUEST, STATISTICS_REQUEST, WORKSPACE_TRUST_NOTIFICATION } from '../../server/src/lsp/protocol';
import { TestServer, uriOf } from '../protocol/testServer';
import { fixturePath } from '../support/paths';

const RECORDER = path.join(__dirname, 'support', 'recordOutsideCalls.js');

function recorded(log: string): Array<{ call: string; detail: string; stack: string }> {
  if (!fs.existsSync(log)) return [];
  return fs.readFileSync(log, 'utf8').split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));
}

describe('no network, no processes', function () {
  this.timeout(60_000);
  let root: string;
  let log: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-no-network-'));
    log = path.join(root, 'outside-calls.jsonl');
    for (const name of fs.readdirSync(fixturePath('protocol'))) fs.copyFileSync(fixturePath('protocol', name), path.join(root, name));
    // Data files that would reach the network if anything resolved them.
    fs.writeFileSync(
      path.join(root, 'remote.tbx'),
      '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "http://127.0.0.1:9/tbx.dtd" [\n  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %remote;\n  <!ENTITY web SYSTEM "https://127.0.0.1:9/term">\n]>\n<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&web;</term></tig></langSet></termEntry></body></text></martif>\n',
    );
    fs.writeFileSync(path.join(root, 'dtd-only.tbx'), '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "http://127.0.0.1:9/TBXcoreStructV02.dtd">\n<martif type="TBX"><text><body><termEntry><langSet xml:lang="en"><tig><term>remote term</term></tig></langSet></termEntry></body></text></martif>\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the recorder catches a connection (positive control)', () => {
    const control = path.join(root, 'control.jsonl');
    const result = spawnSync(process.execPath, ['--require', RECORDER, '-e', "require('net').connect(9, '127.0.0.1').on('error', () => {}).destroy(); require('dns').lookup('localhost', () => {}); require('child_process').spawnSync(process.execPath, ['-e', '0'])"], {
      env: { ...process.env, NEGOTEXT_OUTSIDE_CALLS_LOG: control },
      encoding: 'utf8',
    });
    assert.strictEqual(result.status, 0, result.stderr);
    const calls = recorded(control).map((c) => c.call).filter((c) => c !== 'loaded');
    for (const call of ['net.connect', 'net.Socket.connect', 'dns.lookup', 'child_process.spawnSync']) assert.ok(calls.includes(call), `${call} in ${calls.join(', ')}`);
  });

  it('a session using every feature opens no socket and starts no process', async () => {
    const server = await TestServer.start({ root, nodeOptions: ['--require', RECORDER], env: { NEGOTEXT_OUTSIDE_CALLS_LOG: log }, initializationOptions: { isTrusted: false } });
    const draftPath = path.join(root, 'draft.ntx');
    const original = fs.readFileSync(draftPath, 'utf8');
    // Lexicons named by URL or as network term bases: read as paths (never fetched), or refused.
    const text = original.replace('lexicon: ./terms.lexicon.yaml', 'lexicon: [./terms.lexicon.yaml, ./remote.tbx, ./dtd-only.tbx, "http://127.0.0.1:9/x.lexicon.yaml", "//127.0.0.1/share/y.lexicon.yaml"]');
    const uri = await server.open(uriOf(draftPath), text);
    const document = TextDocument.create(uri, 'negotext', 1, text);
    const at = (needle: string, delta = 0): Position => {
      const index = text.indexOf(needle);
      assert.ok(index >= 0, needle);
      return document.positionAt(index + delta);
    };
    const textDocument = { uri };
    const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(diagnostics.some((d) => d.code === 'term.deprecated'), 'the local lexicon is used');

    const requests: Array<[string, Promise<unknown>]> = [
      ['hover term', server.connection.sendRequest(HoverRequest.type, { textDocument, position: at('cyber technologies', 2) })],
      ['hover delegation', server.connection.sendRequest(HoverRequest.type, { textDocument, position: at('CfRN', 1) })],
      ['hover bracket', server.connection.sendRequest(HoverRequest.type, { textDocument, position: at('[refrain', 2) })],
      ['symbols', server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })],
      ['workspace symbols', server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'op' })],
      ['folding', server.connection.sendRequest(FoldingRangeRequest.type, { textDocument })],
      ['selection', server.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [at('refrain', 2)] })],
      ['definition footnote', server.connection.sendRequest(DefinitionRequest.type, { textDocument, position: at('[^1]', 2) })],
      ['definition term', server.connection.sendRequest(DefinitionRequest.type, { textDocument, position: at('critical infrastructure;', 2) })],
      ['references footnote', server.connection.sendRequest(ReferencesRequest.type, { textDocument, position: at('[^2]', 2), context: { includeDeclaration: true } })],
      ['references delegation', server.connection.sendRequest(ReferencesRequest.type, { textDocument, position: at('US, EU', 0), context: { includeDeclaration: true } })],
      ['highlights', server.connection.sendRequest(DocumentHighlightRequest.type, { textDocument, position: at('[refrain') })],
      ['prepare rename', server.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position: at('[^1]', 2) })],
      ['rename', server.connection.sendRequest(RenameRequest.type, { textDocument, position: at('[^1]', 2), newName: 'iran' })],
      ['completion attribution', server.connection.sendRequest(CompletionRequest.type, { textDocument, position: at('US, EU', 0) })],
      ['completion text', server.connection.sendRequest(CompletionRequest.type, { textDocument, position: at('critical infrastructure;', 4) })],
      ['completion footnote', server.connection.sendRequest(CompletionRequest.type, { textDocument, position: at('[^2]', 2) })],
      ['code actions', server.connection.sendRequest(CodeActionRequest.type, { textDocument, range: { start: at('refrain', 2), end: at('refrain', 2) }, context: { diagnostics } })],
      ['code lens', server.connection.sendRequest(CodeLensRequest.type, { textDocument })],
      ['status', server.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri })],
      ['next bracket', server.connection.sendRequest(NEXT_BRACKET_REQUEST, { uri, position: at('OP1'), direction: 'next' })],
      ['statistics', server.connection.sendRequest(STATISTICS_REQUEST, { uri })],
      ['server info', server.connection.sendRequest(SERVER_INFO_REQUEST)],
    ];
    for (const [name, request] of requests) assert.ok((await request) !== undefined, `${name} answered`);

    // Typing, data files opened and changed, settings, trust, watcher events, closing.
    await server.edit(uri, [{ range: { start: at('OP3.'), end: at('OP3.') }, newText: 'Parties [shall] ' }]);
    const lexiconUri = await server.openFile(path.join(root, 'terms.lexicon.yaml'), 'yaml');
    await server.change(lexiconUri, `${server.text(lexiconUri)}  - term: new term\n    deprecated: [old term]\n`);
    const tbxUri = await server.openFile(path.join(root, 'remote.tbx'), 'xml');
    await server.waitForDiagnostics(tbxUri, (p) => p.diagnostics.some((d) => d.code === 'lexicon.tbxEntity'));
    await server.changeSettings({ negotext: { lexicon: { paths: ['https://127.0.0.1:9/z.lexicon.yaml'] }, delegations: { path: '//127.0.0.1/share/delegations.yaml' } } });
    await server.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(path.join(root, 'terms.lexicon.yaml')), type: FileChangeType.Changed }, { uri: 'https://127.0.0.1:9/remote.lexicon.yaml', type: FileChangeType.Created }] });
    const other = await server.open('untitled:Untitled-1', '---\nlexicon: https://127.0.0.1:9/u.lexicon.yaml\ndelegations: http://127.0.0.1:9/d.yaml\n---\n[a]{US}\n');
    await server.waitForDiagnostics(other, (p) => p.diagnostics.length > 0);
    await server.waitForDiagnostics(uri, (p) => p.version === 2);
    await server.close(other);
    await server.close(tbxUri);
    await server.close(lexiconUri);
    await server.close(uri);
    assert.strictEqual(await server.stop(), 0);

    const all = recorded(log);
    assert.deepStrictEqual(all.filter((c) => c.call === 'loaded').map((c) => Number(c.detail)), [server.child.pid], 'the recorder ran in the server');
    const calls = all.filter((c) => c.call !== 'loaded');
    assert.deepStrictEqual(calls, [], `outside calls:\n${calls.map((c) => `${c.call} ${c.detail}\n  at ${c.stack}`).join('\n')}`);
  });
});
