// What a CLI command gets to talk to the world: output, error output and the working folder (faked in tests).

/** The streams of one CLI run. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A command of the CLI: `negotext <name> ...`. */
export interface CliCommand {
  readonly name: string;
  /** One line for the usage text. */
  readonly summary: string;
  /** Runs with the arguments after the command name; returns the exit status (a promise for Word files, read and written asynchronously). */
  run(args: ReadonlyArray<string>, io: CliIo): number | Promise<number>;
}

/** Thrown by argument parsing: the message is printed with the usage hint and the exit status is 2. */
export class UsageError extends Error {}
