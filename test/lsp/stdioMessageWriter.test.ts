// The stdio writer frames each message with its length in bytes, in the order written, and survives a message it
// cannot encode and a closed stream.

import * as assert from 'assert';
import { once } from 'events';
import * as net from 'net';
import { PassThrough, Writable } from 'stream';
import { StreamMessageReader, type Message } from 'vscode-languageserver/node';
import { analyze, computeOutline } from '../../server/src/core';
import { encodeMessage } from '../../server/src/lsp/messageEncoder';
import { TextLines } from '../../server/src/lsp/positions';
import { StdioMessageWriter } from '../../server/src/lsp/stdioMessageWriter';
import { DocumentSymbolsAnswer } from '../../server/src/lsp/symbols';
import { generateText } from '../performance/generateText';

/**
 * Writes `messages` all at once (no write waits for the one before) through a writer into a pipe, then reads the pipe's
 * bytes as frames (`Content-Length: n`, a blank line, n bytes of JSON) and asserts that they are the messages as
 * `JSON.stringify` gives them, in order, with nothing left over. The protocol tests read the real server with the
 * library's own reader.
 */
async function checkWritten(messages: ReadonlyArray<Message>): Promise<void> {
  const pipe = new PassThrough();
  const writer = new StdioMessageWriter(pipe);
  const chunks: Buffer[] = [];
  pipe.on('data', (chunk: Buffer) => chunks.push(chunk));
  await Promise.all(messages.map((message) => writer.write(message)));
  pipe.end();
  await once(pipe, 'end');
  assert.deepStrictEqual(bodiesOf(Buffer.concat(chunks)), messages.map((message) => JSON.stringify(message)));
}

/** The bodies of the frames (`Content-Length: n`, a blank line, n bytes of JSON) that make `bytes`, nothing left over. */
function bodiesOf(bytes: Buffer): string[] {
  const bodies: string[] = [];
  let at = 0;
  while (at < bytes.length) {
    const headerEnd = bytes.indexOf('\r\n\r\n', at);
    const header = /^Content-Length: (\d+)$/.exec(bytes.toString('ascii', at, headerEnd));
    assert.ok(headerEnd > at && header, `a frame header at byte ${at}: ${JSON.stringify(bytes.toString('utf8', at, at + 40))}`);
    const start = headerEnd + 4;
    bodies.push(bytes.toString('utf8', start, start + Number(header[1])));
    at = start + Number(header[1]);
  }
  return bodies;
}

/** The document symbols answer of a text, as the server sends it. */
function symbolsResponse(id: number, text: string): Message {
  return { jsonrpc: '2.0', id, result: new DocumentSymbolsAnswer(computeOutline(analyze(text)), new TextLines(text)) } as Message;
}

describe('stdio message writer', () => {
  it('frames small messages, multi-byte text and a symbols answer written in many buffers, in the order written', async () => {
    const draft = generateText(1024 * 1024);
    const large = symbolsResponse(2, draft);
    assert.ok(encodeMessage(large).length > 3, 'the 1 MB draft\'s symbols take several buffers');
    await checkWritten([
      { jsonrpc: '2.0', method: 'window/logMessage', params: { type: 3, message: 'started' } } as Message,
      large,
      { jsonrpc: '2.0', id: 3, result: { contents: 'Très bien — 各国 😀 "quoted"' } } as Message,
      symbolsResponse(4, 'OP1. Decides [to act]{US}.\n\n(a) Once — “here”;\n'),
      { jsonrpc: '2.0', id: 5, result: null } as Message,
    ]);
  });

  it('with a kept buffer, sends every message whole through a socket whose reader lags behind', async () => {
    // Messages of 1-2 MB, more than the system's socket buffers take: the stream holds each until the reader drains
    // it, and the next message must not be written over it before then.
    const listener = net.createServer();
    listener.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const reader = net.connect((listener.address() as net.AddressInfo).port, '127.0.0.1');
    const [serverSide] = (await once(listener, 'connection')) as [net.Socket];
    reader.pause();
    const writer = new StdioMessageWriter(serverSide, true);
    const messages = [1, 2, 3, 4, 5, 6].map((version) => ({
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: { uri: 'file:///d.ntx', version, diagnostics: Array.from({ length: 3000 * (1 + (version % 2)) }, (_, i) => ({ range: { start: { line: i, character: version }, end: { line: i, character: 9 } }, message: `v${version} “${i}” ${'—'.repeat(version * 20)}` })) },
    })) as Message[];
    const written = Promise.all(messages.map((message) => writer.write(message)));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const chunks: Buffer[] = [];
    reader.on('data', (chunk: Buffer) => chunks.push(chunk));
    reader.resume();
    await written;
    serverSide.end();
    await once(reader, 'end');
    listener.close();
    assert.deepStrictEqual(bodiesOf(Buffer.concat(chunks)), messages.map((message) => JSON.stringify(message)));
  });

  it('keeps no buffer for a stream in JavaScript, which may still hold what it was given', async () => {
    // The same messages written with a kept buffer into a PassThrough come out written over: that is why it is only
    // for a stream that hands its bytes to the system (see the constructor).
    const messages = [1, 2].map((version) => ({ jsonrpc: '2.0', method: 'm', params: { version, list: Array.from({ length: 20 }, (_, i) => ({ i, version })) } })) as Message[];
    const collect = async (copies: boolean) => {
      const pipe = new PassThrough();
      const chunks: Buffer[] = [];
      pipe.on('data', (chunk: Buffer) => chunks.push(chunk));
      const writer = new StdioMessageWriter(pipe, copies);
      for (const message of messages) await writer.write(message);
      return bodiesOf(Buffer.concat(chunks));
    };
    assert.deepStrictEqual(await collect(false), messages.map((message) => JSON.stringify(message)));
    assert.notDeepStrictEqual(await collect(true), messages.map((message) => JSON.stringify(message)));
  });

  it('writes the next message only when the one before is through, so that answers do not pile up behind a slow reader', async () => {
    // A reader that takes nothing until released: the stream holds what was written to it.
    const held: Array<() => void> = [];
    const slow = new Writable({ write: (_chunk, _encoding, done) => held.push(done) });
    const writer = new StdioMessageWriter(slow);
    const first: Message = { jsonrpc: '2.0', id: 1, result: 'first' } as Message;
    const both = Promise.all([writer.write(first), writer.write({ jsonrpc: '2.0', id: 2, result: 'second' } as Message)]);
    await new Promise((resolve) => setImmediate(resolve));
    const firstFrame = `Content-Length: ${JSON.stringify(first).length}\r\n\r\n${JSON.stringify(first)}`;
    assert.strictEqual(slow.writableLength, firstFrame.length, 'only the first message is in the stream');
    while (held.length) {
      held.shift()!();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await both;
  });

  it('reports a message it cannot encode and goes on with the next', async () => {
    const pipe = new PassThrough();
    const writer = new StdioMessageWriter(pipe);
    const errors: Error[] = [];
    writer.onError(([error]) => errors.push(error));
    const reader = new StreamMessageReader(pipe);
    const next = new Promise<unknown>((resolve) => reader.listen(resolve));
    const bad = writer.write({ jsonrpc: '2.0', id: 1, result: { size: BigInt(1) } } as Message);
    const good = writer.write({ jsonrpc: '2.0', id: 2, result: 'fine' } as Message);
    await assert.rejects(bad, TypeError);
    await good;
    assert.deepStrictEqual(await next, { jsonrpc: '2.0', id: 2, result: 'fine' });
    assert.strictEqual(errors.length, 1);
    reader.dispose();
  });

  it('rejects a write to a closed stream and reports it, without throwing', async () => {
    const pipe = new PassThrough();
    const writer = new StdioMessageWriter(pipe);
    const errors: Error[] = [];
    writer.onError(([error]) => errors.push(error));
    pipe.destroy();
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 1, result: 'late' } as Message));
    assert.strictEqual(errors.length, 1);
  });
});
