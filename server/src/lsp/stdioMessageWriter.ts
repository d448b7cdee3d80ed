// Writes JSON-RPC messages to a byte stream (standard output), each body sent as the buffers it was encoded into.

import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { encodeMessage } from './messageEncoder';
import { ReusedJsonBuffer } from './reusedJsonBuffer';

/**
 * The library's stream writer wants a message's body as one buffer, so a large answer was held twice while it was
 * joined (40 MB for the symbols of a 10 MB draft). This one writes the `Content-Length` header, then each buffer of
 * the body in turn. Like the library's, it writes one message at a time: the next is encoded only when the one
 * before has been handed to the operating system, so answers never pile up in memory behind a slow reader.
 */
export class StdioMessageWriter extends AbstractMessageWriter implements MessageWriter {
  /** Settles when the last message has been written (or has failed): the next one waits for it. */
  private previous: Promise<void> = Promise.resolve();
  private errorCount = 0;
  /** Where messages are written when the stream copies what it is given (see the constructor). */
  private readonly reused: ReusedJsonBuffer | undefined;

  /**
   * `outputCopiesBytes`: the stream has handed a write's bytes to the operating system by the time it calls the
   * write's callback, as a stream on a file descriptor (standard output) does. Each message is then written into one
   * buffer kept for the next, which spares the fresh memory a new buffer takes. A stream in JavaScript (a `PassThrough`)
   * may still hold the buffer, to be read later, and gets a buffer of its own for each message.
   */
  constructor(
    private readonly output: NodeJS.WritableStream,
    outputCopiesBytes = false,
  ) {
    super();
    this.reused = outputCopiesBytes ? new ReusedJsonBuffer() : undefined;
    output.on('error', (error: Error) => this.fireError(error));
    output.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const written = this.previous.then(() => this.writeNow(message));
    this.previous = written.catch(() => undefined);
    return written;
  }

  end(): void {
    this.output.end();
  }

  private writeNow(message: Message): Promise<void> {
    let body: Buffer[];
    try {
      body = encodeMessage(message, this.reused);
    } catch (error) {
      // As the library's writer: a message that cannot be encoded is reported, and the connection goes on.
      this.fireError(error);
      return Promise.reject(error);
    }
    let length = 0;
    for (const buffer of body) length += buffer.length;
    return new Promise((resolve, reject) => {
      // A stream keeps the order of writes; the last one's callback says the whole message is through.
      const done = (error?: Error | null) => {
        if (!error) return resolve();
        this.fireError(error, message, ++this.errorCount);
        reject(error);
      };
      this.output.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      for (let index = 0; index < body.length - 1; index++) this.output.write(body[index]);
      this.output.write(body[body.length - 1], done);
    });
  }
}
