// The stdio encoding writes the same bytes as `Buffer.from(JSON.stringify(message))`, above all for document symbols.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { analyze, computeOutline } from '../../server/src/core';
import { JsonBytes, jsonBuffersOf } from '../../server/src/lsp/jsonBytes';
import { encodeMessage } from '../../server/src/lsp/messageEncoder';
import { TextLines } from '../../server/src/lsp/positions';
import { DocumentSymbolsAnswer } from '../../server/src/lsp/symbols';
import { generateText } from '../performance/generateText';
import { REPO_ROOT } from '../support/paths';

/** Asserts that the encoder's bytes for a response carrying `text`'s document symbols are the stringified message's. */
function checkSymbolsAnswer(text: string, name: string): void {
  const answer = new DocumentSymbolsAnswer(computeOutline(analyze(text)), new TextLines(text));
  const message = { jsonrpc: '2.0', id: 7, result: answer };
  const encoded = Buffer.concat(encodeMessage(message));
  const expected = Buffer.from(JSON.stringify(message), 'utf8');
  if (!encoded.equals(expected)) {
    let at = 0;
    while (at < expected.length && encoded[at] === expected[at]) at++;
    assert.fail(`${name}: bytes differ at ${at}:\n  written ${encoded.subarray(at - 40, at + 40).toString()}\n  expected ${expected.subarray(at - 40, at + 40).toString()}`);
  }
}

/** Names with what JSON escapes or UTF-8 spells in several bytes: quotes, backslashes, tabs, `…`, emoji, a lone surrogate. */
const AWKWARD = [
  '# The "Parties" \\ annex\t1',
  '',
  'OP1. The term "cyber\\crime"\tcovers … everything [shall][should] 😀 here.',
  '',
  '(a) Control \u0001 character {proposed: EU}',
  '',
  '(b) A lone \ud800 surrogate and a pair 😀',
  '',
  'OP2. Très bien — 各国 [alternative / other]',
  '',
  'Option 1: OP3. First',
  'Option 2: No text',
].join('\n');

describe('stdio message encoding', () => {
  it('writes document symbols exactly as JSON.stringify does, for the examples, awkward names and a generated draft', () => {
    const examples = path.join(REPO_ROOT, 'examples');
    for (const file of readdirSync(examples).filter((f) => f.endsWith('.ntx'))) checkSymbolsAnswer(readFileSync(path.join(examples, file), 'utf8'), file);
    checkSymbolsAnswer(AWKWARD, 'awkward names');
    checkSymbolsAnswer(AWKWARD.replace(/\n/g, '\r\n'), 'awkward names, CRLF');
    checkSymbolsAnswer(generateText(100 * 1024), 'generated 100 KB');
    checkSymbolsAnswer('', 'empty document');
  });

  it('keeps the native path for other messages, errors and notifications included', () => {
    for (const message of [
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a "b".ntx', diagnostics: [] } },
      { jsonrpc: '2.0', id: 'x', error: { code: -32603, message: 'Request failed: … "quoted"' } },
      { jsonrpc: '2.0', id: 3, result: null },
    ]) {
      const encoded = Buffer.concat(encodeMessage(message));
      assert.ok(encoded.equals(Buffer.from(JSON.stringify(message), 'utf8')), JSON.stringify(message));
    }
  });

  it('JsonBytes writes any string and number as JSON.stringify does', () => {
    const strings = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udc00', '…', 'a') }));
    const numbers = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(-0));
    fc.assert(
      fc.property(fc.array(fc.oneof(strings, numbers)), (values) => {
        const write = (out: JsonBytes) => {
          out.raw('[');
          values.forEach((value, i) => {
            if (i > 0) out.raw(',');
            if (typeof value === 'string') out.string(value);
            else out.number(value);
          });
          out.raw(']');
        };
        assert.ok(Buffer.concat(jsonBuffersOf(write)).equals(Buffer.from(JSON.stringify(values), 'utf8')));
      }),
      { numRuns: 300 },
    );
  });
});
