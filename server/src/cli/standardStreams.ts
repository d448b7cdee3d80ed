// The command line's standard output and error: lines gathered into large writes, and a reader that stops is no error.

/** About this many characters are gathered before standard output is written to (one system call, not one a line). */
const CHUNK = 64 * 1024;

/**
 * Lines for standard output and standard error. Output to a pipe or a file is written in chunks (`negotext check`
 * over a large workspace prints tens of thousands of lines); a terminal gets each line at once. Before anything
 * goes to standard error the pending output is written, so that the two stay in order in a shared log.
 *
 * When the reader of the output goes away (`negotext check drafts | head`), writing fails with EPIPE: the rest of
 * the output is dropped and the command ends with its own exit status, instead of a stack trace.
 */
export class StandardStreams {
  private pending = '';
  private closed = false;

  constructor(
    private readonly stdout: NodeJS.WriteStream = process.stdout,
    private readonly stderr: NodeJS.WriteStream = process.stderr,
  ) {
    stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
      this.closed = true;
      this.pending = '';
    });
  }

  readonly out = (text: string): void => {
    if (this.closed) return;
    this.pending += `${text}\n`;
    if (this.stdout.isTTY || this.pending.length >= CHUNK) this.flush();
  };

  readonly err = (text: string): void => {
    this.flush();
    this.stderr.write(`${text}\n`);
  };

  /** Writes what is pending; call before the process ends. */
  flush(): void {
    if (this.pending.length === 0 || this.closed) return;
    const chunk = this.pending;
    this.pending = '';
    this.stdout.write(chunk);
  }
}
