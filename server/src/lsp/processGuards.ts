// What the server process does with a promise rejection nobody handled: log it and go on serving.

/**
 * Node ends the process on an unhandled rejection. In the server such a rejection belongs to one piece of work (a
 * notification the client no longer listens to, a diagnostics run) and says nothing about the rest, so it is logged
 * and the server goes on. An uncaught exception still ends the process, since its state may be broken; the client
 * then restarts the server, which rebuilds everything from the documents it is sent again.
 */
export function logUnhandledRejections(log: (message: string) => void): void {
  process.on('unhandledRejection', (reason) => {
    log(`Negotext: unhandled rejection: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
  });
}
