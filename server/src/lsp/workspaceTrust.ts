// Workspace Trust on the server: in an untrusted workspace, data file paths that leave the workspace are not read.

import type { PathRefusal } from '../core/workspace';
import { pathRefusal } from '../node/pathPolicy';

/**
 * Whether the workspace is trusted, as the client said at start-up (`isTrusted`) and later (`negotext/workspaceTrust`).
 * Reading a file is all the server ever does with a workspace's paths, but a cloned repository should not make it read
 * `~/.ssh/id_rsa` as a lexicon and show its lines in hovers; so until the user trusts the workspace, front matter and
 * setting paths that lead outside the workspace folders or through a symbolic link are refused (`workspace.untrustedPath`).
 */
export class WorkspaceTrust {
  trusted = true;

  constructor(private readonly roots: () => ReadonlyArray<string>) {}

  /** The path policy for `DocumentContextBuilder`: why a path is refused now, or undefined. */
  readonly policy = (path: string): PathRefusal | undefined => (this.trusted ? undefined : pathRefusal(path, this.roots()));
}
