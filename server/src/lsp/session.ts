// What every handler may use: the open documents, their analyses, the workspace and what the client can do.

import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentContextBuilder, WorkspaceFiles } from '../core/workspace';
import { isNegotextDocument, type Analyses, type Analysis } from './analyses';
import type { WorkspaceIndex } from './workspaceIndex';

/** Client abilities that change the shape of answers. */
export interface ClientAbilities {
  /** The client applies versioned `documentChanges` in workspace edits. */
  readonly documentChanges: boolean;
  /** The client renders Markdown in hovers and completion documentation. */
  readonly markdown: boolean;
  /** The client takes a completion list's default edit range (`itemDefaults.editRange`, LSP 3.17). */
  readonly completionEditRange: boolean;
}

/** The server's state, as handlers see it. */
export class Session {
  constructor(
    readonly documents: TextDocuments<TextDocument>,
    readonly analyses: Analyses,
    readonly contexts: DocumentContextBuilder,
    readonly files: WorkspaceFiles,
    readonly index: WorkspaceIndex,
    public abilities: ClientAbilities = { documentChanges: false, markdown: true, completionEditRange: false },
  ) {}

  /** The analysis of an open Negotext document, or undefined for other or unknown documents. */
  analysisOf(uri: string): Analysis | undefined {
    const document = this.documents.get(uri);
    return document && isNegotextDocument(document) ? this.analyses.get(document) : undefined;
  }

  /** The analyses of all open Negotext documents. */
  openAnalyses(): Analysis[] {
    return this.documents.all().filter(isNegotextDocument).map((d) => this.analyses.get(d));
  }
}
