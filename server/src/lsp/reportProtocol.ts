// The custom requests behind the report, export and comparison commands (method names and shapes), shared by client and server.

import type { ProtocolRange } from './protocol';

/** `negotext/report`: a status or positions report on one or more documents, rendered by the core's renderers. */
export const REPORT_REQUEST = 'negotext/report';

/** A document to report on, and the name the report shows and links for it (a workspace-relative path reads best). */
export interface ReportDocument {
  readonly uri: string;
  /** Defaults to the last segment of the URI's path. */
  readonly name?: string;
}

export interface ReportParams {
  readonly kind: 'status' | 'positions';
  /**
   * Open documents are reported as the editor holds them (unsaved text included); others are read from disk
   * (`file:` URIs only) with the lexicons and delegations their workspace gives them. At most `MAX_REPORT_DOCUMENTS`.
   */
  readonly documents: ReadonlyArray<ReportDocument>;
  /** `md` (the default), `html`, `csv` or `json`, as `negotext report --format`. */
  readonly format?: 'md' | 'html' | 'csv' | 'json';
  /** For `html` in a webview: the nonce of the page's `<style>` (its policy then allows no inline style without it). */
  readonly nonce?: string;
  /** For `html` with a nonce: the page's policy also lets a script with that nonce run, for the editor's link script. */
  readonly scriptNonce?: boolean;
}

export interface ReportResult {
  /** The rendered report. */
  readonly text: string;
  /** The documents reported, in order: the name the report uses (in links' `data-file`) and the URI it stands for. */
  readonly documents: ReadonlyArray<{ readonly name: string; readonly uri: string }>;
  /** Documents that could not be read (closed and not on disk, or not a Negotext document), with why. */
  readonly skipped: ReadonlyArray<{ readonly uri: string; readonly reason: string }>;
}

/** The most documents one report request takes, so that a huge folder cannot stall the server. */
export const MAX_REPORT_DOCUMENTS = 2000;

/** `negotext/creditedDelegations`: the delegations an open document's attributions name, for "Export Scenario Text...". */
export const CREDITED_DELEGATIONS_REQUEST = 'negotext/creditedDelegations';

export interface CreditedDelegationsParams {
  readonly uri: string;
}

/** One delegation (or group), by its canonical code, with how many positions the document credits it with. Null when the server does not hold the document. */
export interface CreditedDelegation {
  readonly code: string;
  readonly name?: string;
  /** False for a name the delegation registry does not know (it is listed as written). */
  readonly known: boolean;
  readonly positions: number;
}

/** `negotext/exportText`: the agreed text, or a scenario text, of an open document. */
export const EXPORT_TEXT_REQUEST = 'negotext/exportText';

export interface ExportTextParams {
  readonly uri: string;
  readonly kind: 'agreed' | 'scenario';
  /** For a scenario: the delegation whose preferred wording wins (a code, an alpha-3 code or a name); none means the first alternative everywhere. */
  readonly prefer?: string;
}

/** Null when the server does not hold the document. */
export interface ExportTextResult {
  readonly text: string;
  /** What the export changed that the drafter should know (an option set left out, a placeholder kept), at its place in the source. */
  readonly notes: ReadonlyArray<{ readonly message: string; readonly range: ProtocolRange }>;
  /** The delegation code the scenario preferred, as the registry resolved `prefer`. */
  readonly preferred?: string;
  /** True when `prefer` is not a delegation the registry knows (it was matched as written). */
  readonly preferUnknown?: boolean;
}

/** `negotext/exportDocx`: an open document as a Word file. */
export const EXPORT_DOCX_REQUEST = 'negotext/exportDocx';

export interface ExportDocxParams {
  readonly uri: string;
}

/** Null when the server does not hold the document. */
export interface ExportDocxResult {
  /** The `.docx` bytes, base64-encoded (JSON-RPC carries text). */
  readonly base64: string;
}

/** `negotext/compareRevisions`: what changed from an older text of a document to the document as open. */
export const COMPARE_REVISIONS_REQUEST = 'negotext/compareRevisions';

export interface CompareRevisionsParams {
  /** The open document: the newer revision. */
  readonly uri: string;
  /** The older revision's text and the name the comparison shows for it (`draft.ntx@HEAD`, `rev1.ntx`). It is read with the open document's lexicons and delegations. */
  readonly before: { readonly text: string; readonly name: string };
  /** The name shown for the open document; defaults to the last segment of its URI. */
  readonly afterName?: string;
  /** `md` (the default), `text` or `json`, as `negotext diff --format`. */
  readonly format?: 'md' | 'text' | 'json';
}

/** Null when the server does not hold the document. */
export interface CompareRevisionsResult {
  readonly text: string;
}
