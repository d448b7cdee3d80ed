// The Negotext documents of the workspace, open or not, as digests for workspace symbols and delegation references.

import { analyze, parse } from '../core';
import { frontMatterOf, type DocumentContextBuilder } from '../core/workspace';
import { pathToUri, uriToPath } from '../node/uris';
import type { Analysis } from './analyses';
import { DocumentDigest } from './documentDigest';
import { TextLines } from './positions';

/** The most unopened files a workspace-wide request reads, so that a huge folder cannot stall the server. */
const MAX_FILES = 2000;
/** How long the index reads before it lets other messages through. */
const SLICE_MS = 20;

/** What the index reads of the workspace: the drafts, whether one changed, and its text without a copy kept. */
export interface IndexedFiles {
  /** Every workspace file whose name ends with `suffix`, sorted. */
  list(suffix: string): string[];
  /** A value that changes when the file's text does, found without reading it; undefined when there is none. */
  stamp(path: string): string | undefined;
  /** The file's current text, read without keeping a copy, or undefined when it cannot be read. */
  readOnce(path: string): string | undefined;
}

/**
 * Open documents come from the editor's analyses (their unsaved text is what the user sees); other `.ntx` files are
 * read from disk and analysed without a lexicon (symbols and attributions do not depend on one). Each is kept as its
 * digest, not its text or model, and read again only when its stamp changes.
 */
export class WorkspaceIndex {
  private readonly cache = new Map<string, { readonly stamp: string; readonly digest: DocumentDigest }>();
  /** Digests of open documents by analysis, so that the queries of one version share one digest. */
  private readonly openDigests = new WeakMap<Analysis, DocumentDigest>();

  constructor(
    private readonly files: IndexedFiles,
    private readonly contexts: DocumentContextBuilder,
    private readonly openAnalyses: () => ReadonlyArray<Analysis>,
  ) {}

  /**
   * Every Negotext document: the open ones first, then the workspace's other `.ntx` files; undefined when `token` is
   * cancelled first. Reading a folder of drafts for the first time takes a second or more (500 of 50 KB), so the
   * reading pauses every few milliseconds to let the server answer other messages, such as a keystroke's
   * diagnostics, and stops when the request is cancelled (as an editor does when the query changes); what was read
   * stays for the next request.
   */
  async documents(token?: { readonly isCancellationRequested: boolean }): Promise<DocumentDigest[] | undefined> {
    const open = this.openAnalyses();
    const result = open.map((analysis) => this.openDigest(analysis));
    const openPaths = new Set(open.map((a) => uriToPath(a.uri)).filter((p): p is string => p !== undefined));
    const seen = new Set<string>();
    let sliceStart = Date.now();
    for (const path of this.files.list('.ntx').slice(0, MAX_FILES)) {
      if (Date.now() - sliceStart >= SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        if (token?.isCancellationRequested) return undefined;
        sliceStart = Date.now();
      }
      seen.add(path);
      if (openPaths.has(path)) continue;
      const digest = this.digestOf(path);
      if (digest) result.push(digest);
    }
    for (const path of [...this.cache.keys()]) if (!seen.has(path)) this.cache.delete(path);
    return result;
  }

  private openDigest(analysis: Analysis): DocumentDigest {
    let digest = this.openDigests.get(analysis);
    if (!digest) {
      digest = DocumentDigest.of(analysis.uri, analysis.model, analysis.lines);
      this.openDigests.set(analysis, digest);
    }
    return digest;
  }

  private digestOf(path: string): DocumentDigest | undefined {
    // The stamp is taken before the read: a change in between makes the next stamp differ, and the file is read again.
    const stamp = this.files.stamp(path);
    const cached = this.cache.get(path);
    if (cached && stamp !== undefined && cached.stamp === stamp) return cached.digest;
    const text = this.files.readOnce(path);
    if (text === undefined) {
      this.cache.delete(path);
      return undefined;
    }
    const tree = parse(text);
    const context = this.contexts.contextFor(path, frontMatterOf(tree));
    const digest = DocumentDigest.of(pathToUri(path), analyze(tree, { delegations: context.registry }), new TextLines(text));
    if (stamp === undefined) this.cache.delete(path);
    else this.cache.set(path, { stamp, digest });
    return digest;
  }
}
