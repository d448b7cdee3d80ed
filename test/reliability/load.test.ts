// Load: many documents edited fast leave no backlog (stale runs are dropped, the last version wins), and opening and
// closing documents over and over returns the server's heap to where it was.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SemanticTokensRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { analyze, computeFindings } from '../../server/src/core';
import { toLspDiagnostic } from '../../server/src/lsp/diagnostics';
import { TextLines } from '../../server/src/lsp/positions';
import { SERVER_INFO_REQUEST, type ServerInfoResult } from '../../server/src/lsp/protocol';
import { TestServer, uriOf } from '../protocol/testServer';
import { fixturePath } from '../support/paths';
import { random } from '../performance/generateText';


/** What a fresh analysis of `text` publishes (no lexicon in the workspace, the built-in delegations). */
function freshDiagnostics(uri: string, text: string): Diagnostic[] {
  const lines = new TextLines(text);
  return computeFindings(analyze(text)).map((finding) => toLspDiagnostic(finding, lines, uri));
}

describe('load', function () {
  this.timeout(120_000);

  it('50 open documents, 1,000 rapid edits among them: far fewer than 1,000 publications, and each ends as a fresh analysis', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-load-'));
    const server = await TestServer.start({ root });
    try {
      const next = random(9);
      const base = fs.readFileSync(fixturePath('protocol', 'draft.ntx'), 'utf8').replace(/^---[\s\S]*?---\n/, '');
      const uris: string[] = [];
      for (let i = 0; i < 50; i++) {
        const uri = await server.open(uriOf(path.join(root, `doc-${i}.ntx`)), base);
        uris.push(uri);
      }
      await Promise.all(uris.map((uri) => server.diagnosticsOfVersion(uri, 1)));
      const afterOpen = [...server.publications.values()].reduce((a, b) => a + b, 0);
      assert.strictEqual(afterOpen, 50);

      const fragments = ['[', ']', '{US}', ' word', '[^1]', '{', '}', '\n\n', 'OP9. ', '<!--', '-->', ' cyber technologies'];
      const versions = new Map<string, number>(uris.map((uri) => [uri, 1]));
      // Sent in one burst, as fast as the client can write them: awaiting each write would pace the edits by the
      // machine's load (on a busy machine each document then gets an edit every 50 ms or more, each rightly checked
      // on its own), and the count would measure the load instead of the scheduler.
      const sending: Array<Promise<unknown>> = [];
      const started = Date.now();
      for (let edit = 0; edit < 1000; edit++) {
        const uri = uris[Math.floor(next() * uris.length)];
        const text = server.text(uri);
        const lines = new TextLines(text);
        const at = Math.floor(next() * (text.length + 1));
        const deleting = next() < 0.3 && at < text.length;
        const end = deleting ? Math.min(text.length, at + 1 + Math.floor(next() * 5)) : at;
        const newText = deleting ? '' : fragments[Math.floor(next() * fragments.length)];
        // The client's copy and version change at once; the notification is written in turn.
        sending.push(server.edit(uri, [{ range: { start: lines.position(at), end: lines.position(end) }, newText }]));
        versions.set(uri, versions.get(uri)! + 1);
      }
      await Promise.all(sending);
      const sent = Date.now() - started;
      // Every document ends with the diagnostics of its last version, without waiting for a backlog of stale runs.
      await Promise.all(uris.map((uri) => server.waitForDiagnostics(uri, (p) => p.version === versions.get(uri), 30_000)));
      const settled = Date.now() - started - sent;
      const published = [...server.publications.values()].reduce((a, b) => a + b, 0) - afterOpen;
      if (process.env.NEGOTEXT_VERBOSE) console.log(`      ${published} publications for 1,000 edits; sent in ${sent} ms, settled ${settled} ms later`);
      // Without dropping stale runs every edit would publish (1,000). Coalescing gives 110–250 on a quiet machine and
      // up to 300 on one with four times more work than cores (each document's pause is at least 10 ms, and how
      // many edits fall in one pause depends on how fast the server reads them): the bound leaves room for that.
      assert.ok(published < 400, `${published} publications for 1,000 edits (sent in ${sent} ms, settled ${settled} ms later)`);
      for (const uri of uris) assert.deepStrictEqual(server.diagnostics.get(uri)!.diagnostics, freshDiagnostics(uri, server.text(uri)), uri);
    } finally {
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('opening and closing a document 1,000 times (its semantic tokens asked each time) returns the memory to its baseline', async () => {
    const root = fixturePath('protocol');
    const server = await TestServer.start({ root, nodeOptions: ['--expose-gc'] });
    try {
      // The draft's body ten times over: what a document holds (its analysis, the tokens last sent) is then large
      // enough that keeping it after the close shows (the tokens alone, kept, grew the memory by 8 MB).
      const draft = fs.readFileSync(path.join(root, 'draft.ntx'), 'utf8');
      const bodyStart = draft.indexOf('\n---', 3) + 4;
      const text = draft.slice(0, bodyStart) + draft.slice(bodyStart).repeat(10);
      const cycle = async (i: number) => {
        const uri = uriOf(path.join(root, `cycle-${i}.ntx`));
        await server.open(uri, text);
        await server.diagnosticsOfVersion(uri, 1);
        // As an editor does: the server then remembers the tokens it sent, until the document is closed.
        await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
        await server.close(uri);
        await server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
        server.diagnostics.delete(uri);
        server.publications.delete(uri);
      };
      for (let i = 0; i < 50; i++) await cycle(i);
      const baseline = await server.connection.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
      assert.ok(baseline.collected, 'measured after a full collection');
      for (let i = 50; i < 1050; i++) await cycle(i);
      const after = await server.connection.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
      assert.strictEqual(after.documents, 0);
      // The heap and the typed arrays outside it (the model's columns, the tokens last sent).
      const live = (info: ServerInfoResult) => (info.heapUsed + info.arrayBuffers) / (1024 * 1024);
      const grown = live(after) - live(baseline);
      if (process.env.NEGOTEXT_VERBOSE) console.log(`      memory ${live(baseline).toFixed(1)} MB before, ${live(after).toFixed(1)} MB after 1,000 cycles`);
      assert.ok(grown < 5, `memory grew by ${grown.toFixed(2)} MB (from ${live(baseline).toFixed(1)} MB) over 1,000 open/close cycles`);
    } finally {
      await server.stop();
    }
  });
});

