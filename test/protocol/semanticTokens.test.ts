// Protocol: semantic tokens from the built server, decoded against the legend it announced; deltas after edits; refreshed when delegations change.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest, type SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { applySemanticTokensEdits, decodeSemanticTokens, describeToken } from '../support/decodeSemanticTokens';
import { TestServer, uriOf, VSCODE_LIKE_CAPABILITIES, WAIT_MS } from './testServer';

const DRAFT = [
  '---',
  'delegations: ./delegations.yaml',
  '---',
  'OP1. {proposed: CfRN; opposed: Cnina} Decides to [hold]{US, G77} {number} sessions.',
  '',
  'OP2. {Placeholder for preamble}',
  '',
  'OP3. {ad ref} Requests [the Secretariat {to be',
  'completed}.',
  '',
  'OP4. Notes] the report.',
].join('\n');

describe('protocol: semantic tokens', function () {
  let root: string;
  let server: TestServer;
  let legend: SemanticTokensLegend;
  let refreshes = 0;
  const draftUri = () => uriOf(path.join(root, 'draft.ntx'));

  const tokens = async (range?: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<string[]> => {
    const result = range
      ? await server.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri: draftUri() }, range })
      : await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: draftUri() } });
    assert.ok(result);
    return decodeSemanticTokens(result.data, legend, DRAFT).map((t) => `${t.line}:${t.character} ${describeToken(t)}`);
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-semantic-'));
    fs.writeFileSync(path.join(root, 'delegations.yaml'), 'delegations:\n  - code: SICA\n    name: Central American Integration System\n    kind: organization\n');
    fs.writeFileSync(path.join(root, 'draft.ntx'), DRAFT);
    server = await TestServer.start({ root, capabilities: { ...VSCODE_LIKE_CAPABILITIES, workspace: { ...VSCODE_LIKE_CAPABILITIES.workspace, semanticTokens: { refreshSupport: true } } } });
    server.connection.onRequest('workspace/semanticTokens/refresh', () => {
      refreshes++;
      return null;
    });
    const provider = server.initializeResult.capabilities.semanticTokensProvider;
    assert.ok(provider, 'semanticTokensProvider announced');
    assert.deepStrictEqual(provider.full, { delta: true });
    assert.strictEqual(provider.range, true);
    legend = provider.legend;
    await server.openFile(path.join(root, 'draft.ntx'));
    await server.waitForDiagnostics(draftUri());
  });
  after(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('the legend names the Negotext types and modifiers', () => {
    for (const type of ['attribution', 'paragraphAnnotation', 'placeholder', 'delegation', 'bracket']) assert.ok(legend.tokenTypes.includes(type), type);
    for (const modifier of ['unknown', 'group', 'depth1', 'unclosed', 'stray']) assert.ok(legend.tokenModifiers.includes(modifier), modifier);
  });

  it('full document: annotations by kind, unknown delegations, groups, brackets, a placeholder over two lines', async () => {
    assert.deepStrictEqual(await tokens(), [
      '3:5 paragraphAnnotation {',
      '3:6 role proposed',
      '3:16 delegation.unknown CfRN',
      '3:22 role opposed',
      '3:31 delegation.unknown Cnina',
      '3:36 paragraphAnnotation }',
      '3:49 bracket.depth1 [',
      '3:54 bracket.depth1 ]',
      '3:55 attribution {',
      '3:56 delegation US',
      '3:60 delegation.group G77',
      '3:63 attribution }',
      '3:65 placeholder {number}',
      '5:5 placeholder {Placeholder for preamble}',
      '7:5 paragraphAnnotation {',
      '7:6 status ad ref',
      '7:12 paragraphAnnotation }',
      '7:23 bracket.depth1.unclosed [',
      '7:40 placeholder {to be',
      '8:0 placeholder completed}',
      '10:10 bracket.stray ]',
    ]);
  });

  it('a range: only the tokens of the lines asked for', async () => {
    assert.deepStrictEqual(await tokens({ start: { line: 7, character: 0 }, end: { line: 8, character: 0 } }), [
      '7:5 paragraphAnnotation {',
      '7:6 status ad ref',
      '7:12 paragraphAnnotation }',
      '7:23 bracket.depth1.unclosed [',
      '7:40 placeholder {to be',
    ]);
  });

  it('after an edit, a delta from the tokens the editor has gives the new tokens, in a few integers', async () => {
    const uri = await server.open(uriOf(path.join(root, 'typed.ntx')), DRAFT.replace('delegations: ./delegations.yaml\n', ''));
    await server.waitForDiagnostics(uri);
    const before = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(before?.resultId, 'the whole tokens have a result id');
    const version = await server.edit(uri, [{ range: { start: { line: 9, character: 5 }, end: { line: 9, character: 5 } }, newText: '[' }]);
    await server.diagnosticsOfVersion(uri, version);
    const delta = await server.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: before.resultId });
    assert.ok(delta && 'edits' in delta, 'a delta, not the whole tokens');
    assert.notStrictEqual(delta.resultId, before.resultId);
    const after = await server.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(after);
    assert.deepStrictEqual(applySemanticTokensEdits(before.data, delta.edits), after.data);
    const sent = delta.edits.reduce((sum, edit) => sum + (edit.data?.length ?? 0), 0);
    assert.ok(sent > 0 && sent <= 15, `${sent} integers sent for one bracket typed, of ${after.data.length}`);
    // A result the server no longer has (here, one it replaced): the whole tokens come back.
    const stale = await server.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: before.resultId });
    assert.ok(stale && 'data' in stale);
    assert.deepStrictEqual(stale.data, after.data);
    // Closed, the draft's tokens are forgotten: opened again, a delta from the last result sent is answered whole.
    const text = server.text(uri);
    await server.close(uri);
    await server.open(uri, text);
    await server.waitForDiagnostics(uri, (p) => p.version === 1);
    const reopened = await server.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId: stale.resultId! });
    assert.ok(reopened && 'data' in reopened, 'the whole tokens after the draft was closed and opened again');
    assert.deepStrictEqual(reopened.data, after.data);
    await server.close(uri);
  });

  it('editing the delegations file (unsaved) asks the editor to refresh, and the delegation becomes a known group', async () => {
    const before = refreshes;
    const delegationsUri = await server.open(uriOf(path.join(root, 'delegations.yaml')), 'delegations:\n  - code: CfRN\n    name: Coalition for Rainforest Nations\n    kind: group\n', 'yaml');
    const deadline = Date.now() + WAIT_MS;
    while (refreshes === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(refreshes > before, 'workspace/semanticTokens/refresh was sent');
    assert.ok((await tokens()).includes('3:16 delegation.group CfRN'));
    await server.close(delegationsUri);
  });
});
