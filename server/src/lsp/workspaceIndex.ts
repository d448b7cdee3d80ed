// The Negotext documents of the workspace, open or not, analysed for workspace symbols and delegation references.

import { analyze, parse, type DocumentModel } from '../core';
import { frontMatterOf, type DocumentContextBuilder, type WorkspaceFiles } from '../core/workspace';
import { pathToUri, uriToPath } from '../node/uris';
import type { Analysis } from './analyses';
import { TextLines } from './positions';

/** One document of the workspace, analysed. */
export interface IndexedDocument {
  readonly uri: string;
  readonly lines: TextLines;
  readonly model: DocumentModel;
}

/** The most unopened files a workspace-wide request reads, so that a huge folder cannot stall the server. */
const MAX_FILES = 2000;

/**
 * Open documents come from the editor's analyses (their unsaved text is what the user sees); other `.ntx` files are
 * read from disk and analysed without a lexicon (symbols and attributions do not depend on one), cached by content.
 */
export class WorkspaceIndex {
  private readonly cache = new Map<string, { readonly text: string; readonly document: IndexedDocument }>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly contexts: DocumentContextBuilder,
    private readonly openAnalyses: () => ReadonlyArray<Analysis>,
  ) {}

  /** Every Negotext document: the open ones first, then the workspace's other `.ntx` files. */
  documents(): IndexedDocument[] {
    const open = this.openAnalyses();
    const result: IndexedDocument[] = open.map((a) => ({ uri: a.uri, lines: a.lines, model: a.model }));
    const openPaths = new Set(open.map((a) => uriToPath(a.uri)).filter((p): p is string => p !== undefined));
    const seen = new Set<string>();
    for (const path of this.files.list('.ntx').slice(0, MAX_FILES)) {
      seen.add(path);
      if (openPaths.has(path)) continue;
      const document = this.indexed(path);
      if (document) result.push(document);
    }
    for (const path of [...this.cache.keys()]) if (!seen.has(path)) this.cache.delete(path);
    return result;
  }

  private indexed(path: string): IndexedDocument | undefined {
    const text = this.files.read(path);
    if (text === undefined) return undefined;
    const cached = this.cache.get(path);
    if (cached && cached.text === text) return cached.document;
    const tree = parse(text);
    const context = this.contexts.contextFor(path, frontMatterOf(tree));
    const model = analyze(tree, { delegations: context.registry });
    const document = { uri: pathToUri(path), lines: new TextLines(text), model };
    this.cache.set(path, { text, document });
    return document;
  }
}
