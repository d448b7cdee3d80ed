// The requests behind the editor's report, export and comparison commands: each calls the pure core and returns text.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { analyze, parse, type DocumentModel } from '../core';
import { compareRevisions, renderDiff } from '../core/diff';
import { agreedText, buildWordLayout, scenarioText, type ExportResult } from '../core/exports';
import { buildPositionsReport, buildStatusReport, renderReport, type ReportInput } from '../core/reports';
import { frontMatterOf, type DocumentContext } from '../core/workspace';
import { pathToUri, uriToPath } from '../node/uris';
import type { Analysis } from './analyses';
import { cancelled } from './cancelled';
import { toLspRange } from './positions';
import {
  COMPARE_REVISIONS_REQUEST,
  CREDITED_DELEGATIONS_REQUEST,
  EXPORT_DOCX_REQUEST,
  EXPORT_TEXT_REQUEST,
  MAX_REPORT_DOCUMENTS,
  REPORT_REQUEST,
  type CompareRevisionsParams,
  type CompareRevisionsResult,
  type CreditedDelegation,
  type CreditedDelegationsParams,
  type ExportDocxParams,
  type ExportDocxResult,
  type ExportTextParams,
  type ExportTextResult,
  type ReportParams,
  type ReportResult,
} from './reportProtocol';
import type { Session } from './session';
import type { NegotextSettings } from './settings';
import { loadWord } from '../word/loadWord';

/** What the handlers need from the server; getters, since the server builds a new session when it is initialized. */
export interface ReportRequestDeps {
  readonly session: () => Session;
  /** The settings seen from a URI (a workspace folder's, for documents that are not open), asked of the editor if not known. */
  readonly settingsFor: (uri: string) => Promise<NegotextSettings>;
  /** The workspace folder (a path) holding a URI. */
  readonly folderFor: (uri: string) => string | undefined;
}

/** Registers the report, export and comparison requests on a connection. */
export function registerReportRequests(connection: Connection, deps: ReportRequestDeps): void {
  const handle = <P, R>(method: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) =>
    connection.onRequest(method, async (params: P, token: CancellationToken) => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`Negotext: ${method} failed: ${(error as Error).stack ?? String(error)}`);
        throw new ResponseError(ErrorCodes.InternalError, `Negotext: ${method} failed: ${(error as Error).message ?? String(error)}`);
      }
    });
  handle(REPORT_REQUEST, (params: ReportParams, token) => report(deps, params, token));
  handle(CREDITED_DELEGATIONS_REQUEST, (params: CreditedDelegationsParams) => creditedDelegations(deps.session(), params));
  handle(EXPORT_TEXT_REQUEST, (params: ExportTextParams) => exportText(deps.session(), params));
  handle(EXPORT_DOCX_REQUEST, (params: ExportDocxParams) => exportDocx(deps.session(), params));
  handle(COMPARE_REVISIONS_REQUEST, (params: CompareRevisionsParams) => compare(deps.session(), params));
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

function requireUri(params: { readonly uri?: unknown } | null | undefined): string {
  if (typeof params?.uri !== 'string') throw invalid('a "uri" string is required');
  return params.uri;
}

/** `draft.ntx` for `file:///work/draft.ntx`. */
function lastSegment(uri: string): string {
  const segment = uri.replace(/[?#].*$/, '').split('/').pop() || uri;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A document to report on, analysed: the open one's analysis, or the file read from disk with its workspace's data files. */
interface Reported {
  readonly model: DocumentModel;
  readonly context: DocumentContext;
}

/** `negotext/report`. */
export async function report(deps: ReportRequestDeps, params: ReportParams, token?: CancellationToken): Promise<ReportResult> {
  if (params?.kind !== 'status' && params?.kind !== 'positions') throw invalid('"kind" must be "status" or "positions"');
  if (!Array.isArray(params.documents) || params.documents.some((d) => typeof d?.uri !== 'string')) throw invalid('"documents" must be a list of { uri, name? }');
  if (params.documents.length > MAX_REPORT_DOCUMENTS) throw invalid(`a report takes at most ${MAX_REPORT_DOCUMENTS} documents`);
  const format = params.format ?? 'md';
  if (!['md', 'html', 'csv', 'json'].includes(format)) throw invalid('"format" must be md, html, csv or json');
  const session = deps.session();
  const inputs: ReportInput[] = [];
  const contexts: DocumentContext[] = [];
  const documents: Array<{ name: string; uri: string }> = [];
  const skipped: Array<{ uri: string; reason: string }> = [];
  const names = new Set<string>();
  for (const document of params.documents) {
    if (token?.isCancellationRequested) throw cancelled();
    const reported = await reportedDocument(deps, session, document.uri);
    if ('reason' in reported) {
      skipped.push({ uri: document.uri, reason: reported.reason });
      continue;
    }
    // Links are resolved by name, so two documents never share one.
    const wanted = typeof document.name === 'string' && document.name !== '' ? document.name : lastSegment(document.uri);
    let name = wanted;
    for (let n = 2; names.has(name); n++) name = `${wanted} (${n})`;
    names.add(name);
    inputs.push({ file: name, model: reported.model });
    contexts.push(reported.context);
    documents.push({ name, uri: document.uri });
  }
  // Names in the positions report come from the first document's registry, as on the command line.
  const built = params.kind === 'status' ? buildStatusReport(inputs) : buildPositionsReport(inputs, contexts[0]?.registry);
  const nonce = typeof params.nonce === 'string' && /^[A-Za-z0-9+/=_-]{8,128}$/.test(params.nonce) ? params.nonce : undefined;
  const text = renderReport(built, format, nonce !== undefined ? { nonce, scriptNonce: params.scriptNonce === true } : {});
  return { text, documents, skipped };
}

async function reportedDocument(deps: ReportRequestDeps, session: Session, uri: string): Promise<Reported | { reason: string }> {
  const open = session.documents.get(uri);
  if (open) {
    const analysis = session.analysisOf(uri);
    return analysis ? { model: analysis.model, context: analysis.context } : { reason: 'not a Negotext document' };
  }
  const path = uriToPath(uri);
  if (path === undefined) return { reason: 'not open in the editor, and not a file on disk' };
  if (!/\.ntx$/i.test(path)) return { reason: 'not a .ntx file' };
  const text = session.files.read(path);
  if (text === undefined) return { reason: 'cannot be read' };
  // As the server analyses an open document: the front matter's data files, else the folder's settings, else the workspace's.
  const folder = deps.folderFor(uri);
  const settings = await deps.settingsFor(folder !== undefined ? pathToUri(folder) : uri);
  const tree = parse(text);
  const context = session.contexts.contextFor(path, frontMatterOf(tree), { lexiconPaths: settings.lexiconPaths, delegationsPath: settings.delegationsPath, folder });
  return { model: analyze(tree, context.options), context };
}

/** `negotext/creditedDelegations`: every delegation and group the document's attributions name, by canonical code. */
export function creditedDelegations(session: Session, params: CreditedDelegationsParams): CreditedDelegation[] | null {
  const analysis = session.analysisOf(requireUri(params));
  if (!analysis) return null;
  const positions = buildPositionsReport([{ file: lastSegment(analysis.uri), model: analysis.model }], analysis.context.registry);
  return positions.delegations.map((d) => ({ code: d.code, ...(d.name !== undefined ? { name: d.name } : {}), known: d.known, positions: d.entries.length }));
}

/** `negotext/exportText`. */
export function exportText(session: Session, params: ExportTextParams): ExportTextResult | null {
  const uri = requireUri(params);
  if (params.kind !== 'agreed' && params.kind !== 'scenario') throw invalid('"kind" must be "agreed" or "scenario"');
  if (params.prefer !== undefined && typeof params.prefer !== 'string') throw invalid('"prefer" must be a string');
  const analysis = session.analysisOf(uri);
  if (!analysis) return null;
  const registry = analysis.context.registry;
  let result: ExportResult;
  let preferred: string | undefined;
  let preferUnknown = false;
  if (params.kind === 'agreed') result = agreedText(analysis.model);
  else {
    const written = params.prefer?.trim();
    if (written) {
      // `Russia` or `RUS` means `RU`, as attributions are resolved; an unknown name is matched as written.
      const found = registry.resolve(written);
      preferred = found?.code ?? written;
      preferUnknown = !found;
    }
    result = scenarioText(analysis.model, { prefer: preferred, groupsOf: (code) => registry.resolve(code)?.groups ?? [] });
  }
  return {
    text: result.text,
    notes: result.notes.map((note) => ({ message: note.message, range: toLspRange(analysis.lines, { start: note.offset, end: note.offset }) })),
    ...(preferred !== undefined ? { preferred } : {}),
    ...(preferUnknown ? { preferUnknown } : {}),
  };
}

/** `negotext/exportDocx`. The Word writer and its `docx` library are loaded on first use (`loadWord`), so that the server starts without reading them. */
export async function exportDocx(session: Session, params: ExportDocxParams): Promise<ExportDocxResult | null> {
  const analysis = session.analysisOf(requireUri(params));
  if (!analysis) return null;
  const bytes = await loadWord().writeDocx(buildWordLayout(analysis.model));
  return { base64: Buffer.from(bytes).toString('base64') };
}

/** `negotext/compareRevisions`: the older text is read with the open document's lexicons and delegations, as `negotext diff --git` does. */
export function compare(session: Session, params: CompareRevisionsParams): CompareRevisionsResult | null {
  const uri = requireUri(params);
  if (typeof params.before?.text !== 'string' || typeof params.before.name !== 'string') throw invalid('"before" must be { text, name }');
  const format = params.format ?? 'md';
  if (!['md', 'text', 'json'].includes(format)) throw invalid('"format" must be md, text or json');
  const analysis: Analysis | undefined = session.analysisOf(uri);
  if (!analysis) return null;
  const before = { file: params.before.name, model: analyze(params.before.text, analysis.context.options) };
  const after = { file: typeof params.afterName === 'string' && params.afterName !== '' ? params.afterName : lastSegment(uri), model: analysis.model };
  return { text: renderDiff(compareRevisions(before, after), format) };
}
