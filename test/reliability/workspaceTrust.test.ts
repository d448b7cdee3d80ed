// Paths and trust: in an untrusted workspace, `lexicon:` and `delegations:` paths that lead outside the workspace or
// through a symbolic link are not read, with a diagnostic saying why; trusting the workspace reads them.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { pathRefusal } from '../../server/src/node/pathPolicy';
import { SERVER_INFO_REQUEST, WORKSPACE_TRUST_NOTIFICATION, type ServerInfoResult } from '../../server/src/lsp/protocol';
import { TestServer, uriOf } from '../protocol/testServer';
import { REPO_ROOT } from '../support/paths';

const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));
const lexicon = (agreed: string, deprecated: string) => `terms:\n  - term: ${agreed}\n    deprecated: [${deprecated}]\n`;

describe('paths and workspace trust', function () {
  this.timeout(30_000);
  let base: string;
  let workspace: string;
  let outside: string;

  before(() => {
    base = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-trust-')));
    workspace = path.join(base, 'workspace');
    outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(workspace, 'sub'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(workspace, 'sub', 'in.lexicon.yaml'), lexicon('inside term', 'inside form'));
    fs.writeFileSync(path.join(outside, 'out.lexicon.yaml'), lexicon('outside term', 'outside form'));
    fs.writeFileSync(path.join(outside, 'delegations.yaml'), 'delegations:\n  - code: XQ\n    name: Quux\n');
    fs.symlinkSync(path.join(outside, 'out.lexicon.yaml'), path.join(workspace, 'link.lexicon.yaml'));
    fs.symlinkSync(outside, path.join(workspace, 'linkdir'), 'dir');
    fs.symlinkSync(path.join(workspace, 'sub'), path.join(workspace, 'innerlink'), 'dir');
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  describe('pathRefusal', () => {
    it('inside, outside, through a link to outside or inside, and files that do not exist', () => {
      const roots = [workspace];
      assert.strictEqual(pathRefusal(path.join(workspace, 'sub', 'in.lexicon.yaml'), roots), undefined);
      assert.strictEqual(pathRefusal(path.join(workspace, 'sub', 'missing.lexicon.yaml'), roots), undefined);
      assert.strictEqual(pathRefusal(path.join(outside, 'out.lexicon.yaml'), roots), 'outside');
      assert.strictEqual(pathRefusal(path.join(workspace, '..', 'outside', 'out.lexicon.yaml'), roots), 'outside');
      assert.strictEqual(pathRefusal('/etc/passwd', roots), 'outside');
      assert.strictEqual(pathRefusal(path.join(outside, 'nothing-here.yaml'), roots), 'outside', 'existence outside is not probed');
      assert.strictEqual(pathRefusal(path.join(workspace, 'link.lexicon.yaml'), roots), 'symlink');
      assert.strictEqual(pathRefusal(path.join(workspace, 'linkdir', 'out.lexicon.yaml'), roots), 'symlink');
      assert.strictEqual(pathRefusal(path.join(workspace, 'linkdir', 'not-there.yaml'), roots), 'symlink');
      assert.strictEqual(pathRefusal(path.join(workspace, 'innerlink', 'in.lexicon.yaml'), roots), 'symlink', 'a link is refused even when it stays inside');
      assert.strictEqual(pathRefusal(path.join(workspace, 'sub', 'in.lexicon.yaml'), []), 'outside', 'no folder open: nothing is inside');
      assert.strictEqual(pathRefusal('relative/x.lexicon.yaml', roots), undefined, 'relative paths are never read anyway');
    });

    it('a workspace folder opened through a link is judged by its real path', () => {
      const linkedRoot = path.join(base, 'linked-workspace');
      fs.symlinkSync(workspace, linkedRoot, 'dir');
      assert.strictEqual(pathRefusal(path.join(linkedRoot, 'sub', 'in.lexicon.yaml'), [linkedRoot]), undefined);
      assert.strictEqual(pathRefusal(path.join(linkedRoot, 'link.lexicon.yaml'), [linkedRoot]), 'symlink');
    });
  });

  describe('the server', () => {
    let server: TestServer;
    afterEach(async () => {
      if (server) await server.stop().catch(() => server.child.kill());
    });

    const draftText = [
      '---',
      'lexicon: [./sub/in.lexicon.yaml, ../outside/out.lexicon.yaml, ./link.lexicon.yaml, ./linkdir/out.lexicon.yaml, ../nowhere/x.lexicon.yaml]',
      'delegations: ../outside/delegations.yaml',
      '---',
      'OP1. The inside form and the outside form, [proposed]{XQ}.',
      '',
    ].join('\n');

    it('untrusted: paths outside or through links are refused with workspace.untrustedPath saying why; inside paths are read', async () => {
      server = await TestServer.start({ root: workspace, initializationOptions: { isTrusted: false } });
      const uri = await server.open(uriOf(path.join(workspace, 'draft.ntx')), draftText);
      const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      const untrusted = diagnostics.filter((d) => d.code === 'workspace.untrustedPath');
      const line = draftText.split('\n');
      const covered = untrusted.map((d) => line[d.range.start.line].slice(d.range.start.character, d.range.end.character));
      assert.deepStrictEqual(covered, ['../outside/out.lexicon.yaml', './link.lexicon.yaml', './linkdir/out.lexicon.yaml', '../nowhere/x.lexicon.yaml', '../outside/delegations.yaml']);
      assert.deepStrictEqual(
        untrusted.map((d) => /outside the workspace folders|through a symbolic link/.exec(String(d.message))?.[0]),
        ['outside the workspace folders', 'through a symbolic link', 'through a symbolic link', 'outside the workspace folders', 'outside the workspace folders'],
      );
      assert.match(String(untrusted[0].message), /this workspace is not trusted.*trust the workspace to use it/);
      assert.ok(untrusted.every((d) => d.severity === 2), 'warnings');
      // The inside lexicon is used; nothing from outside is: no outside term, and XQ is unknown.
      const terms = diagnostics.filter((d) => d.code === 'term.deprecated').map((d) => String(d.message));
      assert.deepStrictEqual(terms, ['Deprecated term "inside form": the agreed term is "inside term".']);
      assert.ok(codes(diagnostics).includes('delegation.unknown'));
      assert.ok(!codes(diagnostics).includes('workspace.fileNotFound'), 'a refused path is not probed for existence');
      const info = await server.connection.sendRequest<ServerInfoResult>(SERVER_INFO_REQUEST);
      assert.strictEqual(info.trusted, false);

      // Trusting the workspace re-checks open drafts with every file read.
      await server.connection.sendNotification(WORKSPACE_TRUST_NOTIFICATION, { trusted: true });
      const trusted = await server.waitForDiagnostics(uri, (p) => !codes(p.diagnostics).includes('workspace.untrustedPath'));
      assert.deepStrictEqual(codes(trusted.diagnostics).filter((c) => c.startsWith('workspace.')), ['workspace.fileNotFound']);
      assert.deepStrictEqual(trusted.diagnostics.filter((d) => d.code === 'term.deprecated').map((d) => String(d.message)), ['Deprecated term "inside form": the agreed term is "inside term".', 'Deprecated term "outside form": the agreed term is "outside term".']);
      assert.ok(!codes(trusted.diagnostics).includes('delegation.unknown'), 'XQ comes from the outside delegations file');
    });

    it('untrusted: settings paths outside the workspace are not read either', async () => {
      server = await TestServer.start({ root: workspace, initializationOptions: { isTrusted: false }, settings: { negotext: { lexicon: { paths: ['../outside/out.lexicon.yaml'] } } } });
      const uri = await server.open(uriOf(path.join(workspace, 'plain.ntx')), 'OP1. The outside form.\n');
      const { diagnostics } = await server.waitForDiagnostics(uri);
      assert.deepStrictEqual(codes(diagnostics), []);
    });

    it('trusted (or an editor without Workspace Trust): every path is read', async () => {
      server = await TestServer.start({ root: workspace });
      const uri = await server.open(uriOf(path.join(workspace, 'draft.ntx')), draftText);
      const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepStrictEqual(codes(diagnostics).filter((c) => c.startsWith('workspace.')), ['workspace.fileNotFound']);
      assert.strictEqual(diagnostics.filter((d) => d.code === 'term.deprecated').length, 2);
    });

    it('negotext.diagnostics.workspace.* settings switch both ids off like any finding', async () => {
      server = await TestServer.start({ root: workspace, initializationOptions: { isTrusted: false }, settings: { negotext: { diagnostics: { workspace: { untrustedPath: 'off', fileNotFound: 'off' } } } } });
      const uri = await server.open(uriOf(path.join(workspace, 'draft.ntx')), `${draftText}\n---\n`.replace('../nowhere/x', './sub/missing'));
      const { diagnostics } = await server.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.deepStrictEqual(codes(diagnostics).filter((c) => c.startsWith('workspace.')), []);
      await server.changeSettings({ negotext: { diagnostics: { workspace: { untrustedPath: 'off', fileNotFound: 'error' } } } });
      const changed = await server.waitForDiagnostics(uri, (p) => codes(p.diagnostics).includes('workspace.fileNotFound'));
      assert.strictEqual(changed.diagnostics.find((d) => d.code === 'workspace.fileNotFound')?.severity, 1);
      assert.strictEqual(changed.diagnostics.filter((d) => d.code === 'workspace.untrustedPath').length, 0, 'still off');
    });
  });

  it('package.json declares limited support for untrusted and virtual workspaces, saying what is limited', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    const { untrustedWorkspaces, virtualWorkspaces } = manifest.capabilities;
    assert.strictEqual(untrustedWorkspaces.supported, 'limited');
    assert.match(untrustedWorkspaces.description, /inside the workspace folders and not through symbolic links/);
    assert.deepStrictEqual(untrustedWorkspaces.restrictedConfigurations, ['negotext.lexicon.paths', 'negotext.delegations.path']);
    assert.deepStrictEqual(virtualWorkspaces, { supported: 'limited', description: 'Only open documents are checked; lexicons and delegations files are not read.' });
    const extension = fs.readFileSync(path.join(REPO_ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    assert.match(extension, /isTrusted: isTrusted\(\)/, 'the client passes vscode.workspace.isTrusted at every (re)start');
    assert.match(extension, /forwardTrustGrants\(/, 'the client forwards onDidGrantWorkspaceTrust');
  });
});
