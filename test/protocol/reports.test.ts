// Protocol: the report, export and comparison requests behind the editor commands, on open drafts and on files the editor has not opened.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import {
  COMPARE_REVISIONS_REQUEST,
  CREDITED_DELEGATIONS_REQUEST,
  EXPORT_DOCX_REQUEST,
  EXPORT_TEXT_REQUEST,
  REPORT_REQUEST,
  type CompareRevisionsResult,
  type CreditedDelegation,
  type ExportDocxResult,
  type ExportTextResult,
  type ReportParams,
  type ReportResult,
} from '../../server/src/lsp/reportProtocol';
import { analyze } from '../../server/src/core';
import { fixturePath } from '../support/paths';
import { TestServer, uriOf } from './testServer';

const ROOT = fixturePath('protocol');
const DRAFT_PATH = path.join(ROOT, 'draft.ntx');
const DRAFT = fs.readFileSync(DRAFT_PATH, 'utf8');
const DRAFT_URI = uriOf(DRAFT_PATH);
const OTHER_URI = uriOf(path.join(ROOT, 'other.ntx'));

/** The brackets and stray closers the analysis finds in a text: none in a clean export. */
function bracketsIn(text: string): { brackets: number; strays: number } {
  const model = analyze(text);
  return { brackets: model.brackets.length, strays: model.strayClosers.length };
}

describe('protocol: reports, exports and comparison', function () {
  let server: TestServer;

  before(async () => {
    server = await TestServer.start({ root: ROOT });
    await server.openFile(DRAFT_PATH);
    await server.waitForDiagnostics(DRAFT_URI);
  });
  after(async () => {
    if (server) await server.stop();
  });

  const report = (params: ReportParams) => server.connection.sendRequest<ReportResult>(REPORT_REQUEST, params);

  describe('negotext/report', () => {
    it('renders the status report of an open draft in Markdown, linking the name it was given', async () => {
      const result = await report({ kind: 'status', documents: [{ uri: DRAFT_URI, name: 'drafts/draft.ntx' }] });
      assert.deepStrictEqual(result.documents, [{ name: 'drafts/draft.ntx', uri: DRAFT_URI }]);
      assert.deepStrictEqual(result.skipped, []);
      assert.match(result.text, /\*\*Share agreed: \d+\.\d%\*\*/);
      assert.match(result.text, /\[OP1\]\(<drafts\/draft\.ntx#L19>\)/);
    });

    it('renders HTML for a webview: the style by nonce, and scripts only with that nonce when asked', async () => {
      const nonce = 'AbCdEf0123456789xyz';
      const withScripts = await report({ kind: 'status', documents: [{ uri: DRAFT_URI }], format: 'html', nonce, scriptNonce: true });
      assert.match(withScripts.text, new RegExp(`content="default-src 'none'; style-src 'nonce-${nonce}'; img-src 'none'; script-src 'nonce-${nonce}'"`));
      assert.match(withScripts.text, new RegExp(`<style nonce="${nonce}">`));
      assert.ok(!/<script/i.test(withScripts.text), 'the page itself has no script');
      assert.match(withScripts.text, /<a href="draft\.ntx#L19" data-file="draft\.ntx" data-line="19" data-column="1" data-offset="\d+">OP1<\/a>/);
      const without = await report({ kind: 'status', documents: [{ uri: DRAFT_URI }], format: 'html', nonce });
      assert.match(without.text, /script-src 'none'/);
      // A nonce that could break out of the attribute is not used.
      const hostile = await report({ kind: 'status', documents: [{ uri: DRAFT_URI }], format: 'html', nonce: '"><script>', scriptNonce: true });
      assert.match(hostile.text, /style-src 'unsafe-inline'; img-src 'none'; script-src 'none'/);
    });

    it('reads drafts the editor has not opened from disk, keeps names apart and says which it left out', async () => {
      const missing = uriOf(path.join(ROOT, 'missing.ntx'));
      const result = await report({
        kind: 'status',
        documents: [{ uri: DRAFT_URI, name: 'same.ntx' }, { uri: OTHER_URI, name: 'same.ntx' }, { uri: missing }, { uri: 'untitled:Untitled-9' }, { uri: uriOf(path.join(ROOT, 'delegations.yaml')) }],
      });
      assert.deepStrictEqual(result.documents, [{ name: 'same.ntx', uri: DRAFT_URI }, { name: 'same.ntx (2)', uri: OTHER_URI }]);
      assert.deepStrictEqual(result.skipped.map((s) => [s.uri, s.reason]), [
        [missing, 'cannot be read'],
        ['untitled:Untitled-9', 'not open in the editor, and not a file on disk'],
        [uriOf(path.join(ROOT, 'delegations.yaml')), 'not a .ntx file'],
      ]);
      assert.match(result.text, /\n## same\.ntx \(2\)\n/);
      assert.match(result.text, /\[OP1\]\(<same\.ntx%20\(2\)#L3>\)/);
    });

    it('renders the positions report with the workspace\'s delegations', async () => {
      const result = await report({ kind: 'positions', documents: [{ uri: DRAFT_URI }] });
      assert.match(result.text, /## US — United States of America/);
      assert.match(result.text, /## CfRN — Coalition for Rainforest Nations/);
      assert.match(result.text, /\| proposed \| bracket \| \[draft\.ntx:19:/);
    });

    it('refuses malformed parameters', async () => {
      await assert.rejects(report({ kind: 'nonsense' as 'status', documents: [] }), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams);
      await assert.rejects(report({ kind: 'status', documents: [{ uri: 3 as unknown as string }] }), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams);
      await assert.rejects(report({ kind: 'status', documents: [], format: 'pdf' as 'md' }), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams);
    });
  });

  describe('negotext/creditedDelegations', () => {
    it('lists every delegation and group the attributions name, by canonical code, with their count of positions', async () => {
      const credited = await server.connection.sendRequest<CreditedDelegation[]>(CREDITED_DELEGATIONS_REQUEST, { uri: DRAFT_URI });
      const byCode = new Map(credited.map((d) => [d.code, d]));
      for (const code of ['US', 'EU', 'CN', 'G77', 'CfRN', 'IR']) assert.ok(byCode.has(code), `${code} is listed: ${[...byCode.keys()].join(', ')}`);
      assert.strictEqual(byCode.get('US')?.name, 'United States of America');
      assert.strictEqual(byCode.get('US')?.positions, 2);
      assert.strictEqual(byCode.get('Atlantis')?.known, false);
    });

    it('answers null for a document the server does not hold', async () => {
      assert.strictEqual(await server.connection.sendRequest(CREDITED_DELEGATIONS_REQUEST, { uri: OTHER_URI }), null);
    });
  });

  describe('negotext/exportText', () => {
    const exportText = (params: object) => server.connection.sendRequest<ExportTextResult>(EXPORT_TEXT_REQUEST, params);

    it('exports the agreed text without brackets, with notes placed in the source', async () => {
      const result = await exportText({ uri: DRAFT_URI, kind: 'agreed' });
      assert.deepStrictEqual(bracketsIn(result.text), { brackets: 0, strays: 0 }, result.text);
      assert.doesNotMatch(result.text, /refrain from|Option 1/);
      const dropped = result.notes.find((n) => /Option set not agreed/.test(n.message));
      assert.ok(dropped, JSON.stringify(result.notes));
      assert.strictEqual(DRAFT.split('\n')[dropped.range.start.line], 'Option 1: to prepare a report on 😀 progress;');
    });

    it('exports a scenario: the first alternative everywhere, or a delegation\'s preferred wording by any of its names', async () => {
      const first = await exportText({ uri: DRAFT_URI, kind: 'scenario' });
      assert.match(first.text, /Parties shall take measures by \{year\};/);
      assert.deepStrictEqual(bracketsIn(first.text), { brackets: 0, strays: 0 }, first.text);
      const us = await exportText({ uri: DRAFT_URI, kind: 'scenario', prefer: 'United States' });
      assert.strictEqual(us.preferred, 'US');
      assert.strictEqual(us.preferUnknown, undefined);
      assert.match(us.text, /Parties should take measures/);
      const china = await exportText({ uri: DRAFT_URI, kind: 'scenario', prefer: 'CN' });
      assert.match(china.text, /OP1\. Calls upon States to conducting activities/);
      const unknown = await exportText({ uri: DRAFT_URI, kind: 'scenario', prefer: 'Narnia' });
      assert.strictEqual(unknown.preferUnknown, true);
    });

    it('exports what the editor holds, unsaved edits included', async () => {
      const uri = await server.open(uriOf(path.join(ROOT, 'scratch-export.ntx')), 'OP1. Decides [to act]{US}.\n');
      await server.waitForDiagnostics(uri);
      await server.change(uri, 'OP1. Decides to act [now]{US}.\n');
      const result = await exportText({ uri, kind: 'agreed' });
      assert.strictEqual(result.text, 'OP1. Decides to act.\n');
      await server.close(uri);
    });

    it('refuses an unknown kind and answers null for an unknown document', async () => {
      await assert.rejects(exportText({ uri: DRAFT_URI, kind: 'pdf' }), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams);
      assert.strictEqual(await exportText({ uri: OTHER_URI, kind: 'agreed' }), null);
    });
  });

  describe('negotext/exportDocx', () => {
    it('returns the .docx bytes in base64', async () => {
      const result = await server.connection.sendRequest<ExportDocxResult>(EXPORT_DOCX_REQUEST, { uri: DRAFT_URI });
      const bytes = Buffer.from(result.base64, 'base64');
      assert.strictEqual(bytes.subarray(0, 2).toString('latin1'), 'PK');
      const zip = await JSZip.loadAsync(bytes);
      const document = await zip.file('word/document.xml')!.async('string');
      assert.match(document, /Calls upon States to \[refrain from\]/);
      assert.match(document, /Draft resolution on the protection of critical infrastructure/);
    });
  });

  describe('negotext/compareRevisions', () => {
    const compare = (params: object) => server.connection.sendRequest<CompareRevisionsResult>(COMPARE_REVISIONS_REQUEST, params);

    it('compares an older text with the open draft, in Markdown by default', async () => {
      const older = DRAFT.replace('[shall]{G77}[should]{US, CfRN}', 'shall');
      const result = await compare({ uri: DRAFT_URI, before: { text: older, name: 'draft.ntx@HEAD' }, afterName: 'draft.ntx' });
      assert.match(result.text, /^# Changes from draft\.ntx@HEAD to draft\.ntx\n/);
      assert.match(result.text, /\*\*changed\*\* Article 1 · OP2 — `draft\.ntx@HEAD:21:1 → draft\.ntx:21:1`/);
      const text = await compare({ uri: DRAFT_URI, before: { text: older, name: 'old' }, format: 'text' });
      assert.match(text.text, /^Comparing old → draft\.ntx\n/);
    });

    it('refuses a missing older text', async () => {
      await assert.rejects(compare({ uri: DRAFT_URI, before: { name: 'x' } }), (error: ResponseError<unknown>) => error.code === ErrorCodes.InvalidParams);
    });
  });
});

describe('protocol: reports on drafts not open, with the settings of their folder', function () {
  let root: string;
  let server: TestServer;

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-reports-'));
    // A delegations file that only the setting names (its name matches no default), and a draft that is never opened.
    fs.writeFileSync(path.join(root, 'extra-delegations.yml'), 'delegations:\n  - code: ATL\n    name: Atlantis\n');
    fs.writeFileSync(path.join(root, 'closed.ntx'), 'OP1. Decides [to act]{proposed: Atlantis}.\n');
    server = await TestServer.start({ root, settings: { negotext: { delegations: { path: 'extra-delegations.yml' } } } });
  });
  after(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('resolves names with the delegations file the settings name', async () => {
    const uri = uriOf(path.join(root, 'closed.ntx'));
    const result = await server.connection.sendRequest<ReportResult>(REPORT_REQUEST, { kind: 'positions', documents: [{ uri, name: 'closed.ntx' }] } satisfies ReportParams);
    assert.deepStrictEqual(result.skipped, []);
    assert.match(result.text, /## ATL — Atlantis/);
    assert.ok(server.configurationRequests.includes(uriOf(root)), `settings asked for the folder: ${server.configurationRequests.join(', ')}`);
  });
});
