// Faults: an exception in one feature answers that request with an error and the server goes on; a fresh server given
// the documents again rebuilds the same state; lexicons deleted or renamed on disk are followed.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DidChangeWatchedFilesNotification, DocumentSymbolRequest, ErrorCodes, FileChangeType, HoverRequest, ResponseError, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { DOCUMENT_STATUS_REQUEST, SERVER_INFO_REQUEST, STATISTICS_REQUEST, type ServerInfoResult } from '../../server/src/lsp/protocol';
import { TestServer, uriOf } from '../protocol/testServer';
import { fixturePath } from '../support/paths';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

describe('faults', function () {
  this.timeout(30_000);

  describe('an exception inside one feature', () => {
    let server: TestServer;
    before(async () => {
      server = await TestServer.start({ root: fixturePath('protocol'), env: { NEGOTEXT_TEST_FAULTS: 'hover, negotext/statistics' } });
    });
    after(async () => {
      if (server) await server.stop().catch(() => server.child.kill());
    });

    it('answers that request with an error; the next requests and diagnostics are served', async () => {
      const uri = await server.openFile(fixturePath('protocol', 'draft.ntx'));
      await server.diagnosticsOfVersion(uri, 1);
      const textDocument = { uri };
      await assert.rejects(server.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 10, character: 8 } }), (error: unknown) => {
        assert.ok(error instanceof ResponseError, String(error));
        assert.strictEqual(error.code, ErrorCodes.InternalError);
        assert.match(error.message, /injected fault in hover/);
        return true;
      });
      const symbols = await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument });
      assert.ok(Array.isArray(symbols) && symbols.length > 0, 'documentSymbol answered');
      await assert.rejects(server.connection.sendRequest(STATISTICS_REQUEST, { uri }), /injected fault in negotext\/statistics/);
      assert.ok(await server.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri }), 'documentStatus answered');
      // Diagnostics keep coming for new versions, and the failing feature fails again without harm.
      const version = await server.edit(uri, [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, newText: '[unclosed ' }]);
      const { diagnostics } = await server.diagnosticsOfVersion(uri, version);
      assert.ok(codes(diagnostics).includes('bracket.unclosed'));
      await assert.rejects(server.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 10, character: 3 } }));
      assert.strictEqual(server.child.exitCode, null, 'still running');
      await server.close(uri);
    });
  });

  describe('a server that died', () => {
    it('a fresh server given didOpen again publishes the same diagnostics', async () => {
      const root = fixturePath('protocol');
      const texts = new Map<string, string>([
        [uriOf(path.join(root, 'draft.ntx')), fs.readFileSync(path.join(root, 'draft.ntx'), 'utf8')],
        [uriOf(path.join(root, 'other.ntx')), fs.readFileSync(path.join(root, 'other.ntx'), 'utf8')],
        ['untitled:Untitled-1', 'OP1. [a]{US}[b]{Atlantis} and cyber technologies [\n'],
      ]);
      const diagnosticsOf = async (server: TestServer) => {
        const result = new Map<string, Diagnostic[]>();
        for (const [uri, text] of texts) {
          await server.open(uri, text);
          result.set(uri, (await server.diagnosticsOfVersion(uri, 1)).diagnostics);
        }
        return result;
      };
      const first = await TestServer.start({ root });
      const before = await diagnosticsOf(first);
      const info = await first.connection.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
      assert.strictEqual(info.pid, first.child.pid);
      const exited = new Promise((resolve) => first.child.once('exit', resolve));
      process.kill(info.pid, 'SIGKILL');
      await exited;
      first.connection.dispose();

      const second = await TestServer.start({ root });
      try {
        const after = await diagnosticsOf(second);
        assert.deepStrictEqual(after, before);
        assert.ok([...after.values()].every((d) => d.length > 0));
      } finally {
        await second.stop();
      }
    });
  });

  describe('lexicons deleted or renamed on disk', () => {
    let root: string;
    let server: TestServer;
    const lexicon = 'terms:\n  - term: conducive environment\n    deprecated: [enabling environment]\n';
    const watched = (changes: Array<[string, FileChangeType]>) =>
      server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(([name, type]) => ({ uri: uriOf(path.join(root, name)), type })) });
    beforeEach(async () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-watch-'));
      server = await TestServer.start({ root });
    });
    afterEach(async () => {
      if (server) await server.stop().catch(() => server.child.kill());
      fs.rmSync(root, { recursive: true, force: true });
    });

    it('a discovered lexicon: deleted, its findings go; renamed (Deleted + Created), they come back', async () => {
      fs.writeFileSync(path.join(root, 'a.lexicon.yaml'), lexicon);
      const uri = await server.open(uriOf(path.join(root, 'd.ntx')), 'Protect the enabling environment.\n');
      await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).join() === 'term.deprecated');

      fs.rmSync(path.join(root, 'a.lexicon.yaml'));
      await watched([['a.lexicon.yaml', FileChangeType.Deleted]]);
      await server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);

      fs.writeFileSync(path.join(root, 'a.lexicon.yaml'), lexicon);
      await watched([['a.lexicon.yaml', FileChangeType.Created]]);
      await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).join() === 'term.deprecated');

      fs.renameSync(path.join(root, 'a.lexicon.yaml'), path.join(root, 'b.lexicon.yaml'));
      const published = server.publications.get(uri) ?? 0;
      await watched([['a.lexicon.yaml', FileChangeType.Deleted], ['b.lexicon.yaml', FileChangeType.Created]]);
      // Checked again after the events, with the finding now from the renamed file; then that one is deleted too.
      await server.waitForDiagnostics(uri, () => (server.publications.get(uri) ?? 0) > published);
      assert.deepStrictEqual(codes(server.diagnostics.get(uri)!.diagnostics), ['term.deprecated']);
      fs.rmSync(path.join(root, 'b.lexicon.yaml'));
      await watched([['b.lexicon.yaml', FileChangeType.Deleted]]);
      await server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
    });

    it('a lexicon the front matter names: renamed away, workspace.fileNotFound replaces its findings; renamed back, they return', async () => {
      fs.writeFileSync(path.join(root, 'named.lexicon.yaml'), lexicon);
      const uri = await server.open(uriOf(path.join(root, 'e.ntx')), '---\nlexicon: ./named.lexicon.yaml\n---\nProtect the enabling environment.\n');
      await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).join() === 'term.deprecated');
      fs.renameSync(path.join(root, 'named.lexicon.yaml'), path.join(root, 'moved.lexicon.yaml'));
      await watched([['named.lexicon.yaml', FileChangeType.Deleted], ['moved.lexicon.yaml', FileChangeType.Created]]);
      await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).join() === 'workspace.fileNotFound');
      fs.renameSync(path.join(root, 'moved.lexicon.yaml'), path.join(root, 'named.lexicon.yaml'));
      await watched([['moved.lexicon.yaml', FileChangeType.Deleted], ['named.lexicon.yaml', FileChangeType.Created]]);
      await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).join() === 'term.deprecated');
    });
  });
});
