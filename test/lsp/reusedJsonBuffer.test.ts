// The kept buffer writes the bytes of `Buffer.from(JSON.stringify(message))`, whatever the message, one after another.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { EncodedList } from '../../server/src/lsp/encodedList';
import { ReusedJsonBuffer } from '../../server/src/lsp/reusedJsonBuffer';

/** Asserts that each value, encoded in turn by one kept buffer, gives the bytes of its stringified JSON. */
function checkEncoded(values: ReadonlyArray<unknown>, reused = new ReusedJsonBuffer()): void {
  values.forEach((value, index) => {
    const written = reused.encode(value);
    const expected = Buffer.from(JSON.stringify(value), 'utf8');
    if (!written.equals(expected)) {
      let at = 0;
      while (at < expected.length && written[at] === expected[at]) at++;
      assert.fail(`value ${index}: bytes differ at ${at} of ${expected.length}:\n  written  ${written.subarray(Math.max(0, at - 40), at + 40).toString()}\n  expected ${expected.subarray(Math.max(0, at - 40), at + 40).toString()}`);
    }
  });
}

/** A diagnostic as the server sends it, with `related` related places. */
function diagnostic(line: number, message: string, related = 0): object {
  const range = { start: { line, character: 2 }, end: { line, character: 9 } };
  return {
    range,
    severity: 2,
    code: 'bracket.unresolved',
    source: 'negotext',
    message,
    ...(related ? { relatedInformation: Array.from({ length: related }, (_, i) => ({ location: { uri: 'file:///d.ntx', range }, message: `place ${i}` })) } : {}),
  };
}

function publish(version: number, diagnostics: ReadonlyArray<unknown>): object {
  return { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///drafts/a%20b.ntx', version, diagnostics } };
}

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

describe('reused JSON buffer', () => {
  it('writes diagnostics, completions and answers as JSON.stringify does, a long message after a short one and back', () => {
    const many = Array.from({ length: 3000 }, (_, i) => diagnostic(i, i % 7 ? `Bracket ${i} is open — “shall”’s ${'x'.repeat(i % 50)}` : 'Très bien 各国 😀 "quoted" \\ \t', i % 11 === 0 ? 2 : 0));
    checkEncoded([
      publish(1, []),
      publish(2, many),
      publish(3, many.slice(0, 20)),
      { jsonrpc: '2.0', id: 4, result: { isIncomplete: true, itemDefaults: { editRange: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } }, items: many.map((_, i) => ({ label: `term ${i}`, kind: 12, data: { i } })) } },
      { jsonrpc: '2.0', id: 5, result: Array.from({ length: 40 }, (_, i) => ({ startLine: i, endLine: i + 2, kind: 'region' })) },
      { jsonrpc: '2.0', id: 6, result: { resultId: '7', data: Array.from({ length: 5000 }, (_, i) => i % 13) } },
      { jsonrpc: '2.0', id: 7, error: { code: -32603, message: 'Request failed: … "quoted"' } },
      { jsonrpc: '2.0', id: 8, result: null },
      publish(9, many),
    ]);
  });

  it('writes lists already encoded as they are, of any length, in a message or deeper, as JSON.stringify does', () => {
    const encoded = (length: number) => new EncodedList(Buffer.from(Array.from({ length }, (_, i) => JSON.stringify(diagnostic(i, i % 5 ? `Bracket ${i} “open”` : 'tab\t 😀 \\', i % 9 === 0 ? 1 : 0))).join(','), 'utf8'));
    checkEncoded([
      ...[0, 1, 127, 128, 129, 300, 3000].map((length) => publish(length, encoded(length) as unknown as unknown[])),
      { result: { items: encoded(200), deeper: { list: encoded(3), longer: encoded(150) } } },
      encoded(130),
    ]);
  });

  it('leaves out and writes null for what JSON cannot hold, calls toJSON, and keeps class instances and nested lists as JSON does', () => {
    // Longer than a batch (128), so that they are written in pieces, with batches that end in the middle of a kind.
    const longList = (make: (i: number) => unknown) => Array.from({ length: 300 }, (_, i) => make(i));
    checkEncoded([
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1, e: { toJSON: () => undefined }, f: { toJSON: () => ({ g: 2 }) } },
      { params: longList((i) => (i % 4 === 0 ? { i } : i % 4 === 1 ? undefined : i % 4 === 2 ? () => i : Symbol('x'))) },
      { params: [{ first: true }, ...longList((i) => [i, { i }, longList((j) => ({ j }))])] },
      { result: longList((i) => new Point(i, -i)), when: new Date(0), point: new Point(1, 2), nothing: Object.create(null) },
      { result: Object.assign(Object.create(null), { list: longList((i) => ({ i, text: 'lone \ud800 half' })) }) },
      { result: longList((i) => ({ i })), toJSON: () => 'the whole message' },
      [longList((i) => ({ i }))],
      'just a string',
    ]);
  });

  it('writes any JSON value, in message shapes with long lists, as JSON.stringify does', () => {
    const reused = new ReusedJsonBuffer();
    const item = fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue()));
    // Short lists, and lists around and past a batch (128) made of the generated items over and over.
    const list = fc.tuple(fc.array(item, { minLength: 1, maxLength: 20 }), fc.constantFrom(0, 127, 128, 129, 256, 300)).map(([items, length]) => (length === 0 ? items : Array.from({ length }, (_, i) => items[i % items.length])));
    fc.assert(
      fc.property(fc.jsonValue(), list, fc.string({ unit: 'binary' }), (value, items, key) => {
        checkEncoded([value, { jsonrpc: '2.0', method: key, params: { [key]: items, other: value } }, { id: 1, result: items }], reused);
      }),
      { numRuns: 300 },
    );
  });

  it('lets go of a buffer grown past 16 MB at the next message', () => {
    const reused = new ReusedJsonBuffer();
    const huge = publish(1, Array.from({ length: 60_000 }, (_, i) => diagnostic(i, 'm'.repeat(200))));
    const first = reused.encode(huge);
    assert.ok(first.buffer.byteLength > 16 * 1024 * 1024, `the huge message grew the buffer (${first.buffer.byteLength} bytes)`);
    const next = reused.encode(publish(2, []));
    assert.ok(next.buffer.byteLength < 1024 * 1024, `the next message is written in a small buffer (${next.buffer.byteLength} bytes)`);
    checkEncoded([huge, publish(3, [])], reused);
  });
});
