// Reads a file as committed at HEAD: through VS Code's Git extension when it knows the repository, else with `git show`.

import { execFile } from 'child_process';
import * as path from 'path';
import * as vscode from 'vscode';

/** The part of the built-in Git extension's API (version 1) used here, declared by hand. */
interface GitRepositoryLike {
  show(ref: string, path: string): Promise<string>;
}
interface GitApiLike {
  getRepository(uri: vscode.Uri): GitRepositoryLike | null;
}
interface GitExtensionLike {
  readonly enabled: boolean;
  getAPI(version: 1): GitApiLike;
}

/** The text at HEAD, or why there is none, worded for a notification ("draft.ntx is not in a Git repository"). */
export type HeadText = { readonly text: string } | { readonly error: string };

/**
 * The file's text at HEAD. The Git extension is asked first (it honours the user's Git settings and runs in the
 * remote when the workspace is remote); when it is disabled or does not know the repository, `git show HEAD:./name`
 * runs in the file's folder, but only in a trusted workspace: git reads the repository's own configuration, which in an
 * untrusted folder may name programs to run.
 */
export async function readAtHead(uri: vscode.Uri): Promise<HeadText> {
  const name = path.basename(uri.fsPath);
  const extension = vscode.extensions.getExtension<GitExtensionLike>('vscode.git');
  if (extension) {
    let repository: GitRepositoryLike | null = null;
    try {
      const git = extension.isActive ? extension.exports : await extension.activate();
      if (git?.enabled) repository = git.getAPI(1).getRepository(uri);
    } catch {
      repository = null;
    }
    if (repository) {
      try {
        return { text: await repository.show('HEAD', uri.fsPath) };
      } catch (error) {
        return { error: explain(name, gitMessage(error)) };
      }
    }
  }
  if (!vscode.workspace.isTrusted) return { error: `the Git extension does not know the repository of ${name}, and Negotext runs no git command in a workspace you have not trusted` };
  return gitShowHead(uri.fsPath);
}

function gitShowHead(file: string): Promise<HeadText> {
  const name = path.basename(file);
  return new Promise((resolve) => {
    // `./name` is resolved by git against the working folder, so this works from any folder of the repository.
    execFile('git', ['show', `HEAD:./${name}`], { cwd: path.dirname(file), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) resolve({ text: stdout });
      else if ((error as NodeJS.ErrnoException).code === 'ENOENT') resolve({ error: 'git is not installed, and the Git extension is not available' });
      else resolve({ error: explain(name, stderr || error.message) });
    });
  });
}

/** What git said (its `stderr` when the Git extension reports it), first line. */
function gitMessage(error: unknown): string {
  const stderr = (error as { stderr?: unknown } | null)?.stderr;
  return typeof stderr === 'string' && stderr.trim() !== '' ? stderr : error instanceof Error ? error.message : String(error);
}

/** Git's message in the words of the command. */
function explain(name: string, message: string): string {
  const text = message.trim();
  if (/not a git repository/i.test(text)) return `${name} is not in a Git repository`;
  if (/exists on disk, but not in|does not exist in 'HEAD'|not in 'HEAD'/i.test(text)) return `${name} has not been committed yet (it is not in HEAD)`;
  if (/(invalid object name|bad revision|unknown revision|ambiguous argument) '?HEAD/i.test(text)) return 'the repository has no commit yet';
  return text.split('\n')[0].replace(/^fatal: /, '') || 'git could not read it';
}
