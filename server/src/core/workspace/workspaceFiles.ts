// The workspace as the core sees it: read a file, list files by name ending, resolve a relative path; implemented by the server, the CLI and tests.

/**
 * Access to the files around a document. Paths are whatever the implementation uses (file-system paths for the
 * Node implementation, plain strings in tests); the core only passes them back.
 */
export interface WorkspaceFiles {
  /** The file's current text (an editor's unsaved text wins over the disk), or undefined when it cannot be read. */
  read(path: string): string | undefined;
  /** Every workspace file whose name ends with `suffix` (`.lexicon.yaml`, `delegations.yaml`), sorted. */
  list(suffix: string): string[];
  /** `relative` resolved against `directory`; an absolute `relative` comes back as is. */
  resolve(directory: string, relative: string): string;
  /** The directory holding `path`. */
  directoryOf(path: string): string;
}
