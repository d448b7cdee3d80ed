// The smallest language server the protocol library makes: it keeps documents (incremental sync) and answers hover with
// nothing. The benchmark gives it the 10 MB draft to measure what holding a document over LSP costs in Node, before
// any analysis and apart from Negotext's own code.
const { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, hoverProvider: true } }));
// The benchmark sends a hover after each step: answered in order, it says the step has been read.
connection.onHover(() => null);
documents.listen(connection);
connection.listen();
