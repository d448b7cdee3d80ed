// The answer to a request its client cancelled while the server was still working on it.

import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';

/** The error that tells the client its request was cancelled (the client drops it; nothing is shown to the user). */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
