// What the server offers, shaped by what the client says it can take.

import { CodeActionKind, TextDocumentSyncKind, type ClientCapabilities, type ServerCapabilities } from 'vscode-languageserver';
import { COMPLETION_TRIGGERS } from '../core/features/completion';
import { SEMANTIC_TOKENS_OPTIONS } from './semanticTokens';
import type { ClientAbilities } from './session';

/** The server capabilities for a client. */
export function serverCapabilities(client: ClientCapabilities): ServerCapabilities {
  const literalCodeActions = client.textDocument?.codeAction?.codeActionLiteralSupport !== undefined;
  return {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    hoverProvider: true,
    documentSymbolProvider: { label: 'Negotext' },
    workspaceSymbolProvider: true,
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
    completionProvider: { triggerCharacters: [...COMPLETION_TRIGGERS], resolveProvider: true },
    codeActionProvider: literalCodeActions ? { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] } : true,
    codeLensProvider: { resolveProvider: false },
    semanticTokensProvider: SEMANTIC_TOKENS_OPTIONS,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
}

/** The client abilities handlers care about. */
export function clientAbilities(client: ClientCapabilities): ClientAbilities {
  const hoverFormats = client.textDocument?.hover?.contentFormat;
  return {
    documentChanges: client.workspace?.workspaceEdit?.documentChanges === true,
    markdown: hoverFormats === undefined || hoverFormats.includes('markdown'),
    completionEditRange: client.textDocument?.completion?.completionList?.itemDefaults?.includes('editRange') === true,
  };
}
