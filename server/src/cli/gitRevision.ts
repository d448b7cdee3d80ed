// Reads a file as it was at a git revision (`git show REV:./file`), for `negotext diff --git`.

import { execFileSync } from 'child_process';
import * as path from 'path';

/** The text of `file` at `revision` in the repository around it, or the reason git gives for not having it. */
export function readAtRevision(file: string, revision: string): { text: string } | { error: string } {
  // `./name` is resolved by git against the working folder, so this works from any folder of the repository.
  if (revision.startsWith('-')) return { error: `"${revision}" is not a revision` };
  try {
    const text = execFileSync('git', ['show', `${revision}:./${path.basename(file)}`], { cwd: path.dirname(path.resolve(file)), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    return { text };
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim().split('\n')[0];
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'git is not installed' : stderr.replace(/^fatal: /, '') || (error as Error).message };
  }
}
