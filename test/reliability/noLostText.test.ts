// No lost text: renames, code actions and exports change only what they target, over generated documents (fast-check),
// through the core and through the server's positions (CRLF, characters outside the BMP); exports never overwrite a
// file without --force and replace a file atomically.
//
// What already exists elsewhere: test/features/codeActionProperties.test.ts (every action edits only inside its
// target, in the core) and test/exports/exports.test.ts (agreed and scenario exports keep plain text in order over
// structured drafts). This file adds renames, the server's edits, exports over hostile prose, and file writing.

import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { CodeActionRequest, RenameRequest, type CodeAction } from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/core';
import { codeActionsAt } from '../../server/src/core/features/codeActions';
import { applyEdits } from '../../server/src/core/features/edits';
import { footnoteOccurrences, renameFootnote } from '../../server/src/core/features/footnotes';
import { agreedText } from '../../server/src/core/exports';
import { writeFileAtomic } from '../../server/src/cli/outputFile';
import { TextLines } from '../../server/src/lsp/positions';
import { TestServer } from '../protocol/testServer';
import { runCliIn } from '../reports/runCli';

/** Runs per property; `npm run fuzz` raises it (NEGOTEXT_FUZZ_RUNS). */
const RUNS = Number(process.env.NEGOTEXT_FUZZ_RUNS ?? 0) || undefined;
const runs = (n: number) => ({ numRuns: RUNS ?? n });

/** Draft pieces with several footnote labels, broken constructs and awkward characters, joined at random. */
const PIECES = [
  '[^1]', '[^a]', '[^note-2]', '[^1]: One.', '\n[^a]: Eh.', '\n\n[^note-2]: {IR} Two.', '[^1]:', 'text', ' ', '\n', '\n\n', '\r\n', '\r\n\r\n',
  '[', ']', '[shall]{US}', '[should]', '{EU}', '{', '}', '<!--', '-->', '\\[^1]', 'OP1. ', '(a) ', 'Option 1: ', '# Part\n', '😀', 'مرحبا', '中文', '\u00A0', '\t',
];
const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('no lost text', function () {
  this.timeout(120_000);

  describe('footnote rename', () => {
    it('changes exactly the label of every occurrence of that footnote, and nothing else', () => {
      fc.assert(
        fc.property(draft, fc.nat(), (text, seed) => {
          const model = analyze(text);
          const places = [...model.footnoteReferences.map((r) => r.labelRange), ...model.footnoteDefinitions.map((d) => d.labelRange)];
          fc.pre(places.length > 0);
          const place = places[seed % places.length];
          const label = text.slice(place.start, place.end);
          const result = renameFootnote(model, place.start, 'renamed');
          assert.ok('edits' in result, JSON.stringify(result));
          const before = footnoteOccurrences(model, label);
          // Each edit replaces one occurrence's label, and there is one edit per occurrence.
          assert.strictEqual(result.edits.length, before.references.length + before.definitions.length);
          for (const edit of result.edits) {
            assert.strictEqual(text.slice(edit.start, edit.end), label);
            assert.strictEqual(edit.newText, 'renamed');
          }
          // Outside the label ranges the text is unchanged: putting the old label back gives the original.
          const renamed = applyEdits(text, result.edits);
          const restored = applyEdits(renamed, rangesOf(renamed, result.edits).map((range) => ({ ...range, newText: label })));
          assert.strictEqual(restored, text);
          // Every occurrence moved to the new label; every other label kept its own.
          const after = analyze(renamed);
          const moved = footnoteOccurrences(after, 'renamed');
          assert.strictEqual(moved.references.length + moved.definitions.length, result.edits.length);
          const others = (m: typeof model) => [...m.footnoteReferences, ...m.footnoteDefinitions].map((o) => o.label).filter((l) => l !== label && l !== 'renamed').sort();
          assert.deepStrictEqual(others(after), others(model));
        }),
        runs(500),
      );
    });
  });

  describe('agreed export over hostile prose', () => {
    /** Prose without any markup character: letters of several scripts, digits, spaces, a little punctuation. */
    const prose = fc
      .array(fc.constantFrom('Parties', 'États', 'مرحبا', '中文', 'Ω', '😀', 'e\u0301', 'x', '42', ' ', '  ', '\t', ';', '!', '(', ')', '-', '’', 'and'), { minLength: 1, maxLength: 8 })
      .map((parts) => parts.join(''))
      .filter((text) => /[\p{L}\p{N}]/u.test(text));
    const construct = fc.constantFrom('[bracketed words]{US}', '[a][b]{G77}', '<!-- a comment -->', '[nested [inner]{EU} text]', '[x / y]');
    const paragraph = fc.array(fc.tuple(prose, fc.option(construct, { nil: undefined })), { minLength: 1, maxLength: 5 });

    it('keeps the prose outside brackets, alternatives and comments, in order', () => {
      fc.assert(
        fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), fc.boolean(), (paragraphs, crlf) => {
          const newline = crlf ? '\r\n' : '\n';
          const blocks = paragraphs.map((parts, i) => `OP${i + 1}. ${parts.map(([p, c]) => (c === undefined ? p : `${p} ${c} `)).join('')}`);
          const text = `${blocks.join(newline + newline)}${newline}`;
          const output = agreedText(analyze(text)).text;
          // Each prose piece, without the spaces at its edges (the space before a removed bracket goes with it), is in
          // the output, after the previous one.
          let from = 0;
          for (const [piece] of paragraphs.flat()) {
            const core = piece.trim();
            if (core === '') continue;
            const at = output.indexOf(core, from);
            assert.ok(at >= 0, `"${core}" kept after offset ${from} in ${JSON.stringify(output)} (from ${JSON.stringify(text)})`);
            from = at + core.length;
          }
          for (const gone of ['bracketed words', 'a comment', '[', ']', '{US}']) assert.ok(!output.includes(gone), `${gone} left in ${JSON.stringify(output)}`);
        }),
        runs(300),
      );
    });
  });

  describe('through the server (LSP positions: CRLF, surrogate pairs)', () => {
    let server: TestServer;
    let count = 0;
    before(async () => {
      server = await TestServer.start({});
    });
    after(async () => {
      if (server) await server.stop().catch(() => server.child.kill());
    });

    it('rename edits, applied by the client, give exactly the core\'s result', async () => {
      await fc.assert(
        fc.asyncProperty(draft, fc.nat(), async (text, seed) => {
          const model = analyze(text);
          const places = model.footnoteReferences.map((r) => r.labelRange);
          fc.pre(places.length > 0);
          const place = places[seed % places.length];
          const expected = renameFootnote(model, place.start, 'renamed');
          fc.pre('edits' in expected);
          const uri = await server.open(`untitled:rename-${++count}`, text);
          const position = new TextLines(text).position(place.start);
          const edit = await server.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'renamed' });
          assert.strictEqual(server.applyWorkspaceEdit(uri, edit), applyEdits(text, expected.edits));
          await server.close(uri);
        }),
        runs(40),
      );
    });

    it('code action edits, applied by the client, give exactly the core\'s result and keep the text around the target', async () => {
      await fc.assert(
        fc.asyncProperty(draft, fc.nat(), async (text, seed) => {
          const model = analyze(text);
          const offset = seed % (text.length + 1);
          const core = codeActionsAt(model, { start: offset, end: offset });
          fc.pre(core.length > 0);
          const uri = await server.open(`untitled:actions-${++count}`, text);
          const position = new TextLines(text).position(offset);
          const actions = (await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } })) as CodeAction[];
          for (const action of core) {
            const lsp = actions.find((a) => a.title === action.title);
            assert.ok(lsp?.edit, `${action.title} offered by the server`);
            const result = server.applyWorkspaceEdit(uri, lsp.edit);
            assert.strictEqual(result, applyEdits(text, action.edits), action.title);
            assert.strictEqual(result.slice(0, action.target.start), text.slice(0, action.target.start), action.title);
            assert.ok(result.endsWith(text.slice(action.target.end)), action.title);
          }
          await server.close(uri);
        }),
        runs(40),
      );
    });
  });

  describe('writing files', () => {
    let folder: string;
    beforeEach(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-no-lost-text-'));
    });
    afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

    it('--force replaces the file by renaming a complete new one into place: a reader of the old file still reads it whole', () => {
      const target = path.join(folder, 'out.ntx');
      fs.writeFileSync(target, 'old text\n'.repeat(1000));
      const reader = fs.openSync(target, 'r');
      try {
        writeFileAtomic(target, 'new text\n', true);
        const buffer = Buffer.alloc(9000);
        const read = fs.readSync(reader, buffer, 0, buffer.length, 0);
        assert.strictEqual(buffer.toString('utf8', 0, read), 'old text\n'.repeat(1000), 'the old file was not truncated in place');
      } finally {
        fs.closeSync(reader);
      }
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'new text\n');
      assert.deepStrictEqual(fs.readdirSync(folder), ['out.ntx'], 'no temporary file is left');
    });

    it('without --force an existing file (or a link to one) is never replaced, and nothing is left behind', () => {
      const target = path.join(folder, 'out.ntx');
      fs.writeFileSync(target, 'mine\n');
      fs.symlinkSync(target, path.join(folder, 'link.ntx'));
      for (const name of ['out.ntx', 'link.ntx']) assert.throws(() => writeFileAtomic(path.join(folder, name), 'theirs\n', false), /already exists; add --force/);
      assert.strictEqual(fs.readFileSync(target, 'utf8'), 'mine\n');
      assert.deepStrictEqual(fs.readdirSync(folder).sort(), ['link.ntx', 'out.ntx']);
    });

    it('a write that fails leaves no file and no temporary file', () => {
      assert.throws(() => writeFileAtomic(path.join(folder, 'missing-folder', 'out.ntx'), 'text', true));
      assert.deepStrictEqual(fs.readdirSync(folder), []);
    });

    it('every CLI command that writes -o refuses an existing file without --force, and keeps it byte for byte', () => {
      // A draft and a term base that give notes and warnings, which a refused command must not print: it is refused
      // before it does any work.
      fs.writeFileSync(path.join(folder, 'draft.ntx'), 'OP1. States [shall]{US} act by {year}.\n\nOption 1: A.\n\nOption 2: B.\n');
      fs.writeFileSync(path.join(folder, 'terms.csv'), 'en,fr,xx\ncybercrime,cybercriminalité,z\n');
      const mine = Buffer.from([0, 1, 2, 3, 255]);
      const commands = [
        ['export', 'agreed', 'draft.ntx'],
        ['export', 'scenario', 'draft.ntx'],
        ['export', 'docx', 'draft.ntx'],
        ['report', 'status', 'draft.ntx'],
        ['lexicon', 'import', 'terms.csv'],
      ];
      for (const command of commands) {
        fs.writeFileSync(path.join(folder, 'out'), mine);
        const refused = runCliIn(folder, ...command, '-o', 'out');
        assert.strictEqual(refused.status, 2, `${command.join(' ')}: ${refused.stderr}`);
        assert.strictEqual(refused.stderr.trim(), 'negotext: out already exists; add --force to overwrite it', command.join(' '));
        assert.deepStrictEqual(fs.readFileSync(path.join(folder, 'out')), mine, command.join(' '));
        const forced = runCliIn(folder, ...command, '-o', 'out', '--force');
        assert.strictEqual(forced.status, 0, `${command.join(' ')} --force: ${forced.stderr}`);
        assert.notDeepStrictEqual(fs.readFileSync(path.join(folder, 'out')), mine);
      }
      assert.deepStrictEqual(fs.readdirSync(folder).filter((name) => name.endsWith('.tmp')), []);
    });
  });
});

/** Where the edits' new text lies in the edited text (edits sorted, not overlapping). */
function rangesOf(edited: string, edits: ReadonlyArray<{ start: number; end: number; newText: string }>): Array<{ start: number; end: number }> {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let shift = 0;
  return sorted.map((edit) => {
    const start = edit.start + shift;
    shift += edit.newText.length - (edit.end - edit.start);
    return { start, end: start + edit.newText.length };
  });
}
