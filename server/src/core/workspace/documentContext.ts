// Builds a document's analysis options (delegation registry, lexicon term matcher) from its front matter, the settings and the workspace, cached by file content.

import type { FrontMatter } from '../analysis/model';
import type { AnalysisOptions } from '../analysis/options';
import { builtinRegistry, parseDelegationsFile, type DelegationRegistry } from '../delegations';
import { createTermMatcher, importLexicon, type DataFileProblem, type EntryReadings, type Lexicon, type LexiconLanguage, type TermMatcher } from '../lexicon';
import type { WorkspaceFiles } from './workspaceFiles';

/** The settings that choose data files: `negotext.lexicon.paths` and `negotext.delegations.path`. */
export interface ContextSettings {
  readonly lexiconPaths?: ReadonlyArray<string>;
  readonly delegationsPath?: string;
  /** The folder relative setting paths are resolved against (the workspace folder); without one they are used as given. */
  readonly folder?: string;
}

/** A data file a document or a setting names that could not be read; `written` is the path as written. */
export interface MissingFile {
  readonly path: string;
  readonly written: string;
  readonly from: 'frontMatter' | 'settings' | 'workspace';
  /** Set when the file was not read because the path policy refused it (an untrusted workspace), not because it is missing. */
  readonly refused?: PathRefusal;
}

/** Why a path is not read: it leads outside the workspace folders, or through a symbolic link. */
export type PathRefusal = 'outside' | 'symlink';

/**
 * Decides whether a data file that a front matter or a setting names may be read. The server refuses paths that
 * leave the workspace in an untrusted workspace; the CLI and tests read everything (no policy).
 */
export type PathPolicy = (path: string) => PathRefusal | undefined;

/** Everything a document is analysed with, and where it came from. */
export interface DocumentContext {
  /** Pass to `analyze` (and `delegations` to `computeFindings`). */
  readonly options: AnalysisOptions & { readonly delegations: DelegationRegistry };
  readonly registry: DelegationRegistry;
  readonly lexicons: ReadonlyArray<Lexicon>;
  /** The lexicon files used, resolved. */
  readonly lexiconPaths: ReadonlyArray<string>;
  /** The delegations file used, resolved, if any. */
  readonly delegationsPath?: string;
  readonly missing: ReadonlyArray<MissingFile>;
}

/** File names whose content is a lexicon: the lexicon format and the importable term-base formats. */
const LEXICON_SUFFIXES = ['.lexicon.yaml', '.lexicon.yml', '.tbx', '.csv', '.tsv'];
/** Lexicons found without being named: only the lexicon format, since any CSV file is not a term base. */
const DISCOVERED_LEXICON_SUFFIXES = ['.lexicon.yaml', '.lexicon.yml'];
const DELEGATIONS_FILE = 'delegations.yaml';

/** True for a path whose content is read as a lexicon (`terms.lexicon.yaml`, `base.tbx`, `terms.csv`). */
export function isLexiconPath(path: string): boolean {
  const lower = path.toLowerCase();
  return LEXICON_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** True for a path whose content is a delegations file (`delegations.yaml`, `wto.delegations.yaml`). */
export function isDelegationsPath(path: string): boolean {
  const lower = path.toLowerCase().replace(/\\/g, '/');
  return lower.endsWith(`/${DELEGATIONS_FILE}`) || lower === DELEGATIONS_FILE || lower.endsWith(`.${DELEGATIONS_FILE}`);
}

interface Cached<T> {
  readonly text: string;
  readonly value: T;
}

/**
 * Builds document contexts and keeps what they are made of: each data file is parsed once per content, each
 * registry and term matcher built once per combination of file contents. Reading is left to `WorkspaceFiles`,
 * which decides how fresh a file is (the server overlays unsaved editor text).
 */
export class DocumentContextBuilder {
  private readonly lexicons = new Map<string, Cached<{ lexicon: Lexicon; problems: DataFileProblem[]; readings?: EntryReadings }>>();
  private readonly delegations = new Map<string, Cached<{ registry: DelegationRegistry; problems: DataFileProblem[] }>>();
  private readonly matchers = new Map<string, { readonly lexicons: ReadonlyArray<Lexicon>; readonly matcher: TermMatcher }>();

  constructor(
    private readonly files: WorkspaceFiles,
    private readonly policy?: PathPolicy,
  ) {}

  /**
   * The context of a document at `documentPath` (undefined for an untitled one). Lexicons: the front matter's
   * `lexicon:` paths, else the `negotext.lexicon.paths` setting, else every `*.lexicon.yaml` in the workspace.
   * Delegations: the built-in registry plus the front matter's `delegations:` file, else the setting's, else the
   * `delegations.yaml` nearest above the document in the workspace.
   */
  contextFor(documentPath: string | undefined, frontMatter: FrontMatter | undefined, settings: ContextSettings = {}): DocumentContext {
    const missing: MissingFile[] = [];
    const documentFolder = documentPath !== undefined ? this.files.directoryOf(documentPath) : undefined;
    // A document without a folder (untitled, or in a virtual workspace) resolves its front matter against the workspace folder.
    const fromDocument = (written: string) => {
      const base = documentFolder ?? settings.folder;
      return base !== undefined ? this.files.resolve(base, written) : written;
    };
    const fromSettings = (written: string) => (settings.folder !== undefined ? this.files.resolve(settings.folder, written) : written);

    let lexiconPaths: Array<{ path: string; written: string; from: MissingFile['from'] }>;
    if (frontMatter && frontMatter.lexiconPaths.length > 0) lexiconPaths = frontMatter.lexiconPaths.map((written) => ({ path: fromDocument(written), written, from: 'frontMatter' }));
    else if (settings.lexiconPaths && settings.lexiconPaths.length > 0) lexiconPaths = settings.lexiconPaths.map((written) => ({ path: fromSettings(written), written, from: 'settings' }));
    else lexiconPaths = this.discoveredLexicons().map((path) => ({ path, written: path, from: 'workspace' }));

    const lexicons: Lexicon[] = [];
    const usedLexicons: string[] = [];
    for (const { path, written, from } of lexiconPaths) {
      // Discovered files come from the workspace listing, which stays inside the folders and follows no link.
      const refused = from === 'workspace' ? undefined : this.policy?.(path);
      const file = refused === undefined ? this.lexiconFile(path) : undefined;
      if (!file) missing.push({ path, written, from, ...(refused !== undefined ? { refused } : {}) });
      else {
        lexicons.push(file.lexicon);
        usedLexicons.push(path);
      }
    }

    let delegationsPath: string | undefined;
    if (frontMatter?.delegationsPath) delegationsPath = fromDocument(frontMatter.delegationsPath);
    else if (settings.delegationsPath) delegationsPath = fromSettings(settings.delegationsPath);
    else delegationsPath = this.nearestDelegationsFile(documentFolder);
    let registry = builtinRegistry();
    if (delegationsPath !== undefined) {
      const from: MissingFile['from'] = frontMatter?.delegationsPath ? 'frontMatter' : settings.delegationsPath ? 'settings' : 'workspace';
      const refused = from === 'workspace' ? undefined : this.policy?.(delegationsPath);
      const file = refused === undefined ? this.delegationsFile(delegationsPath) : undefined;
      if (file) registry = file.registry;
      else {
        const written = frontMatter?.delegationsPath ?? settings.delegationsPath ?? delegationsPath;
        missing.push({ path: delegationsPath, written, from, ...(refused !== undefined ? { refused } : {}) });
        delegationsPath = undefined;
      }
    }

    const language = (frontMatter?.language ?? 'en') as LexiconLanguage;
    const terms = lexicons.length > 0 ? this.matcherFor(usedLexicons, lexicons, language) : undefined;
    return {
      options: terms ? { delegations: registry, terms } : { delegations: registry },
      registry,
      lexicons,
      lexiconPaths: usedLexicons,
      delegationsPath,
      missing,
    };
  }

  /** A lexicon file parsed (or imported, for `.tbx` and `.csv`), or undefined when it cannot be read. */
  lexiconFile(path: string): { readonly lexicon: Lexicon; readonly problems: ReadonlyArray<DataFileProblem> } | undefined {
    const text = this.files.read(path);
    if (text === undefined) return undefined;
    const cached = this.lexicons.get(path);
    if (cached && cached.text === text) return cached.value;
    // The file's last reading, for the entries an edit left as they were (a terminologist typing in it).
    const value = importLexicon(text, path, cached?.value.readings);
    this.lexicons.set(path, { text, value });
    return value;
  }

  /** A delegations file applied to the built-in registry, or undefined when it cannot be read. */
  delegationsFile(path: string): { readonly registry: DelegationRegistry; readonly problems: ReadonlyArray<DataFileProblem> } | undefined {
    const text = this.files.read(path);
    if (text === undefined) return undefined;
    const cached = this.delegations.get(path);
    if (cached && cached.text === text) return cached.value;
    const base = builtinRegistry();
    const parsed = parseDelegationsFile(text, base);
    const value = { registry: base.withAdditions(parsed.entries), problems: parsed.problems };
    this.delegations.set(path, { text, value });
    return value;
  }

  /** The problems of a lexicon or delegations file (for the editor to show while it is open), or undefined for other files. */
  dataFileProblems(path: string): ReadonlyArray<DataFileProblem> | undefined {
    if (isDelegationsPath(path)) return this.delegationsFile(path)?.problems;
    if (isLexiconPath(path)) return this.lexiconFile(path)?.problems;
    return undefined;
  }

  /** Drops what is kept for a file that no longer exists, so the caches do not grow with deleted files. */
  forget(path: string): void {
    this.lexicons.delete(path);
    this.delegations.delete(path);
  }

  private discoveredLexicons(): string[] {
    const found = new Set<string>();
    for (const suffix of DISCOVERED_LEXICON_SUFFIXES) for (const path of this.files.list(suffix)) found.add(path);
    return [...found].sort();
  }

  /** The workspace `delegations.yaml` in the document's folder or the closest folder above it. */
  private nearestDelegationsFile(documentFolder: string | undefined): string | undefined {
    const candidates = this.files.list(DELEGATIONS_FILE).filter((path) => /(^|[\\/])delegations\.yaml$/i.test(path));
    if (candidates.length === 0) return undefined;
    if (documentFolder === undefined) {
      // An untitled document belongs to no folder; the shallowest file is the workspace's own.
      return [...candidates].sort((a, b) => a.length - b.length)[0];
    }
    let best: string | undefined;
    for (const candidate of candidates) {
      const folder = this.files.directoryOf(candidate);
      const inside = documentFolder === folder || documentFolder.startsWith(folder.endsWith('/') || folder.endsWith('\\') ? folder : `${folder}/`) || documentFolder.startsWith(`${folder}\\`);
      if (inside && (best === undefined || folder.length > this.files.directoryOf(best).length)) best = candidate;
    }
    return best;
  }

  private matcherFor(paths: ReadonlyArray<string>, lexicons: ReadonlyArray<Lexicon>, language: LexiconLanguage): TermMatcher {
    const key = `${language}\u0000${paths.join('\u0000')}`;
    const cached = this.matchers.get(key);
    // Parsed lexicons are reused while their text is unchanged, so identity says whether the matcher is current.
    if (cached && cached.lexicons.length === lexicons.length && cached.lexicons.every((lexicon, i) => lexicon === lexicons[i])) return cached.matcher;
    const matcher = createTermMatcher(lexicons, language);
    this.matchers.set(key, { lexicons, matcher });
    return matcher;
  }
}
