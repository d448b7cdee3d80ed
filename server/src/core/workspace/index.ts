// The workspace layer's public surface: the file-access interface and the document context built on it.

export type { WorkspaceFiles } from './workspaceFiles';
export { frontMatterOf } from './frontMatterOf';
export { DocumentContextBuilder, isDelegationsPath, isLexiconPath, type ContextSettings, type DocumentContext, type MissingFile, type PathPolicy, type PathRefusal } from './documentContext';
