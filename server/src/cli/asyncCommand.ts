// Builds commands whose work ends in a promise (Word files are read and written asynchronously), keeping usage errors synchronous.

import type { CliCommand, CliIo } from './io';

/**
 * Builds a command from `start`, which checks the arguments at once (throwing `UsageError`, so usage errors keep exit
 * status 2) and returns either a status or the work to do; the work's failure is reported as an internal error.
 */
export function asyncCommand(spec: {
  readonly name: string;
  readonly summary: string;
  start(args: ReadonlyArray<string>, io: CliIo): number | (() => Promise<number>);
}): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    run(args, io) {
      const started = spec.start(args, io);
      if (typeof started === 'number') return started;
      return started().catch((error: unknown) => {
        io.err(`negotext: internal error: ${(error as Error).message}`);
        return 2;
      });
    },
  };
}
