// Wires a connection to the handlers: document sync, diagnostics runs, file and settings changes, and every request.

import { sep } from 'path';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  type ClientCapabilities,
  type Diagnostic,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentContextBuilder, isDelegationsPath, isLexiconPath } from '../core/workspace';
import { NodeWorkspaceFiles } from '../node/nodeWorkspaceFiles';
import { uriToPath } from '../node/uris';
import { Analyses, isNegotextDocument } from './analyses';
import { clientAbilities, serverCapabilities } from './capabilities';
import { codeActions } from './codeActions';
import { codeLenses } from './codeLens';
import { completion, TermItems } from './completion';
import { documentStatus, nextBracket, statistics } from './customRequests';
import { documentFindings, toLspDataFileDiagnostic } from './diagnostics';
import { DiagnosticsJson } from './diagnosticsJson';
import { Debounced } from './debounced';
import { DiagnosticScheduler } from './diagnosticScheduler';
import { EditWarmUp } from './editWarmUp';
import { foldingRanges, selectionRanges } from './folding';
import { hover } from './hover';
import { definition, documentHighlights, references } from './navigation';
import { TextLines } from './positions';
import { DOCUMENT_STATUS_REQUEST, NEXT_BRACKET_REQUEST, SERVER_INFO_REQUEST, STATISTICS_REQUEST, WATCHED_FILE_GLOBS, WORKSPACE_TRUST_NOTIFICATION, type NegotextInitializationOptions, type WorkspaceTrustParams } from './protocol';
import { prepareRename, rename } from './rename';
import { serverInfo } from './serverInfo';
import { registerReportRequests } from './reportRequests';
import { registerSemanticTokens } from './semanticTokens';
import { Session } from './session';
import { SettingsStore } from './settingsStore';
import { documentSymbols, workspaceSymbols } from './symbols';
import { WorkspaceIndex } from './workspaceIndex';
import { WorkspaceTrust } from './workspaceTrust';

/** Without file watchers the workspace listing is re-read at most this often, so new lexicons are still found. */
const UNWATCHED_LISTING_AGE_MS = 5000;

/** Starts serving Negotext on a connection (stdio or IPC; tests may pass any connection). */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let folders: string[] = [];
  let watchersOnClient = false;
  let client: ClientCapabilities = {};
  let files = createFiles(documents, false);
  const trust = new WorkspaceTrust(() => folders);
  let contexts = new DocumentContextBuilder(files, trust.policy);
  let settings = new SettingsStore(undefined);
  const folderFor = (uri: string): string | undefined => {
    const path = uriToPath(uri);
    // The deepest workspace folder holding the document; an untitled document takes the first folder.
    const holding = path ? folders.filter((f) => path === f || path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0] : undefined;
    return holding ?? folders[0];
  };
  let analyses = new Analyses(contexts, (uri) => settings.get(uri), folderFor);
  let session!: Session;
  let index = new WorkspaceIndex(files, contexts, () => session.openAnalyses());
  session = new Session(documents, analyses, contexts, files, index);
  const warnedMissing = new Set<string>();
  const diagnosticsJson = new DiagnosticsJson();
  const warmUp = new EditWarmUp();

  const scheduler = new DiagnosticScheduler(async (uri, isCurrent) => {
    try {
      await settings.load(uri);
      const document = documents.get(uri);
      if (!document || !isCurrent()) return;
      if (isNegotextDocument(document)) {
        const contextTimeBefore = analyses.contextTime();
        const analysis = analyses.get(document);
        const onceOnlyMs = analyses.contextTime() - contextTimeBefore;
        if (!isCurrent()) return onceOnlyMs;
        warnAboutSettingsFiles(analysis.context.missing);
        // Typed as what it serialises to: the protocol layer only ever serialises it.
        const diagnostics = diagnosticsJson.encode(uri, documentFindings(analysis), analysis.lines) as unknown as Diagnostic[];
        await connection.sendDiagnostics({ uri, version: document.version, diagnostics });
        warmUp.afterCheck(analysis);
        return onceOnlyMs;
      }
      const path = uriToPath(uri);
      const problems = path !== undefined ? contexts.dataFileProblems(path) : undefined;
      if (problems === undefined || !isCurrent()) return;
      const lines = new TextLines(document.getText());
      await connection.sendDiagnostics({ uri, version: document.version, diagnostics: problems.map((p) => toLspDataFileDiagnostic(p, lines)) });
    } catch (error) {
      connection.console.error(`Negotext: checking ${uri} failed: ${(error as Error).stack ?? String(error)}`);
    }
  });

  /** A setting naming a file that cannot be read concerns every document, so it is said once, not on each. */
  const warnAboutSettingsFiles = (missing: ReadonlyArray<{ readonly path: string; readonly written: string; readonly from: string; readonly refused?: string }>) => {
    for (const file of missing) {
      if (file.from !== 'settings' || warnedMissing.has(file.path)) continue;
      warnedMissing.add(file.path);
      const why = file.refused ? 'is not read in an untrusted workspace (it leads outside the workspace or through a link)' : 'cannot be read';
      void connection.window.showWarningMessage(`Negotext: "${file.written}" (${file.path}) named in the settings ${why}; documents are checked without it.`);
    }
  };

  /** Lexicons, delegations or settings changed: every open draft is checked again. */
  const recheckAll = () => {
    recheckAfterDataFileEdits.dispose();
    analyses.invalidate();
    semanticTokens.refresh();
    for (const document of documents.all()) scheduler.schedule(document.uri);
  };

  /**
   * An edited (even unsaved) lexicon or delegations file changes how the drafts read, and checking them again builds
   * the term matcher again and analyses every open draft, matching all its terms again (with the 1 MB draft open and
   * the 2,000-term lexicon about 110 ms, and 250 ms when each check read the whole lexicon again): the drafts are
   * checked once typing in the file pauses, not at every keystroke, which kept the server busy all the time a
   * terminologist typed. Until then they keep the analyses (and colours) made with the file as it was; the file's own
   * problems are shown as it is typed, by its own run.
   */
  const recheckAfterDataFileEdits = new Debounced(() => {
    analyses.invalidate();
    semanticTokens.refresh();
    for (const document of documents.all()) if (isNegotextDocument(document)) scheduler.schedule(document.uri);
  }, DATA_FILE_EDIT_PAUSE_MS);

  const seen = new Set<string>();
  documents.onDidChangeContent(({ document }) => {
    const first = !seen.has(document.uri);
    seen.add(document.uri);
    if (!first) warmUp.stop();
    scheduler.schedule(document.uri, first);
    const path = uriToPath(document.uri);
    if (path !== undefined && !isNegotextDocument(document) && (isLexiconPath(path) || isDelegationsPath(path))) recheckAfterDataFileEdits.call();
  });
  documents.onDidClose(({ document }) => {
    seen.delete(document.uri);
    scheduler.forget(document.uri);
    analyses.drop(document.uri);
    diagnosticsJson.forget(document.uri);
    semanticTokens.forget(document.uri);
    settings.drop(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // A closed data file is read from disk again, which may differ from the unsaved text the drafts were checked with.
    const path = uriToPath(document.uri);
    if (path !== undefined && !isNegotextDocument(document) && (isLexiconPath(path) || isDelegationsPath(path))) recheckAll();
  });

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    client = capabilities;
    const options = (params.initializationOptions ?? {}) as NegotextInitializationOptions;
    watchersOnClient = options.fileWatchers === 'client';
    folders = foldersOf(params.workspaceFolders, params.rootUri);
    const canPull = capabilities.workspace?.configuration === true;
    const canWatch = watchersOnClient || capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    files = createFiles(documents, canWatch);
    files.setRoots(folders);
    trust.trusted = options.isTrusted !== false;
    contexts = new DocumentContextBuilder(files, trust.policy);
    settings = new SettingsStore(canPull ? (uri) => connection.workspace.getConfiguration({ scopeUri: uri, section: 'negotext' }) : undefined);
    // Editors that cannot answer `workspace/configuration` may pass the section at start-up instead.
    if (options.negotext !== undefined) settings.changed(options.negotext);
    analyses = new Analyses(contexts, (uri) => settings.get(uri), folderFor);
    index = new WorkspaceIndex(files, contexts, () => session.openAnalyses());
    session = new Session(documents, analyses, contexts, files, index, clientAbilities(capabilities));
    return { capabilities: serverCapabilities(capabilities), serverInfo: { name: 'negotext', version: SERVER_VERSION } };
  });

  connection.onInitialized(() => {
    void registerDynamically(connection, client, watchersOnClient).catch((error) => connection.console.warn(`Negotext: dynamic registration failed: ${String(error)}`));
    if (client.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(foldersOf(event.removed, null));
        folders = [...folders.filter((f) => !removed.has(f)), ...foldersOf(event.added, null)];
        files.setRoots(folders);
        recheckAll();
      });
    }
  });

  connection.onDidChangeConfiguration((params) => {
    const section = (params.settings as { negotext?: unknown } | null | undefined)?.negotext;
    settings.changed(section);
    warnedMissing.clear();
    recheckAll();
  });

  connection.onDidChangeWatchedFiles((params) => {
    let dataChanged = false;
    for (const change of params.changes) {
      const path = uriToPath(change.uri);
      if (path === undefined) continue;
      if (change.type !== FileChangeType.Changed) files.invalidateListing();
      if (change.type === FileChangeType.Deleted) contexts.forget(path);
      if (isLexiconPath(path) || isDelegationsPath(path)) dataChanged = true;
    }
    if (dataChanged) recheckAll();
  });

  connection.onHover((params) => hover(session, params));
  connection.onDocumentSymbol((params) => documentSymbols(session, params));
  connection.onWorkspaceSymbol((params, token) => workspaceSymbols(session, params, token));
  connection.onFoldingRanges((params) => foldingRanges(session, params));
  connection.onSelectionRanges((params) => selectionRanges(session, params));
  connection.onDefinition((params) => definition(session, params));
  connection.onReferences((params, token) => references(session, params, token));
  connection.onDocumentHighlight((params) => documentHighlights(session, params));
  connection.onPrepareRename((params) => prepareRename(session, params));
  connection.onRenameRequest((params) => rename(session, params));
  const termItems = new TermItems();
  connection.onCompletion((params) => completion(session, termItems, params));
  connection.onCompletionResolve((item) => termItems.resolve(item, session.abilities.markdown));
  connection.onCodeAction((params) => codeActions(session, params));
  connection.onCodeLens((params) => codeLenses(session, params));
  connection.onRequest(DOCUMENT_STATUS_REQUEST, (params) => documentStatus(session, params));
  connection.onRequest(NEXT_BRACKET_REQUEST, (params) => nextBracket(session, params));
  connection.onRequest(STATISTICS_REQUEST, (params) => statistics(session, params));
  registerReportRequests(connection, { session: () => session, settingsFor: (uri) => settings.load(uri), folderFor });
  const semanticTokens = registerSemanticTokens(connection, { session: () => session, client: () => client });
  connection.onRequest(SERVER_INFO_REQUEST, () => serverInfo({ trusted: trust.trusted, documents: documents.all().length }));
  connection.onNotification(WORKSPACE_TRUST_NOTIFICATION, (params: WorkspaceTrustParams) => {
    trust.trusted = params.trusted !== false;
    warnedMissing.clear();
    recheckAll();
  });
  connection.onShutdown(() => {
    scheduler.dispose();
    warmUp.stop();
    recheckAfterDataFileEdits.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

/** How long typing in a lexicon or delegations file pauses before the open drafts are checked against it. */
const DATA_FILE_EDIT_PAUSE_MS = 500;

/** Reported in `serverInfo`; kept by hand with package.json's version. */
const SERVER_VERSION = '0.1.0';

/** Disk access with unsaved editor text laid over it. */
function createFiles(documents: TextDocuments<TextDocument>, watched: boolean): NodeWorkspaceFiles {
  return new NodeWorkspaceFiles([], {
    overlay: (path) => documents.all().find((d) => uriToPath(d.uri) === path)?.getText(),
    listingMaxAgeMs: watched ? Infinity : UNWATCHED_LISTING_AGE_MS,
  });
}

function foldersOf(workspaceFolders: ReadonlyArray<WorkspaceFolder> | null | undefined, rootUri: string | null): string[] {
  const uris = workspaceFolders && workspaceFolders.length > 0 ? workspaceFolders.map((f) => f.uri) : rootUri ? [rootUri] : [];
  return uris.map(uriToPath).filter((p): p is string => p !== undefined);
}

/** Registers for setting changes, and for file changes unless the client watches files itself, where the client allows it. */
async function registerDynamically(connection: Connection, client: ClientCapabilities, watchersOnClient: boolean): Promise<void> {
  if (client.workspace?.didChangeConfiguration?.dynamicRegistration) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'negotext' });
  if (!watchersOnClient && client.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: WATCHED_FILE_GLOBS.map((globPattern) => ({ globPattern })) });
  }
}
