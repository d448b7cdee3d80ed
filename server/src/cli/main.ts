// The `negotext` command line: dispatches to the commands, on the same core as the editor.

import { COMMANDS } from './commands';
import { UsageError, type CliIo } from './io';
import { StandardStreams } from './standardStreams';

function usage(): string {
  return `Usage: negotext <command> [options] <files or folders>

Commands:
${COMMANDS.map((c) => `  ${c.summary}`).join('\n')}

Options:
  --format <f>          output format (text by default; see each command)
  --lexicon <path>      a lexicon to use where a document names none (repeatable)
  --delegations <path>  a delegations.yaml to use where a document names none
  --help                show this help

Exit status: 0 success (check: no errors), 1 errors found (check), 2 bad usage or unreadable file.`;
}

/** Runs the CLI with the given arguments and streams; resolves to the exit status. */
export async function runCli(args: ReadonlyArray<string>, out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const io: CliIo = { out, err };
  if (args.length === 0) {
    err(usage());
    return 2;
  }
  if (args[0] === '--help' || args[0] === '-h' || args[0] === 'help') {
    out(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === args[0]);
  if (!command) {
    err(`negotext: unknown command "${args[0]}"`);
    err('Run `negotext --help` for usage.');
    return 2;
  }
  try {
    return await command.run(args.slice(1), io);
  } catch (error) {
    if (error instanceof UsageError) {
      err(`negotext: ${error.message}`);
      err('Run `negotext --help` for usage.');
      return 2;
    }
    // Anything else is a bug; say so plainly rather than printing a stack trace at a drafter.
    err(`negotext: internal error: ${(error as Error).message}`);
    return 2;
  }
}

if (require.main === module) {
  const streams = new StandardStreams();
  void runCli(process.argv.slice(2), streams.out, streams.err).then((status) => {
    streams.flush();
    process.exitCode = status;
  });
}
