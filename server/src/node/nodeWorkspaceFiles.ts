// The workspace on disk for the server and the CLI: reads files (unsaved editor text first), lists them by name ending, resolves paths.

import * as fs from 'fs';
import * as path from 'path';
import type { WorkspaceFiles } from '../core/workspace';

/** Folders never searched: dependencies, version control and build output hold no drafts or lexicons. */
export const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.e2e', '.vscode-test']);

/** Options for a Node workspace. */
export interface NodeWorkspaceOptions {
  /** Text that wins over the disk, such as a document open with unsaved changes in the editor. */
  readonly overlay?: (filePath: string) => string | undefined;
  /** How long a listing stays valid in milliseconds; the server invalidates it on file events and uses a short age without them. */
  readonly listingMaxAgeMs?: number;
  /** The most files a listing visits, so that opening a huge folder cannot stall the server. */
  readonly maxEntries?: number;
}

interface CachedRead {
  readonly mtimeMs: number;
  readonly size: number;
  readonly text: string;
}

/** `WorkspaceFiles` over the file system under some root folders. */
export class NodeWorkspaceFiles implements WorkspaceFiles {
  private roots: string[];
  private readonly reads = new Map<string, CachedRead>();
  private listing: { readonly files: string[]; readonly at: number } | undefined;

  constructor(roots: ReadonlyArray<string>, private readonly options: NodeWorkspaceOptions = {}) {
    this.roots = [...roots];
  }

  /** Replaces the root folders (workspace folders added or removed). */
  setRoots(roots: ReadonlyArray<string>): void {
    this.roots = [...roots];
    this.listing = undefined;
  }

  /** Forgets the listing, after files were created or deleted. */
  invalidateListing(): void {
    this.listing = undefined;
  }

  read(filePath: string): string | undefined {
    return this.readFile(filePath, true);
  }

  /** As `read`, without keeping the text: for readers that keep their own digest of many files (the workspace index). */
  readOnce(filePath: string): string | undefined {
    return this.readFile(filePath, false);
  }

  /**
   * The file's size and modification time, which change when it is written, or undefined when it cannot be read or
   * its text is an editor's (unsaved text changes without either).
   */
  stamp(filePath: string): string | undefined {
    if (this.options.overlay?.(filePath) !== undefined || !path.isAbsolute(filePath)) return undefined;
    try {
      const stat = fs.statSync(filePath);
      return stat.isFile() ? `${stat.mtimeMs}:${stat.size}` : undefined;
    } catch {
      return undefined;
    }
  }

  private readFile(filePath: string, keep: boolean): string | undefined {
    const overlaid = this.options.overlay?.(filePath);
    if (overlaid !== undefined) return overlaid;
    // A relative path here was never resolved against a document or folder (an untitled draft, a virtual workspace);
    // reading it against the process's working directory would pick up an unrelated file.
    if (!path.isAbsolute(filePath)) return undefined;
    try {
      // A stat is far cheaper than a read; the text is read again only when the file changed.
      const stat = fs.statSync(filePath);
      if (!stat.isFile()) return undefined;
      const cached = this.reads.get(filePath);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.text;
      const text = fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
      if (keep) this.reads.set(filePath, { mtimeMs: stat.mtimeMs, size: stat.size, text });
      return text;
    } catch {
      this.reads.delete(filePath);
      return undefined;
    }
  }

  list(suffix: string): string[] {
    const lower = suffix.toLowerCase();
    return this.allFiles().filter((file) => file.toLowerCase().endsWith(lower));
  }

  resolve(directory: string, relative: string): string {
    return path.resolve(directory, relative);
  }

  directoryOf(filePath: string): string {
    return path.dirname(filePath);
  }

  private allFiles(): string[] {
    const maxAge = this.options.listingMaxAgeMs ?? Infinity;
    if (this.listing && Date.now() - this.listing.at <= maxAge) return this.listing.files;
    const limit = this.options.maxEntries ?? 50000;
    const files: string[] = [];
    let visited = 0;
    const pending = [...this.roots];
    while (pending.length > 0 && visited < limit) {
      const folder = pending.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(folder, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        if (++visited > limit) break;
        const full = path.join(folder, entry.name);
        // Symbolic links are not followed: a link back up the tree would make the walk endless.
        if (entry.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) pending.push(full);
        } else if (entry.isFile()) files.push(full);
      }
    }
    files.sort();
    this.listing = { files, at: Date.now() };
    return files;
  }
}
