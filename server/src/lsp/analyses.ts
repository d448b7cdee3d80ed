// Analyses of open documents, cached by uri + version (and the settings and data files they were made with).

import { analyze, computeFindings, earlierTermsOf, parse, type DocumentModel, type EarlierTerms, type Finding, type SyntaxTree } from '../core';
import { frontMatterOf, type DocumentContext, type DocumentContextBuilder } from '../core/workspace';
import { uriToPath } from '../node/uris';
import { TextLines } from './positions';
import type { NegotextSettings } from './settings';

/** A text document as the server holds it (the `vscode-languageserver-textdocument` shape). */
export interface VersionedText {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

/** One document version, analysed. */
export interface Analysis {
  readonly uri: string;
  readonly version: number;
  readonly lines: TextLines;
  readonly model: DocumentModel;
  readonly context: DocumentContext;
  readonly settings: NegotextSettings;
  /** The findings, computed on first use (hover and outline do not need them). */
  findings(): ReadonlyArray<Finding>;
}

/** True when a document is a Negotext document (by language, or by extension when an editor sends no language). */
export function isNegotextDocument(document: { readonly uri: string; readonly languageId: string }): boolean {
  return document.languageId === 'negotext' || /\.ntx$/i.test(document.uri);
}

interface Entry {
  readonly analysis: Analysis;
  readonly generation: number;
}

/**
 * The analysis cache. A version is analysed once; `invalidate()` is called when a lexicon, a delegations file or a
 * setting changes, which makes every cached analysis stale without re-reading anything until it is asked for.
 */
export class Analyses {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /**
   * Milliseconds spent so far making the analyses' contexts: reading the lexicons and delegations and building their
   * matchers, which later versions find cached. The diagnostics scheduler leaves this out of a run's time, which sets
   * the pause after a keystroke: a check after a lexicon changed builds its matcher again (and reads it, about 300 ms
   * for 2,000 terms when nothing of it was read before), and counting that made the next keystroke in even a small
   * draft wait the longest pause.
   */
  private contextMs = 0;

  constructor(
    private readonly contexts: DocumentContextBuilder,
    private readonly settingsFor: (uri: string) => NegotextSettings,
    private readonly folderFor: (uri: string) => string | undefined,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The analysis of the document's current version. */
  get(document: VersionedText): Analysis {
    const settings = this.settingsFor(document.uri);
    const current = this.current(document, settings);
    if (current) return current;
    const analysis = this.analyse(document, settings);
    this.entries.set(document.uri, { analysis, generation: this.generation });
    return analysis;
  }

  /** The cached analysis if it is of this version and settings. */
  private current(document: VersionedText, settings: NegotextSettings): Analysis | undefined {
    const cached = this.entries.get(document.uri);
    if (cached && cached.analysis.version === document.version && cached.generation === this.generation && cached.analysis.settings === settings) return cached.analysis;
    return undefined;
  }

  /**
   * Forgets the stale analysis of a document, and gives the terms it found for the new version, `text`, to keep where
   * the prose is unchanged (the new analysis uses them only if its matcher is the one that found them). A function of
   * its own so that no variable of `analyse` holds the stale analysis while the new one is made: a large document
   * would be held twice at the peak (a local stays alive to the end of its frame).
   */
  private forget(uri: string, text: string): EarlierTerms | undefined {
    const stale = this.entries.get(uri)?.analysis;
    if (stale === undefined) return undefined;
    this.entries.delete(uri);
    return termsToKeep(stale, text);
  }

  /** The total time spent making contexts (see `contextMs`); a caller takes the difference across its own work. */
  contextTime(): number {
    return this.contextMs;
  }

  /** Marks every cached analysis stale (data files or settings changed). */
  invalidate(): void {
    this.generation++;
  }

  /** Forgets a closed document. */
  drop(uri: string): void {
    this.entries.delete(uri);
  }

  private analyse(document: VersionedText, settings: NegotextSettings): Analysis {
    const text = document.getText();
    const earlierTerms = this.forget(document.uri, text);
    const tree = parse(text);
    const began = this.now();
    const context = this.contexts.contextFor(uriToPath(document.uri), frontMatterOf(tree), {
      lexiconPaths: settings.lexiconPaths,
      delegationsPath: settings.delegationsPath,
      folder: this.folderFor(document.uri),
    });
    this.contextMs += this.now() - began;
    return analysedVersion(document, tree, context, settings, earlierTerms);
  }
}

/** The analysis of one version, parsed as `tree`, with its context and settings (its findings made when first asked for). */
export function analysedVersion(document: Omit<VersionedText, 'languageId' | 'getText'>, tree: SyntaxTree, context: DocumentContext, settings: NegotextSettings, earlierTerms: EarlierTerms | undefined): Analysis {
  const model = analyze(tree, { ...context.options, earlierTerms });
  let findings: Finding[] | undefined;
  return {
    uri: document.uri,
    version: document.version,
    lines: new TextLines(tree.text),
    model,
    context,
    settings,
    findings: () => (findings ??= computeFindings(model, { severities: settings.severities, delegations: context.registry })),
  };
}

/** What a new version `text` keeps of a stale analysis: its lexicon terms where the prose is unchanged. */
export function termsToKeep(stale: Analysis, text: string): EarlierTerms | undefined {
  return earlierTermsOf(stale.model, stale.context.options.terms, text);
}
