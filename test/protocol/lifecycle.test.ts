// Protocol: initialize, document sync and diagnostics (on open, on every change, for untitled documents), shutdown and exit.

import * as assert from 'assert';
import * as path from 'path';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateText } from '../performance/generateText';
import { fixturePath } from '../support/paths';
import { TestServer, uriOf } from './testServer';

const ROOT = fixturePath('protocol');
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

describe('protocol: lifecycle and diagnostics', function () {
  let server: TestServer;
  before(async () => {
    server = await TestServer.start({ root: ROOT });
  });
  after(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
  });

  it('initialize announces every capability the issue asks for', () => {
    const capabilities = server.initializeResult.capabilities;
    assert.strictEqual(server.initializeResult.serverInfo?.name, 'negotext');
    for (const key of ['hoverProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'selectionRangeProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'codeLensProvider'] as const) {
      assert.ok(capabilities[key], key);
    }
    assert.deepStrictEqual(capabilities.renameProvider, { prepareProvider: true });
    assert.deepStrictEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'refactor.rewrite'] });
    assert.ok(capabilities.completionProvider?.triggerCharacters?.includes('^'));
  });

  it('publishes diagnostics on open: code = finding id, source = negotext, data files taken into account', async () => {
    const uri = await server.openFile(path.join(ROOT, 'draft.ntx'));
    const { diagnostics, version } = await server.waitForDiagnostics(uri);
    assert.strictEqual(version, 1);
    const found = codes(diagnostics);
    for (const id of ['term.deprecated', 'bracket.open', 'alternatives.open', 'options.open', 'placeholder.open', 'delegation.unknown', 'footnote.undefined', 'paragraph.agreedWithBrackets']) {
      assert.ok(found.includes(id), `missing ${id} in ${found.join(', ')}`);
    }
    assert.ok(diagnostics.every((d) => d.source === 'negotext'));
    // CfRN comes from the workspace delegations.yaml the front matter names; Atlantis is unknown.
    const unknown = diagnostics.filter((d) => d.code === 'delegation.unknown').map((d) => String(d.message));
    assert.strictEqual(unknown.length, 1, unknown.join('\n'));
    assert.match(unknown[0], /Atlantis/);
    await server.close(uri);
  });

  it('recomputes on every change: typing an unclosed bracket gives an error with related information', async () => {
    const uri = await server.open('file:///virtual/typing.ntx', 'OP1. Parties shall take measures.\n\nOP2. Next.\n');
    await server.diagnosticsOfVersion(uri, 1);
    const version = await server.edit(uri, [{ range: { start: { line: 0, character: 13 }, end: { line: 0, character: 13 } }, newText: '[' }]);
    const { diagnostics } = await server.diagnosticsOfVersion(uri, version);
    const unclosed = diagnostics.find((d) => d.code === 'bracket.unclosed');
    assert.ok(unclosed, codes(diagnostics).join(', '));
    assert.strictEqual(unclosed.severity, DiagnosticSeverity.Error);
    assert.deepStrictEqual(unclosed.range, { start: { line: 0, character: 13 }, end: { line: 0, character: 14 } });
    assert.deepStrictEqual(unclosed.relatedInformation?.[0].location.range.start, { line: 0, character: 34 });
    await server.close(uri);
  });

  it('each typed version gets the diagnostics its text gets when opened afresh (those kept from the version before included)', async () => {
    const uri = await server.open('file:///virtual/typed.ntx', generateText(30 * 1024, { seed: 11 }));
    await server.diagnosticsOfVersion(uri, 1);
    // A letter, a line break, a bracket opened and closed again, a letter on the last line, and a paragraph deleted.
    const typing: Array<(text: string) => { at: number; insert: string; remove?: number }> = [
      (text) => ({ at: text.indexOf(' ', text.length / 3), insert: 'e' }),
      (text) => ({ at: text.indexOf(' ', text.length / 2), insert: '\n' }),
      (text) => ({ at: text.indexOf(' ', text.length / 4), insert: '[' }),
      (text) => ({ at: text.indexOf(' ', text.length / 4), insert: ']' }),
      (text) => ({ at: text.length, insert: 'e' }),
      (text) => ({ at: text.indexOf('\n\n', text.length / 5), insert: '', remove: text.indexOf('\n\n', text.indexOf('\n\n', text.length / 5) + 2) - text.indexOf('\n\n', text.length / 5) }),
    ];
    for (const [index, edit] of typing.entries()) {
      const before = server.text(uri);
      const { at, insert, remove = 0 } = edit(before);
      const lines = TextDocument.create(uri, 'negotext', 0, before);
      const version = await server.edit(uri, [{ range: { start: lines.positionAt(at), end: lines.positionAt(at + remove) }, newText: insert }]);
      const typed = await server.diagnosticsOfVersion(uri, version);
      const fresh = `file:///virtual/fresh-${index}.ntx`;
      await server.open(fresh, server.text(uri));
      const opened = await server.waitForDiagnostics(fresh);
      await server.close(fresh);
      assert.ok(opened.diagnostics.length > 20, `${opened.diagnostics.length} diagnostics`);
      assert.strictEqual(JSON.stringify(typed.diagnostics), JSON.stringify(opened.diagnostics).split(fresh).join(uri), `edit ${index}`);
    }
    await server.close(uri);
  });

  it('a burst of changes ends with the diagnostics of the last version', async () => {
    const uri = await server.open('file:///virtual/burst.ntx', 'Text.');
    await server.diagnosticsOfVersion(uri, 1);
    let version = 1;
    for (let i = 0; i < 8; i++) version = await server.change(uri, `Text ${'['.repeat(i + 1)}.`);
    const { diagnostics } = await server.diagnosticsOfVersion(uri, version);
    assert.strictEqual(diagnostics.filter((d) => d.code === 'bracket.unclosed').length, 8);
    await server.close(uri);
  });

  it('works for untitled documents', async () => {
    const uri = await server.open('untitled:Untitled-1', 'Parties [shall]{US}[should]{G77} act.');
    const { diagnostics } = await server.waitForDiagnostics(uri);
    assert.deepStrictEqual(codes(diagnostics), ['alternatives.open']);
    await server.close(uri);
  });

  it('clears diagnostics when a document closes', async () => {
    const uri = await server.open('file:///virtual/closing.ntx', 'a [b');
    await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
    await server.close(uri);
    await server.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0);
  });

  it('shuts down and exits with status 0', async () => {
    const exitCode = await server.stop();
    assert.strictEqual(exitCode, 0);
    server = undefined as unknown as TestServer;
  });

  it('exits with status 1 when the editor goes away without shutting it down (standard input closes)', async () => {
    const orphan = await TestServer.start({ capabilities: {} });
    const exited = new Promise<number | null>((resolve) => orphan.child.once('exit', (code) => resolve(code)));
    orphan.child.stdin!.end();
    const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    if (code === 'still running after 10 s') orphan.child.kill();
    assert.strictEqual(code, 1);
  });

  it('answers document symbols whose names hold quotes, backslashes, tabs and `…` (written as bytes on stdio)', async () => {
    const other = await TestServer.start({ capabilities: {} });
    try {
      const text = '# The "Parties" \\ annex\t1\n\nOP1. The "cyber\\crime" 😀\tterm covers … [shall][should] everything here and more words after.\n';
      const uri = await other.open('file:///virtual/awkward.ntx', text);
      const symbols = (await other.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as Array<{ name: string; children?: Array<{ name: string }> }>;
      assert.strictEqual(symbols[0].name, 'The "Parties" \\ annex\t1');
      assert.strictEqual(symbols[0].children?.[0].name, 'OP1 The "cyber\\crime" 😀 term covers … [shall][shou…');
    } finally {
      await other.stop().catch(() => other.child.kill());
    }
  });
});

describe('protocol: a minimal client', () => {
  it('without configuration, watchers or versioned edits the server still checks documents', async () => {
    const server = await TestServer.start({ capabilities: {} });
    try {
      const uri = await server.open(uriOf(path.join(ROOT, 'nowhere.ntx')), '[a]{XX}');
      const { diagnostics } = await server.waitForDiagnostics(uri);
      assert.deepStrictEqual(codes(diagnostics), ['bracket.open', 'delegation.unknown']);
      assert.strictEqual(server.configurationRequests.length, 0);
      assert.strictEqual(server.initializeResult.capabilities.codeActionProvider, true);
    } finally {
      await server.stop();
    }
  });

  it('settings given as initialization options apply when the client cannot be asked for them', async () => {
    const server = await TestServer.start({ capabilities: {}, initializationOptions: { negotext: { diagnostics: { 'bracket.open': 'off' } } } });
    try {
      const uri = await server.open('untitled:Untitled-2', '[a]{XX}');
      const { diagnostics } = await server.waitForDiagnostics(uri);
      assert.deepStrictEqual(codes(diagnostics), ['delegation.unknown']);
    } finally {
      await server.stop();
    }
  });
});
