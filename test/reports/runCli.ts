// Runs the bundled CLI (`node dist/cli.js`) as a user does, in a given folder.

import { spawnSync } from 'child_process';
import * as path from 'path';
import { REPO_ROOT } from '../support/paths';

const CLI = path.join(REPO_ROOT, 'dist', 'cli.js');

/** Runs `negotext` with the arguments; returns the exit status and both streams. */
export function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runCliIn(REPO_ROOT, ...args);
}

/** Runs `negotext` in `cwd`. */
export function runCliIn(cwd: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
