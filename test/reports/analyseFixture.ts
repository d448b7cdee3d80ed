// Analyses a fixture text the way the CLI does for a document without a workspace: with the built-in delegation registry.

import { analyze, type DocumentModel } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';

/** The built-in registry, shared by the tests (it is immutable). */
export const registry = builtinRegistry();

/** The model of a text, read against the built-in registry. */
export function analyseText(text: string): DocumentModel {
  return analyze(text, { delegations: registry });
}
