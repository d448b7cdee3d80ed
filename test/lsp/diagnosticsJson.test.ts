// Diagnostics kept as JSON from one version to the next: always the JSON of the new version's diagnostics, made again only where they changed.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { analyze, computeFindings, type Finding } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { toLspDiagnostic } from '../../server/src/lsp/diagnostics';
import { DiagnosticsJson } from '../../server/src/lsp/diagnosticsJson';
import { TextLines } from '../../server/src/lsp/positions';
import { ReusedJsonBuffer } from '../../server/src/lsp/reusedJsonBuffer';
import { generateText } from '../performance/generateText';

const registry = builtinRegistry();
const URI = 'file:///drafts/a%20b.ntx';

function findingsOf(text: string, severities: Readonly<Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint'>> = {}): Finding[] {
  return computeFindings(analyze(text, { delegations: registry }), { delegations: registry, severities });
}

/**
 * Encodes each version in turn with one cache and checks its JSON, through `toJSON` and through the stdio transport's
 * kept buffer, against the diagnostics made afresh; gives how many diagnostics each version made again.
 */
function checkVersions(versions: ReadonlyArray<{ text: string; findings?: Finding[] }>, cache = new DiagnosticsJson()): number[] {
  const reused = new ReusedJsonBuffer();
  return versions.map(({ text, findings = findingsOf(text) }, index) => {
    const lines = new TextLines(text);
    const encoded = cache.encode(URI, findings, lines);
    const expected = findings.map((finding) => toLspDiagnostic(finding, lines, URI));
    assert.strictEqual(JSON.stringify(encoded), JSON.stringify(expected), `version ${index}: toJSON`);
    const message = (diagnostics: unknown) => ({ jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: URI, version: index, diagnostics } });
    assert.strictEqual(reused.encode(message(encoded)).toString('utf8'), JSON.stringify(message(expected)), `version ${index}: the kept buffer's bytes`);
    return cache.lastMade;
  });
}

/** `text` with `insert` put in place of `remove` characters at `at`. */
function edited(text: string, at: number, insert: string, remove = 0): string {
  return text.slice(0, at) + insert + text.slice(at + remove);
}

const DRAFT = [
  'OP1. {ad ref} Decides to [hold]{US, G77} {number} sessions [annually.',
  '',
  'OP2. Requests [the Secretariat [to report]{EU}] [shall][should] act.[^1]',
  '',
  'OP4. {proposed: CfRN} Notes the report.[^1]',
  '',
  '[^1]: A note.',
  '[^1]: The same label again.',
].join('\n');

describe('LSP diagnostics kept as JSON', () => {
  it('gives each version its own diagnostics: edits before, inside and after them, lines added and removed, all solved', () => {
    const opened = DRAFT;
    const typedAtEnd = edited(opened, opened.length, ' More.');
    const typedInBracket = edited(typedAtEnd, typedAtEnd.indexOf('the Secretariat'), 'all ');
    const lineAdded = edited(typedInBracket, typedInBracket.indexOf('OP2.'), 'OP1 bis. [New]{FR} text.\n\n');
    const lineRemoved = edited(lineAdded, 0, '', lineAdded.indexOf('OP1 bis.'));
    const bracketsSolved = lineRemoved.replace(/[[\]]/g, '');
    checkVersions([opened, typedAtEnd, typedInBracket, lineAdded, lineRemoved, opened, bracketsSolved, '', opened].map((text) => ({ text })));
  });

  it('makes again a diagnostic whose severity changed, and one with related places, even where nothing else did', () => {
    const text = DRAFT;
    const findings = findingsOf(text);
    // Every finding's severity another one.
    const changed = Object.fromEntries(findings.map((finding) => [finding.id, finding.severity === 'error' ? ('warning' as const) : ('error' as const)]));
    const made = checkVersions([{ text, findings }, { text, findings: findingsOf(text, changed) }, { text, findings: findingsOf(text, changed) }]);
    const withRelated = findings.filter((finding) => finding.related !== undefined && finding.related.length > 0).length;
    assert.ok(withRelated > 0, 'the draft has findings with related places');
    assert.strictEqual(made[0], findings.length, 'the first version makes every diagnostic');
    assert.strictEqual(made[1], findings.length, 'a severity that changed everywhere makes them again');
    assert.strictEqual(made[2], withRelated, 'the same diagnostics again: only those with related places are made');
  });

  it('keeps the diagnostics of each document apart, and forgets a closed one', () => {
    const cache = new DiagnosticsJson();
    const lines = new TextLines(DRAFT);
    const findings = findingsOf(DRAFT);
    cache.encode(URI, findings, lines);
    cache.encode('file:///other.ntx', findingsOf('OP1. [x'), new TextLines('OP1. [x'));
    cache.encode(URI, findings, lines);
    assert.ok(cache.lastMade < findings.length, 'another document in between does not make this one start over');
    cache.forget(URI);
    cache.encode(URI, findings, lines);
    assert.strictEqual(cache.lastMade, findings.length, 'a forgotten document starts over');
  });

  it('makes again only the diagnostics around a keystroke in a long draft', () => {
    const text = generateText(200 * 1024);
    const cache = new DiagnosticsJson();
    let version = text;
    const made: number[] = [];
    // Letters typed at places spread over the draft, as the benchmark's edits are.
    for (const fraction of [0.1, 0.35, 0.6, 0.85]) {
      const at = version.indexOf(' ', Math.floor(version.length * fraction));
      version = edited(version, at, 'e');
      made.push(...checkVersions([{ text: version }], cache));
    }
    const total = findingsOf(version).length;
    assert.ok(total > 300, `the draft has ${total} findings`);
    assert.strictEqual(made[0], total, 'the first version makes every diagnostic');
    for (const count of made.slice(1)) assert.ok(count <= 10, `a keystroke made ${count} of ${total} diagnostics again`);
  });

  it('gives any edited version its own diagnostics', () => {
    const base = generateText(6 * 1024, { seed: 7 });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 40 }), insert: fc.constantFrom('', 'e', '[', ']', '\n', '\n\n', '{US}', '[^1]', 'OP9. ', '’', '\r\n') });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        let text = base;
        const versions = [{ text }];
        for (const { at, remove, insert } of edits) {
          text = edited(text, at % (text.length + 1), insert, remove);
          versions.push({ text });
        }
        checkVersions(versions);
      }),
      { numRuns: 60 },
    );
  });
});
