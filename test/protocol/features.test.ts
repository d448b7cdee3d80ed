// Protocol: every request on the example draft, as an editor sends it, with edits applied and the resulting text checked.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  FoldingRangeKind,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { DOCUMENT_STATUS_REQUEST, NEXT_BRACKET_REQUEST, STATISTICS_REQUEST, type DocumentStatus, type NextBracketResult, type StatisticsResult } from '../../server/src/lsp/protocol';
import { fixturePath } from '../support/paths';
import { TestServer, uriOf } from './testServer';

const ROOT = fixturePath('protocol');
const DRAFT = fs.readFileSync(path.join(ROOT, 'draft.ntx'), 'utf8');
const DRAFT_URI = uriOf(path.join(ROOT, 'draft.ntx'));
const OTHER_URI = uriOf(path.join(ROOT, 'other.ntx'));

/** The position of `needle` (its `nth` occurrence) in a text, moved `delta` characters into it. */
function at(text: string, needle: string, delta = 0, nth = 1): Position {
  let index = -1;
  for (let i = 0; i < nth; i++) index = text.indexOf(needle, index + 1);
  assert.ok(index >= 0, `"${needle}" not in the text`);
  return TextDocument.create('x', 'x', 0, text).positionAt(index + delta);
}

/** The text a range covers. */
function slice(text: string, range: { start: Position; end: Position }): string {
  const document = TextDocument.create('x', 'x', 0, text);
  return text.slice(document.offsetAt(range.start), document.offsetAt(range.end));
}

describe('protocol: features', function () {
  let server: TestServer;
  const td = { uri: DRAFT_URI };
  before(async () => {
    server = await TestServer.start({ root: ROOT });
    await server.openFile(path.join(ROOT, 'draft.ntx'));
    await server.waitForDiagnostics(DRAFT_URI);
  });
  after(async () => {
    if (server) await server.stop().catch(() => server.child.kill());
  });

  const hoverText = async (needle: string, delta = 1, nth = 1) => {
    const hover: Hover | null = await server.connection.sendRequest(HoverRequest.type, { textDocument: td, position: at(DRAFT, needle, delta, nth) });
    assert.ok(hover, `no hover on "${needle}"`);
    return { markdown: (hover.contents as MarkupContent).value, range: hover.range && slice(DRAFT, hover.range) };
  };

  describe('hover', () => {
    it('a lexicon term: status, definition, precedent, languages', async () => {
      const { markdown, range } = await hoverText('critical infrastructure;', 3);
      assert.strictEqual(range, 'critical infrastructure');
      assert.match(markdown, /\*\*critical infrastructure\*\* · agreed/);
      assert.match(markdown, /Facilities, systems and networks/);
      assert.match(markdown, /\| fr \| infrastructure critique \|/);
    });
    it('a delegation: full name, groups and its role here', async () => {
      const { markdown } = await hoverText('US, EU; opposed', 0);
      assert.match(markdown, /United States of America/);
      assert.match(markdown, /Groups: /);
      assert.match(markdown, /Here: proposed/);
    });
    it('a workspace delegation from delegations.yaml', async () => {
      const { markdown } = await hoverText('CfRN', 1);
      assert.match(markdown, /Coalition for Rainforest Nations/);
    });
    it("a footnote reference: the footnote's text and who made it", async () => {
      const { markdown, range } = await hoverText('[^1]', 2);
      assert.strictEqual(range, '[^1]');
      assert.match(markdown, /The Islamic Republic of Iran reserves its position\./);
      assert.match(markdown, /proposed by IR/);
    });
    it('a bracket: depth, alternative k of n, attribution', async () => {
      const { markdown } = await hoverText('[should]', 3);
      assert.match(markdown, /depth 1 · alternative 2 of 2/);
      assert.match(markdown, /Proposed by US, CfRN/);
    });
    it('a paragraph label: its status', async () => {
      const { markdown } = await hoverText('OP4.', 1);
      assert.match(markdown, /\*\*OP4\*\* · ad ref/);
      assert.match(markdown, /1 open bracket/);
    });
  });

  it('document symbols: headings > labelled paragraphs > option sets, bracket counts in detail', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: td })) as DocumentSymbol[];
    const lines: string[] = [];
    const visit = (items: DocumentSymbol[], depth: number) => {
      for (const s of items) {
        lines.push(`${'  '.repeat(depth)}${s.name}${s.detail ? ` (${s.detail})` : ''}`);
        visit(s.children ?? [], depth + 1);
      }
    };
    visit(symbols, 0);
    assert.deepStrictEqual(lines, [
      'Preamble',
      '  PP1 Recalling its resolution 70/237 on cyber techno…',
      '  PP2 Noting the work of the Open-ended Working Group, (agreed)',
      'Operative part (5 open brackets)',
      '  Article 1 (5 open brackets)',
      '    OP1 Calls upon States to [refrain from] conducting … (1 open bracket)',
      '    OP2 Decides that Parties [shall][should] take measu… (3 open brackets)',
      '    OP3 Requests the Secretary-General:',
      '      Options (2)',
      '        Option 1 to prepare a report on 😀 progress;',
      '        Option 2 No text',
      '    OP4 Invites [States] to cooperate.[^3] (1 open bracket · ad ref)',
    ]);
  });

  it('folding ranges: front matter, sections, paragraphs, option sets, comments', async () => {
    const ranges = await server.connection.sendRequest(FoldingRangeRequest.type, { textDocument: td });
    assert.ok(ranges);
    const show = ranges.map((r) => `${r.startLine + 1}-${r.endLine + 1}${r.kind ? ` ${r.kind}` : ''}`);
    assert.deepStrictEqual(show, ['1-7 imports', '9-13', '15-35', '17-35', '23-27', '25-27', '31-32 comment']);
    assert.ok(ranges.some((r) => r.kind === FoldingRangeKind.Comment));
  });

  it('selection ranges grow from the word to the document', async () => {
    const [selection] = (await server.connection.sendRequest(SelectionRangeRequest.type, { textDocument: td, positions: [at(DRAFT, 'refrain', 2)] })) as SelectionRange[];
    const texts: string[] = [];
    for (let s: SelectionRange | undefined = selection; s; s = s.parent) texts.push(slice(DRAFT, s.range));
    assert.deepStrictEqual(texts.slice(0, 4), ['refrain', 'refrain from', '[refrain from]', '[refrain from]{proposed: US, EU; opposed: CN}']);
    assert.strictEqual(texts[texts.length - 1], DRAFT);
  });

  it('definition: a footnote reference goes to its definition, a term to its lexicon entry', async () => {
    const footnote = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: td, position: at(DRAFT, '[^2]', 2) })) as Location;
    assert.strictEqual(footnote.uri, DRAFT_URI);
    assert.deepStrictEqual(footnote.range.start, at(DRAFT, '[^2]:', 2));
    const term = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: td, position: at(DRAFT, 'cyber technologies', 2) })) as Location;
    assert.strictEqual(term.uri, uriOf(path.join(ROOT, 'terms.lexicon.yaml')));
    const lexicon = fs.readFileSync(path.join(ROOT, 'terms.lexicon.yaml'), 'utf8');
    assert.strictEqual(slice(lexicon, term.range), 'information and communications technologies');
  });

  it('references: a footnote in its document; a delegation in open and workspace documents', async () => {
    const footnote = (await server.connection.sendRequest(ReferencesRequest.type, { textDocument: td, position: at(DRAFT, '[^1]:', 2), context: { includeDeclaration: true } })) as Location[];
    assert.deepStrictEqual(footnote.map((l) => slice(DRAFT, l.range)), ['[^1]', '[^1]:']);
    const us = (await server.connection.sendRequest(ReferencesRequest.type, { textDocument: td, position: at(DRAFT, 'US, EU', 1), context: { includeDeclaration: true } })) as Location[];
    const other = fs.readFileSync(path.join(ROOT, 'other.ntx'), 'utf8');
    assert.deepStrictEqual(
      us.map((l) => `${path.basename(l.uri)}:${slice(l.uri === DRAFT_URI ? DRAFT : other, l.range)}`),
      ['draft.ntx:US', 'draft.ntx:US', 'other.ntx:United States'],
    );
  });

  it("document highlights: a footnote's reference and definition, a bracket's opener and closer", async () => {
    const footnote = await server.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: td, position: at(DRAFT, '[^2]', 1) });
    assert.deepStrictEqual(footnote?.map((h) => slice(DRAFT, h.range)), ['[^2]', '[^2]:']);
    const bracket = await server.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: td, position: at(DRAFT, 'refrain', 3) });
    assert.deepStrictEqual(bracket?.map((h) => slice(DRAFT, h.range)), ['[', ']']);
    assert.deepStrictEqual(bracket?.map((h) => h.range.start.character), [26, 39]);
  });

  describe('rename', () => {
    it('prepares on a footnote label and refuses elsewhere', async () => {
      const prepared = await server.connection.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: at(DRAFT, '[^2]', 2) });
      assert.ok(prepared && 'range' in prepared);
      assert.strictEqual(slice(DRAFT, prepared.range), '2');
      await assert.rejects(server.connection.sendRequest(PrepareRenameRequest.type, { textDocument: td, position: at(DRAFT, 'Calls', 1) }), /Only footnote labels/);
    });
    it('changes the label everywhere in the document', async () => {
      const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: td, position: at(DRAFT, '[^1]', 2), newName: 'iran' });
      const renamed = server.applyWorkspaceEdit(DRAFT_URI, edit);
      assert.ok(renamed.includes('70/237 on cyber technologies,[^iran]'));
      assert.ok(renamed.includes('\n[^iran]: {IR} The Islamic'));
      assert.ok(!renamed.includes('[^1]'));
      assert.strictEqual(renamed.length, DRAFT.length + 6);
    });
    it('refuses a label already in use', async () => {
      await assert.rejects(server.connection.sendRequest(RenameRequest.type, { textDocument: td, position: at(DRAFT, '[^1]', 2), newName: '2' }), /already exists/);
    });
  });

  describe('completion', () => {
    const labels = async (position: Position) => {
      const result = await server.connection.sendRequest(CompletionRequest.type, { textDocument: td, position });
      return (Array.isArray(result) ? result : result?.items ?? []) as CompletionItem[];
    };
    it('delegation codes and names in an attribution, with name and groups as detail', async () => {
      const items = await labels(at(DRAFT, 'CN}', 1));
      const cn = items.find((i) => i.label === 'CN');
      assert.ok(cn);
      assert.match(cn.detail ?? '', /^China · /);
      assert.ok(items.some((i) => i.label === 'CfRN'), 'workspace delegation');
      assert.ok(items.some((i) => i.label === 'Coalition for Rainforest Nations'));
      assert.ok(!items.some((i) => i.label === 'proposed:'), 'no role after a role');
    });
    it('roles and status keywords at the start of a paragraph annotation', async () => {
      const items = await labels(at(DRAFT, 'agreed}', 0));
      for (const label of ['proposed:', 'opposed:', 'agreed', 'ad ref', 'pending']) assert.ok(items.some((i) => i.label === label), label);
    });
    it('footnote labels after [^', async () => {
      const items = await labels(at(DRAFT, '[^3]', 2));
      assert.deepStrictEqual(items.map((i) => i.label).sort(), ['1', '2']);
      assert.strictEqual(items[0].textEdit && 'range' in items[0].textEdit ? slice(DRAFT, items[0].textEdit.range) : undefined, '3');
    });
    it('lexicon terms for a word in progress', async () => {
      const items = await labels(at(DRAFT, 'critical infrastructure;', 4));
      assert.ok(items.some((i) => i.label === 'critical infrastructure'));
      assert.ok(items.some((i) => i.label === 'ICTs'));
    });
    it('lexicon terms sent short, the word replaced by the list’s default range, and described on resolve', async () => {
      const list = (await server.connection.sendRequest(CompletionRequest.type, { textDocument: td, position: at(DRAFT, 'critical infrastructure;', 4) })) as CompletionList;
      const range = list.itemDefaults?.editRange;
      assert.ok(range && 'start' in range, 'a default edit range');
      assert.strictEqual(slice(DRAFT, range), 'critical');
      const term = list.items.find((i) => i.label === 'critical infrastructure')!;
      assert.deepStrictEqual(Object.keys(term).sort(), ['data', 'kind', 'label', 'sortText']);
      const resolved = await server.connection.sendRequest(CompletionResolveRequest.type, term);
      assert.strictEqual(resolved.detail, 'Agreed term');
      assert.match((resolved.documentation as MarkupContent).value, /Facilities, systems and networks/);
      const abbreviation = await server.connection.sendRequest(CompletionResolveRequest.type, list.items.find((i) => i.label === 'ICTs')!);
      assert.match(abbreviation.detail ?? '', /information and communications technologies/i);
      // An item from elsewhere (or an older list) comes back as it was.
      assert.deepStrictEqual(await server.connection.sendRequest(CompletionResolveRequest.type, { ...term, label: 'another' }), { ...term, label: 'another' });
    });
    it('a lexicon of thousands of terms: the best for the word typed, the list marked incomplete', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-terms-'));
      fs.writeFileSync(path.join(folder, 'many.lexicon.yaml'), `terms:\n${Array.from({ length: 3000 }, (_, i) => `  - term: critical term ${i}\n`).join('')}  - term: critical infrastructure\n`);
      const text = 'OP1. Protects crit\n';
      fs.writeFileSync(path.join(folder, 'draft.ntx'), text);
      const big = await TestServer.start({ root: folder });
      try {
        const uri = await big.openFile(path.join(folder, 'draft.ntx'));
        await big.waitForDiagnostics(uri);
        const list = (await big.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at(text, 'crit', 4) })) as CompletionList;
        assert.strictEqual(list.isIncomplete, true);
        assert.strictEqual(list.items.length, 200);
        assert.strictEqual(list.items[0].label, 'critical infrastructure');
        const resolved = await big.connection.sendRequest(CompletionResolveRequest.type, list.items[0]);
        assert.strictEqual(resolved.detail, 'Agreed term');
      } finally {
        await big.stop();
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
    it('lexicon terms with an edit each for a client without default edit ranges', async () => {
      const plain = await TestServer.start({ root: ROOT, capabilities: {} });
      try {
        await plain.openFile(path.join(ROOT, 'draft.ntx'));
        await plain.waitForDiagnostics(DRAFT_URI);
        const list = (await plain.connection.sendRequest(CompletionRequest.type, { textDocument: td, position: at(DRAFT, 'critical infrastructure;', 4) })) as CompletionList;
        assert.strictEqual(list.itemDefaults, undefined);
        const term = list.items.find((i) => i.label === 'critical infrastructure')!;
        assert.ok(term.textEdit && 'range' in term.textEdit);
        assert.strictEqual(slice(DRAFT, term.textEdit.range), 'critical');
        assert.strictEqual(term.textEdit.newText, 'critical infrastructure');
      } finally {
        await plain.stop();
      }
    });
  });

  describe('code actions (edits applied to the document)', () => {
    const actions = async (needle: string, delta = 1, nth = 1) => {
      const position = at(DRAFT, needle, delta, nth);
      const diagnostics = server.diagnostics.get(DRAFT_URI)?.diagnostics ?? [];
      const result = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: td, range: { start: position, end: position }, context: { diagnostics } });
      return (result ?? []) as CodeAction[];
    };
    const apply = (action: CodeAction | undefined) => {
      assert.ok(action, 'no such action');
      return server.applyWorkspaceEdit(DRAFT_URI, action.edit);
    };
    it('accept a bracket: text kept, brackets and attribution gone; linked to its diagnostic', async () => {
      const action = (await actions('refrain', 2)).find((a) => a.title.startsWith('Accept'));
      assert.strictEqual(apply(action), DRAFT.replace('[refrain from]{proposed: US, EU; opposed: CN}', 'refrain from'));
      assert.deepStrictEqual(action?.diagnostics?.map((d) => d.code), ['bracket.open']);
      assert.strictEqual(action?.kind, 'quickfix');
    });
    it('delete a bracket with its text', async () => {
      const action = (await actions('refrain', 2)).find((a) => a.title.startsWith('Delete'));
      assert.strictEqual(apply(action), DRAFT.replace(' [refrain from]{proposed: US, EU; opposed: CN}', ''));
    });
    it('choose alternative k of a set', async () => {
      const list = await actions('[should]', 2);
      const second = list.find((a) => a.title.startsWith('Choose alternative 2 of 2'));
      assert.strictEqual(second?.isPreferred, true);
      assert.strictEqual(apply(second), DRAFT.replace('[shall]{G77}[should]{US, CfRN}', 'should'));
    });
    it('choose option k of an option set', async () => {
      const option = (await actions('Option 2', 2)).find((a) => a.title.startsWith('Choose Option 1 of 2'));
      assert.strictEqual(apply(option), DRAFT.replace('Option 1: to prepare a report on 😀 progress;\n\nOption 2: No text', 'to prepare a report on 😀 progress;'));
    });
    it('replace a deprecated term with the agreed one', async () => {
      const fix = (await actions('cyber technologies', 3)).find((a) => a.title.startsWith('Replace'));
      assert.strictEqual(apply(fix), DRAFT.replace('cyber technologies', 'information and communications technologies'));
      assert.deepStrictEqual(fix?.diagnostics?.map((d) => d.code), ['term.deprecated']);
    });
    it('create a missing footnote definition after the last one', async () => {
      const fix = (await actions('[^3]', 2)).find((a) => a.title.startsWith('Create the definition'));
      assert.strictEqual(apply(fix), DRAFT.replace('[^2]: See A/70/174.', '[^2]: See A/70/174.\n[^3]: {Footnote text}'));
    });
    it('mark a paragraph ad ref', async () => {
      const mark = (await actions('OP1.', 1)).find((a) => a.title.startsWith('Mark OP1'));
      assert.strictEqual(mark?.kind, 'refactor.rewrite');
      assert.strictEqual(apply(mark), DRAFT.replace('OP1. Calls', 'OP1. {ad ref} Calls'));
    });
    it('only quick fixes when asked for quick fixes', async () => {
      const position = at(DRAFT, 'OP1.', 1);
      const result = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: td, range: { start: position, end: position }, context: { diagnostics: [], only: ['quickfix'] } })) as CodeAction[];
      assert.ok(result.every((a) => a.kind === 'quickfix'));
      assert.ok(!result.some((a) => a.title.startsWith('Mark')));
    });
  });

  it("code lenses: each heading's open points", async () => {
    const lenses = (await server.connection.sendRequest(CodeLensRequest.type, { textDocument: td })) ?? [];
    assert.deepStrictEqual(
      lenses.map((l) => `${l.range.start.line + 1}: ${l.command?.title}`),
      ['9: No open points', '15: 5 open brackets · 1 option set · 1 placeholder', '17: 5 open brackets · 1 option set · 1 placeholder'],
    );
  });

  it('workspace symbols: headings and labels across the workspace, unopened files included', async () => {
    const symbols = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Article 7' });
    assert.deepStrictEqual(symbols?.map((s) => `${s.name} @ ${path.basename((s.location as Location).uri)}`), ['Article 7 bis @ other.ntx']);
    const labels = await server.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'OP2' });
    assert.deepStrictEqual(labels?.map((s) => path.basename((s.location as Location).uri)).sort(), ['draft.ntx', 'other.ntx']);
    assert.ok(OTHER_URI.endsWith('other.ntx'));
  });

  describe('custom requests', () => {
    it('negotext/documentStatus counts brackets', async () => {
      const status = await server.connection.sendRequest<DocumentStatus | null>(DOCUMENT_STATUS_REQUEST, { uri: DRAFT_URI });
      assert.deepStrictEqual(status, { uri: DRAFT_URI, version: 1, brackets: 5, topLevelBrackets: 5, unclosedBrackets: 0 });
      assert.strictEqual(await server.connection.sendRequest(DOCUMENT_STATUS_REQUEST, { uri: 'file:///not/open.ntx' }), null);
    });
    it('negotext/nextBracket moves forward and wraps back', async () => {
      const next = await server.connection.sendRequest<NextBracketResult | null>(NEXT_BRACKET_REQUEST, { uri: DRAFT_URI, position: at(DRAFT, 'OP2.'), direction: 'next' });
      assert.strictEqual(next && slice(DRAFT, next.range), '[shall]');
      assert.deepStrictEqual([next?.index, next?.count, next?.wrapped], [2, 5, false]);
      const wrapped = await server.connection.sendRequest<NextBracketResult | null>(NEXT_BRACKET_REQUEST, { uri: DRAFT_URI, position: at(DRAFT, 'OP1.'), direction: 'previous' });
      assert.strictEqual(wrapped && slice(DRAFT, wrapped.range), '[States]');
      assert.strictEqual(wrapped?.wrapped, true);
    });
    it('negotext/statistics gives totals and sections', async () => {
      const stats = await server.connection.sendRequest<StatisticsResult | null>(STATISTICS_REQUEST, { uri: DRAFT_URI });
      assert.ok(stats);
      assert.strictEqual(stats.symbol, 'A/C.1/80/L.99');
      assert.deepStrictEqual([stats.brackets, stats.optionSets, stats.placeholders, stats.agreedParagraphs, stats.adRefParagraphs], [5, 1, 1, 1, 1]);
      assert.deepStrictEqual(stats.sections.map((s) => `${s.line + 1} ${s.heading}`), ['9 Preamble', '15 Operative part', '17 Article 1']);
      assert.ok(stats.findings.warning > 0 && stats.words > 40);
    });
  });
});
