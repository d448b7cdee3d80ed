// Finds the `.ntx` files named on the command line (folders searched recursively), and reads them one at a time.

import * as fs from 'fs';
import * as path from 'path';
import { SKIPPED_FOLDERS } from '../node/nodeWorkspaceFiles';

/** A file the CLI will process, or the reason it cannot. */
export type InputFile = { readonly path: string; readonly text: string } | { readonly path: string; readonly error: string };

/** A file found for the CLI, not read yet, or a path that cannot be read (with why). */
export type InputPath = { readonly path: string } | { readonly path: string; readonly error: string };

/**
 * Expands paths into input files in a stable order, without reading them, so that a command can read one at a time;
 * paths that do not exist come back with their error.
 */
export function findInputs(paths: ReadonlyArray<string>, extension = '.ntx'): InputPath[] {
  const inputs: InputPath[] = [];
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      inputs.push({ path: given, error: describeError(error) });
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of listFiles(given, extension)) inputs.push({ path: file });
    } else {
      inputs.push({ path: given });
    }
  }
  return inputs;
}

function listFiles(folder: string, extension: string): string[] {
  const found: string[] = [];
  const pending = [folder];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(current, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) pending.push(full);
      else if (entry.isFile() && entry.name.endsWith(extension)) found.push(full);
    }
  }
  return found.sort();
}

/** Reads one input file, or says why it cannot be read. */
export function readInput(file: string): InputFile {
  try {
    return { path: file, text: fs.readFileSync(file, 'utf8') };
  } catch (error) {
    return { path: file, error: describeError(error) };
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}
