// Semantic tokens: the core's tokens as LSP's relative line/character encoding, one token per line, with the legend.

import type {
  ClientCapabilities,
  Connection,
  SemanticTokens,
  SemanticTokensDelta,
  SemanticTokensDeltaParams,
  SemanticTokensLegend,
  SemanticTokensOptions,
  SemanticTokensParams,
  SemanticTokensRangeParams,
} from 'vscode-languageserver';
import type { Range } from '../core';
import { enlarged } from '../core/text/typedArrays';
import { computeSemanticTokens, SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, type SemanticTokenData } from '../core/features/semanticTokens';
import { fromLspRange, type TextLines } from './positions';
import { integerList, SemanticTokensResults } from './semanticTokensDelta';
import type { Analysis } from './analyses';
import type { Session } from './session';

/** The legend: token types and modifiers by index, as the core lists them (package.json declares the same names). */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

/**
 * The `semanticTokensProvider` capability: whole documents, what changed since the last whole or changed tokens, and
 * ranges. The server makes a document's tokens whole at each request either way; a delta saves writing, sending and
 * reading them all (27,000 tokens, 0.3 MB of JSON for a 1 MB draft) at every keystroke.
 */
export const SEMANTIC_TOKENS_OPTIONS: SemanticTokensOptions = { legend: SEMANTIC_TOKENS_LEGEND, full: { delta: true }, range: true };

const TYPE_INDEX = new Map<string, number>(SEMANTIC_TOKEN_TYPES.map((type, index) => [type, index]));
const MODIFIER_BIT = new Map<string, number>(SEMANTIC_TOKEN_MODIFIERS.map((modifier, index) => [modifier, 1 << index]));

/** What the handlers need from the server; getters, since the server builds a new session when it is initialized. */
export interface SemanticTokensDeps {
  readonly session: () => Session;
  readonly client: () => ClientCapabilities;
}

/**
 * Registers `textDocument/semanticTokens/full`, `/full/delta` and `/range`. The returned `refresh` asks the editor to
 * request the tokens again, for when a delegations file or a lexicon changes what a draft's tokens are without the
 * draft changing; `forget` drops the tokens last sent for a closed document.
 */
export function registerSemanticTokens(connection: Connection, deps: SemanticTokensDeps): { refresh(): void; forget(uri: string): void } {
  const results = new SemanticTokensResults();
  connection.languages.semanticTokens.on((params) => semanticTokensFull(deps.session(), params, results));
  connection.languages.semanticTokens.onDelta((params) => semanticTokensDelta(deps.session(), params, results));
  connection.languages.semanticTokens.onRange((params) => semanticTokensRange(deps.session(), params));
  return {
    refresh: () => {
      if (deps.client().workspace?.semanticTokens?.refreshSupport !== true) return;
      connection.languages.semanticTokens.refresh().catch((error) => connection.console.warn(`Negotext: semantic tokens refresh failed: ${String(error)}`));
    },
    forget: (uri) => results.forget(uri),
  };
}

/** `textDocument/semanticTokens/full`. */
export function semanticTokensFull(session: Session, params: SemanticTokensParams, results: SemanticTokensResults): SemanticTokens {
  const data = wholeTokens(session, params.textDocument.uri);
  return data ? results.full(params.textDocument.uri, data) : { data: [] };
}

/** `textDocument/semanticTokens/full/delta`: the edit from the tokens the editor has (`previousResultId`) to the new ones. */
export function semanticTokensDelta(session: Session, params: SemanticTokensDeltaParams, results: SemanticTokensResults): SemanticTokens | SemanticTokensDelta {
  const data = wholeTokens(session, params.textDocument.uri);
  return data ? results.delta(params.textDocument.uri, params.previousResultId, data) : { data: [] };
}

/** The encoded tokens of a whole document, or undefined when it is not an open Negotext document. */
function wholeTokens(session: Session, uri: string): Uint32Array | undefined {
  const analysis = session.analysisOf(uri);
  return analysis ? semanticTokensOf(analysis) : undefined;
}

/** The encoded tokens of an analysed version, whole. */
export function semanticTokensOf(analysis: Analysis): Uint32Array {
  return encodeSemanticTokens(computeSemanticTokens(analysis.model, { delegations: analysis.context.registry }), analysis.lines);
}

/** `textDocument/semanticTokens/range`: the tokens that overlap the range, the others not made at all. */
export function semanticTokensRange(session: Session, params: SemanticTokensRangeParams): SemanticTokens {
  const analysis = session.analysisOf(params.textDocument.uri);
  if (!analysis) return { data: [] };
  const within = fromLspRange(analysis.lines, params.range);
  const tokens = computeSemanticTokens(analysis.model, { delegations: analysis.context.registry, within });
  return { data: integerList(encodeSemanticTokens(tokens, analysis.lines, within)) };
}

/**
 * LSP's encoding: five integers per token (line delta, start character delta on the same line or from 0, length,
 * type index, modifier bits). A token that runs over line breaks becomes one token per line, leaving out empty
 * pieces and the line breaks themselves, since VS Code takes no multi-line tokens. With `within`, only the pieces
 * that overlap that offset range are kept. The tokens are in document order, so lines are found by walking forward.
 * The integers go into a typed array made at five per token (grown only for tokens over several lines): a list grown
 * by `push` to the 135,000 integers of a 1 MB draft was copied at each growth into fresh memory, which cost 16 ms
 * of the 20 ms this took (`docs/performance-notes.md`, seventeenth session).
 */
export function encodeSemanticTokens(tokens: ReadonlyArray<SemanticTokenData>, lines: TextLines, within?: Range): Uint32Array {
  let data: Uint32Array = new Uint32Array(tokens.length * 5);
  let used = 0;
  let line = 0;
  let lineStart = 0;
  let lineEnd = lines.lineEnd(0);
  let previousLine = 0;
  let previousChar = 0;
  const lastLine = lines.lineCount - 1;
  for (const token of tokens) {
    if (within && (token.end <= within.start || token.start >= within.end)) continue;
    const type = TYPE_INDEX.get(token.type)!;
    let modifiers = 0;
    for (const modifier of token.modifiers) modifiers |= MODIFIER_BIT.get(modifier)!;
    let start = token.start;
    while (start < token.end) {
      while (line < lastLine && start >= lines.lineStart(line + 1)) {
        line++;
        lineStart = lines.lineStart(line);
        lineEnd = lines.lineEnd(line);
      }
      const end = Math.min(token.end, lineEnd);
      if (end > start && !(within && (end <= within.start || start >= within.end))) {
        if (used + 5 > data.length) data = enlarged(data, Math.ceil(data.length * 1.5) + 5);
        const char = start - lineStart;
        data[used] = line - previousLine;
        data[used + 1] = line === previousLine ? char - previousChar : char;
        data[used + 2] = end - start;
        data[used + 3] = type;
        data[used + 4] = modifiers;
        used += 5;
        previousLine = line;
        previousChar = char;
      }
      if (line >= lastLine) break;
      start = lines.lineStart(line + 1);
    }
  }
  return data.subarray(0, used);
}
