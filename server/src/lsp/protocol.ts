// The custom requests between the Negotext client and server (method names and shapes), shared by both sides.

/** An LSP position, restated here so that this file imports nothing and the client can share it. */
export interface ProtocolPosition {
  readonly line: number;
  readonly character: number;
}

/** An LSP range. */
export interface ProtocolRange {
  readonly start: ProtocolPosition;
  readonly end: ProtocolPosition;
}

/** `negotext/documentStatus`: what the status bar shows for a document. */
export const DOCUMENT_STATUS_REQUEST = 'negotext/documentStatus';

export interface DocumentStatusParams {
  readonly uri: string;
}

/** Null when the server does not hold the document (closed, or not a Negotext document). */
export interface DocumentStatus {
  readonly uri: string;
  readonly version: number;
  /** Every bracket, nested ones included: the count delegates keep by hand. */
  readonly brackets: number;
  readonly topLevelBrackets: number;
  readonly unclosedBrackets: number;
}

/** `negotext/nextBracket`: where the next (or previous) bracket from a position is. */
export const NEXT_BRACKET_REQUEST = 'negotext/nextBracket';

export interface NextBracketParams {
  readonly uri: string;
  readonly position: ProtocolPosition;
  readonly direction: 'next' | 'previous';
}

/** Null when the document has no bracket. */
export interface NextBracketResult {
  /** The bracket, opener to closer (to the expected closer when unclosed). */
  readonly range: ProtocolRange;
  /** True when the search went past the end (or start) of the document and started over. */
  readonly wrapped: boolean;
  /** 1-based position among all brackets, and their count: "bracket 3 of 12". */
  readonly index: number;
  readonly count: number;
}

/** `negotext/statistics`: the open points of a document, in total and per section. */
export const STATISTICS_REQUEST = 'negotext/statistics';

export interface StatisticsParams {
  readonly uri: string;
}

/** Open points in a stretch of text. */
export interface OpenPointCountsResult {
  readonly brackets: number;
  readonly alternativeSets: number;
  readonly optionSets: number;
  readonly placeholders: number;
  readonly footnotes: number;
}

/** Null when the server does not hold the document. */
export interface StatisticsResult extends OpenPointCountsResult {
  readonly title?: string;
  readonly symbol?: string;
  readonly paragraphs: number;
  readonly labelledParagraphs: number;
  readonly agreedParagraphs: number;
  readonly adRefParagraphs: number;
  readonly words: number;
  readonly findings: { readonly error: number; readonly warning: number; readonly information: number; readonly hint: number };
  readonly sections: ReadonlyArray<OpenPointCountsResult & { readonly heading: string; readonly level: number; readonly line: number }>;
}

/** Initialization options: what the VS Code client sends, and what other editors may send. */
export interface NegotextInitializationOptions {
  /** `client` when the client watches lexicon and delegations files itself, so the server need not register watchers. */
  readonly fileWatchers?: 'client' | 'server';
  /** The `negotext` settings section, for editors that cannot answer `workspace/configuration` (used until a change notification brings others). */
  readonly negotext?: unknown;
  /**
   * False in an untrusted workspace (VS Code's Workspace Trust): `lexicon:` and `delegations:` paths that lead outside
   * the workspace folders or through a symbolic link are then not read. Absent means trusted (editors without trust).
   */
  readonly isTrusted?: boolean;
}

/** `negotext/workspaceTrust` (notification, client to server): the workspace became trusted (or not). */
export const WORKSPACE_TRUST_NOTIFICATION = 'negotext/workspaceTrust';

export interface WorkspaceTrustParams {
  readonly trusted: boolean;
}

/** `negotext/serverInfo`: the server process, for restart tests and memory checks. */
export const SERVER_INFO_REQUEST = 'negotext/serverInfo';

export interface ServerInfoResult {
  readonly pid: number;
  /** `process.memoryUsage().heapUsed` in bytes, after a full garbage collection when the server runs with `--expose-gc`. */
  readonly heapUsed: number;
  /**
   * `process.memoryUsage().arrayBuffers` in bytes, measured with `heapUsed`: the typed arrays' memory, which lies
   * outside V8's heap (the model's columns are typed arrays), so that `heapUsed` alone does not count it.
   */
  readonly arrayBuffers: number;
  /** True when `heapUsed` was measured after a collection. */
  readonly collected: boolean;
  /** Whether paths outside the workspace may be read (see `isTrusted`). */
  readonly trusted: boolean;
  /** Open documents the server holds. */
  readonly documents: number;
}

/** The globs of files whose changes re-check open documents: lexicons, term bases, delegations, and drafts for workspace symbols. */
export const WATCHED_FILE_GLOBS = ['**/*.lexicon.yaml', '**/*.lexicon.yml', '**/*.tbx', '**/*.csv', '**/delegations.yaml', '**/*.delegations.yaml', '**/*.ntx'];
